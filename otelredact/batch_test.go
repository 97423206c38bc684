package otelredact

import (
	"math/rand/v2"
	"testing"

	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/logredact/logredact/internal/exampletext"
	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
)

// batchKeys are attribute keys of every class: plain, sensitive, personal,
// read with their values (phone, ID), and keys that hold a finding.
var batchKeys = []string{"path", "method", "password", "token", "phone", "customer_id", "email", "user_agent",
	"ssn", "note", "alice@example.com", "k"}

// batchValues are attribute values: every catalog example, and the
// standard event's values.
func batchValues(e *patterns.Engine) []any {
	var vs []any
	for _, t := range exampletext.Of(e) {
		vs = append(vs, t)
	}
	for _, f := range workload.CleanFields {
		vs = append(vs, f.Value)
	}
	return append(vs, int64(200), int64(4111111111111111), 12.5, 4111111111111111.0, true, "")
}

// TestCleanRecordAgreesWithWalk checks that cleanRecord calls a record
// clean only when the walk changes nothing in it and counts nothing, and
// that it takes the standard CLEAN record.
func TestCleanRecordAgreesWithWalk(t *testing.T) {
	e := patterns.Default()
	vals := batchValues(e)
	r := rand.New(rand.NewPCG(3, 4))
	p := &pass{eng: e, path: make([]byte, 0, 64)}
	var taken int
	for n := 0; n < 4000; n++ {
		lr := plog.NewLogRecord()
		lr.Body().SetStr(workload.CleanMessage)
		if s, ok := vals[r.IntN(len(vals))].(string); ok && r.IntN(4) == 0 {
			lr.Body().SetStr(s)
		}
		for j := 0; j < 1+r.IntN(6); j++ {
			k := batchKeys[r.IntN(len(batchKeys))]
			switch v := vals[r.IntN(len(vals))].(type) {
			case string:
				lr.Attributes().PutStr(k, v)
			case int:
				lr.Attributes().PutInt(k, int64(v))
			case int64:
				lr.Attributes().PutInt(k, v)
			case float64:
				lr.Attributes().PutDouble(k, v)
			case bool:
				lr.Attributes().PutBool(k, v)
			}
		}
		clean := p.cleanRecord(lr.Body(), lr.Attributes())
		walked := plog.NewLogRecord()
		lr.CopyTo(walked)
		p.body(walked.Body())
		p.attributes(walked.Attributes())
		counted := len(p.record) > 0
		p.record = p.record[:0]
		changed := walked.Body().AsString() != lr.Body().AsString() || !walked.Attributes().Equal(lr.Attributes())
		if clean && (changed || counted) {
			t.Fatalf("cleanRecord(%q, %v) = true, but the walk changes or counts something", lr.Body().AsString(), lr.Attributes().AsRaw())
		}
		if clean {
			taken++
		}
	}
	if taken == 0 {
		t.Error("cleanRecord took no record")
	}
	lr := plog.NewLogRecord()
	lr.Body().SetStr(workload.CleanMessage)
	for _, f := range workload.CleanFields {
		switch v := f.Value.(type) {
		case string:
			lr.Attributes().PutStr(f.Key, v)
		case int:
			lr.Attributes().PutInt(f.Key, int64(v))
		case float64:
			lr.Attributes().PutDouble(f.Key, v)
		}
	}
	if !p.cleanRecord(lr.Body(), lr.Attributes()) {
		t.Error("cleanRecord refused the standard CLEAN record")
	}
}
