package jsonredact

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/logredact/logredact/patterns"
)

// escapings write a text as the content of a JSON string in the ways an
// encoder may: plain, with every '/' as \/, with every byte of ASCII
// punctuation and digits as \u00XX, with every ASCII byte as \u00XX, and
// quoted inside the value, which puts \" around it.
var escapings = []struct {
	name string
	enc  func(string) string
}{
	{"plain", func(s string) string { return quote(s) }},
	{"solidus", func(s string) string { return strings.ReplaceAll(quote(s), "/", `\/`) }},
	{"u00XX-punct", func(s string) string {
		return uEscape(s, func(c byte) bool { return c < 'A' || c > 'z' || c > 'Z' && c < 'a' })
	}},
	{"u00XX-all", func(s string) string { return uEscape(s, func(byte) bool { return true }) }},
	{"quoted", func(s string) string { return quote(`said "` + s + `" twice`) }},
}

// quote returns s as JSON string content, without the quotes.
func quote(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b[1 : len(b)-1])
}

// uEscape writes every ASCII byte of s for which pick is true as \u00XX.
func uEscape(s string, pick func(byte) bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && (pick(c) || c < 0x20 || c == '"' || c == '\\') {
			fmt.Fprintf(&b, `\u%04X`, c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// TestCatalogInJSON checks that every positive example of every detector
// is redacted when it is a JSON string value, however it is escaped.
func TestCatalogInJSON(t *testing.T) {
	e := patterns.Default()
	for _, d := range e.Detectors() {
		for i, ex := range d.Positive {
			secret := ex.Secret
			if secret == "" {
				secret = ex.Text
			}
			if strings.Contains(e.RedactString(ex.Text), secret) {
				// The engine itself leaves it in the bare text: that is
				// the engine's test to fail, not a JSON matter.
				t.Logf("%s positive %d: engine leaves %q in the bare text", d.ID, i, secret)
				continue
			}
			for _, esc := range escapings {
				t.Run(fmt.Sprintf("%s/%d/%s", d.ID, i, esc.name), func(t *testing.T) {
					in := []byte(`{"level":"info","note":"` + esc.enc(ex.Text) + `","n":1}` + "\n")
					if !json.Valid(in) {
						t.Fatalf("test input is not JSON: %s", in)
					}
					out, changed := Append(nil, e, "", in)
					if !changed || Clean(e, "", in) {
						t.Fatalf("Append(%s): nothing changed", in)
					}
					var got struct{ Note string }
					if err := json.Unmarshal(out, &got); err != nil {
						t.Fatalf("Append(%s) = %s: not JSON: %v", in, out, err)
					}
					if strings.Contains(got.Note, secret) {
						t.Errorf("Append(%s) = %s: %q survived", in, out, secret)
					}
				})
			}
		}
	}
}
