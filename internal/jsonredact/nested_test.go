package jsonredact

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/logredact/logredact/patterns"
)

// TestJSONInString checks that a string value holding JSON (docker's
// json-file "log" field, journald's "MESSAGE") is read as JSON, at any
// depth, with its key paths under the string's key, and that only the
// masked spans change in its escaped bytes.
func TestJSONInString(t *testing.T) {
	var keys []string
	e, err := patterns.New(patterns.WithObserver(func(o patterns.Observation) { keys = append(keys, o.DetectorID+" "+o.Key) }))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, want string
		keys           []string
	}{
		{"docker json-file",
			`{"log":"{\"level\":\"info\",\"password\":\"hunter2\",\"msg\":\"to alice@example.com \\u0026 co\"}\n","stream":"stdout"}`,
			`{"log":"{\"level\":\"info\",\"password\":\"[REDACTED:sensitive-key]\",\"msg\":\"to [REDACTED:email] \\u0026 co\"}\n","stream":"stdout"}`,
			[]string{"sensitive-key log.password", "email log.msg"}},
		{"journald MESSAGE with a container under a sensitive key",
			`{"MESSAGE":"{\"credentials\":{\"user\":\"bob\"},\"n\":1}","_PID":"42"}`,
			`{"MESSAGE":"{\"credentials\":\"[REDACTED:sensitive-key]\",\"n\":1}","_PID":"42"}`,
			[]string{"sensitive-key MESSAGE.credentials"}},
		{"two levels deep",
			`{"a":"{\"b\":\"{\\\"token\\\":\\\"t-1\\\"}\"}"}`,
			`{"a":"{\"b\":\"{\\\"token\\\":\\\"[REDACTED:sensitive-key]\\\"}\"}"}`,
			[]string{"sensitive-key a.b.token"}},
		{"escaped solidus kept around a mask",
			`{"log":"{\"url\":\"https:\\/\\/x.example\\/\",\"to\":\"bob@example.org\"}"}`,
			`{"log":"{\"url\":\"https:\\/\\/x.example\\/\",\"to\":\"[REDACTED:email]\"}"}`,
			[]string{"email log.to"}},
		{"not JSON after all is text",
			`{"log":"{not json bob@example.org"}`,
			`{"log":"{not json [REDACTED:email]"}`,
			[]string{"email log"}},
		{"clean document", `{"log":"{\"a\":1,\"b\":[\"x\"]}"}`, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keys = nil
			r := Rewriter{Engine: e}
			got, changed := r.Append(nil, []byte(tt.in))
			if tt.want == "" {
				if changed {
					t.Errorf("Append(%q) = %q, want unchanged", tt.in, got)
				}
				return
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" || !changed {
				t.Errorf("Append(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.keys, keys); diff != "" {
				t.Errorf("observations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
