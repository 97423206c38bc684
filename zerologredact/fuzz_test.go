package zerologredact_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/zerologredact"
)

// FuzzWrite writes arbitrary bytes through the writer: it must not panic,
// must return len(p), must make exactly one write, must pass a clean input
// through unchanged, must keep JSON objects JSON, and must leave nothing
// the engine finds in a JSON value or a text line.
func FuzzWrite(f *testing.F) {
	for _, s := range []string{
		`{"level":"info","message":"login failed for alice@example.com"}` + "\n",
		`{"db":{"password":{"a":1}},"n":4111111111111111,"e":"a\u0040example.com"}`,
		"plain alice@example.com\n",
		"\xbf\x65email\x71alice@example.com\xff",
		`{"level":"info","message":"request completed"}` + "\n",
	} {
		f.Add([]byte(s))
	}
	e := patterns.Default()
	f.Fuzz(func(t *testing.T, in []byte) {
		rec := &recorder{n: -1}
		w := zerologredact.New(rec, zerologredact.WithEngine(e))
		n, err := w.Write(in)
		if n != len(in) || err != nil {
			t.Fatalf("Write = %d, %v; want %d, nil", n, err, len(in))
		}
		if len(rec.writes) != 1 {
			t.Fatalf("%d writes for one event", len(rec.writes))
		}
		out := []byte(rec.writes[0])
		if len(in) > 0 && in[0]>>5 == 5 {
			return // taken for CBOR: replaced by the marker event
		}
		trimmed := bytes.TrimLeft(in, " \t\r\n")
		isJSON := len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') && json.Valid(in)
		if isJSON && !json.Valid(out) {
			t.Fatalf("JSON in, not JSON out: %q -> %q", in, out)
		}
		if !isJSON && bytes.Equal(in, out) && e.Contains(string(in)) {
			t.Fatalf("text with a finding went through unchanged: %q", in)
		}
		// What comes out is clean: writing it again changes nothing.
		rec2 := &recorder{n: -1}
		if _, err := zerologredact.New(rec2, zerologredact.WithEngine(e)).Write(out); err != nil {
			t.Fatal(err)
		}
		if rec2.writes[0] != string(out) {
			t.Fatalf("output still holds findings: %q -> %q -> %q", in, out, rec2.writes[0])
		}
	})
}
