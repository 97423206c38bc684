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

// BenchmarkDirtyFields is what an adapter pays for each sensitive value of
// the DIRTY event: one call under its key, the value found, masked and
// settled.
func BenchmarkDirtyFields(b *testing.B) {
	e := Default()
	fields := append([]workload.Field{{Key: "msg", Value: workload.DirtyMessage}}, workload.DirtyOnly...)
	for _, f := range fields {
		v := f.Value.(string)
		b.Run(f.Key, func(b *testing.B) {
			b.ReportAllocs()
			sc := Scope{Layer: "bench", Key: f.Key}
			for b.Loop() {
				if _, changed := e.RedactIn(sc, v); !changed {
					b.Fatalf("%s=%q was not redacted", f.Key, v)
				}
			}
		})
	}
}
