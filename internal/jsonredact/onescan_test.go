package jsonredact

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/logredact/logredact/patterns"
)

// TestOneScanAgrees compares the one-scan rewrite of a value under a
// sensitive key with the check and replaceWhole it stands in for: the
// same line, the same observations, on every catalog example and benign
// line under sensitive keys, at the top and nested, in plain and escaped
// strings.
func TestOneScanAgrees(t *testing.T) {
	var seen []patterns.Observation
	e, err := patterns.New(patterns.WithObserver(func(o patterns.Observation) { seen = append(seen, o) }))
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"password", "token", "db.password", "authorization", "cookie", "dsn", "api_key"}
	n := 0
	for _, v := range quickValues(t, e) {
		q, _ := json.Marshal(v)
		for _, k := range keys {
			line := `{"` + k + `":` + string(q) + `,"n":1}`
			if k == "db.password" {
				line = `{"db":{"password":` + string(q) + `}}`
			}
			seen = seen[:0]
			got, gotChanged := Append(nil, e, "message", []byte(line))
			gotSeen := append([]patterns.Observation{}, seen...)
			oneScan = false
			seen = seen[:0]
			want, wantChanged := Append(nil, e, "message", []byte(line))
			oneScan = true
			if diff := cmp.Diff(string(want), string(got)); diff != "" || gotChanged != wantChanged {
				t.Fatalf("Append(%s) one scan differs (-want +got):\n%s", line, diff)
			}
			if diff := cmp.Diff(append([]patterns.Observation{}, seen...), gotSeen); diff != "" {
				t.Fatalf("Append(%s) one scan observes otherwise (-want +got):\n%s", line, diff)
			}
			if wantChanged {
				n++
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d lines changed: the test reads too few sensitive values", n)
	}
}
