package patterns

import (
	"testing"

	"github.com/logredact/logredact/internal/workload"
)

// BenchmarkCleanFields is what an adapter pays per CLEAN event: one call
// per string field, under its key.
func BenchmarkCleanFields(b *testing.B) {
	e := Default()
	type kv struct{ k, v string }
	var fields []kv
	for _, f := range workload.CleanFields {
		if s, ok := f.Value.(string); ok {
			fields = append(fields, kv{f.Key, s})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = e.RedactIn(Scope{Layer: "bench", Key: "msg"}, workload.CleanMessage)
		for _, f := range fields {
			_, _ = e.RedactIn(Scope{Layer: "bench", Key: f.k}, f.v)
		}
	}
}
