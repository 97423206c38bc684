package jsonredact

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/logredact/logredact/patterns"
)

// FuzzAppend feeds arbitrary bytes to the rewriter: it must not panic,
// Clean must agree with Append, a clean input must come back untouched, a
// JSON object or array must stay JSON (other lines are text), and nothing the rewriter would redact may
// survive in its output.
func FuzzAppend(f *testing.F) {
	for _, s := range []string{
		`{"level":"info","message":"login failed for alice@example.com","n":4111111111111111}`,
		`{"db":{"password":{"a":[1,"x"]}},"to":["a\u0040example.com"]}` + "\n",
		`[{"e":"\ud83d\ude00 bob@example.org"}, "https:\/\/x"]`,
		"plain text alice@example.com\r\n",
		`{"m":"ok","e":"alice\u0040example.com`,
		`{"a":"\"password\":\"hunter2\""}`,
		`{"pAss:A":00`,
	} {
		f.Add([]byte(s))
	}
	e := patterns.Default()
	f.Fuzz(func(t *testing.T, in []byte) {
		r := Rewriter{Engine: e, MessageKey: "message"}
		orig := bytes.Clone(in)
		clean := r.Clean(in)
		out, changed := r.Append(nil, in)
		if !bytes.Equal(in, orig) {
			t.Fatalf("Append modified its input")
		}
		if clean == changed {
			t.Fatalf("Clean = %v but Append changed = %v for %q", clean, changed, in)
		}
		if !changed {
			if out != nil {
				t.Fatalf("unchanged Append returned %q, want nil", out)
			}
			return
		}
		if s := bytes.TrimLeft(in, " \t\r\n"); len(s) > 0 && (s[0] == '{' || s[0] == '[') && json.Valid(in) && !json.Valid(out) {
			t.Fatalf("Append(%q) = %q: JSON in, not JSON out", in, out)
		}
		if !r.Clean(out) {
			again, _ := r.Append(nil, out)
			t.Fatalf("Append(%q) = %q still holds findings (again: %q)", in, out, again)
		}
		prev := 0
		r.Scan(in, func(f patterns.Finding) {
			if f.Start < prev || f.End > len(in) || f.Start >= f.End {
				t.Fatalf("Scan(%q): span [%d,%d) after %d", in, f.Start, f.End, prev)
			}
			prev = f.Start
		})
	})
}
