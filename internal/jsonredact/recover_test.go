package jsonredact

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/logredact/logredact/patterns"
)

// TestRecover checks that an event with one field that is not JSON (a bad
// RawJSON, a truncated write) is still read field by field: the bad field
// as text under its key, every other field with its key path.
func TestRecover(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bad raw field", `{"level":"info","raw":{bad alice@example.com,"password":"hunter2","n":1}`,
			`{"level":"info","raw":{bad [REDACTED:email],"password":"[REDACTED:sensitive-key]","n":1}`},
		{"bad field under a sensitive key", `{"secret":{oops,"to":"bob@example.org"}`,
			`{"secret":"[REDACTED:sensitive-key]","to":"[REDACTED:email]"}`},
		{"bad last field", `{"password":"x1","raw":[1,2}`, `{"password":"[REDACTED:sensitive-key]","raw":[1,2}`},
		{"truncated after a key", `{"db":{"password":"x1"},"email":"bob@example.org","cut":`,
			`{"db":{"password":"[REDACTED:sensitive-key]"},"email":"[REDACTED:email]","cut":`},
		{"garbage after the object", `{"password":"x1"} trailing alice@example.com`,
			`{"password":"[REDACTED:sensitive-key]"} trailing [REDACTED:email]`},
		{"clean bad field", `{"raw":{bad,"n":1}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Rewriter{}
			got, changed := r.Append(nil, []byte(tt.in))
			if tt.want == "" {
				if changed || !r.Clean([]byte(tt.in)) {
					t.Errorf("Append(%q) = %q, want unchanged", tt.in, got)
				}
				return
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" || !changed {
				t.Errorf("Append(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if r.Clean([]byte(tt.in)) {
				t.Errorf("Clean(%q) = true, want false", tt.in)
			}
		})
	}
}

// TestRecoverObservesOnce checks that nothing in a bad field is masked, or
// observed, twice: the syntax is checked before anything is masked.
func TestRecoverObservesOnce(t *testing.T) {
	var keys []string
	e, err := patterns.New(patterns.WithObserver(func(o patterns.Observation) { keys = append(keys, o.DetectorID+" "+o.Key) }))
	if err != nil {
		t.Fatal(err)
	}
	r := Rewriter{Engine: e, FieldKeys: true}
	r.Append(nil, []byte(`{"raw":{"e":"alice@example.com",bad},"password":"x1"}`))
	if diff := cmp.Diff([]string{"email raw", "sensitive-key password"}, keys); diff != "" {
		t.Errorf("observations mismatch (-want +got):\n%s", diff)
	}
}

// TestRecoverSettles checks that a line that is not JSON whole comes out
// settled: masking part of it as text can make what is left read as a
// member under a sensitive key, and that member is masked too, so that
// what comes out holds nothing the rewriter would redact.
func TestRecoverSettles(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"text mask makes a password's key", `{"pAss:A":00`, `{"pAss:[REDACTED:sensitive-key]":"[REDACTED:sensitive-key]"`},
		{"JSON whole is one pass", `{"note":"pAss:A"}`, `{"note":"pAss:[REDACTED:sensitive-key]"}`},
	}
	for _, tt := range tests {
		// Keys read as data (zerolog's writer) mask the key's text
		// first; keys read as names mask the member at once.
		for _, r := range []Rewriter{{FieldKeys: true}, {}} {
			t.Run(fmt.Sprintf("%s/FieldKeys=%v", tt.name, r.FieldKeys), func(t *testing.T) {
				got, _ := r.Append(nil, []byte(tt.in))
				if diff := cmp.Diff(tt.want, string(got)); diff != "" {
					t.Errorf("Append(%q) mismatch (-want +got):\n%s", tt.in, diff)
				}
				if !r.Clean(got) {
					again, _ := r.Append(nil, got)
					t.Errorf("Append(%q) = %q still holds findings (again: %q)", tt.in, got, again)
				}
			})
		}
	}
}
