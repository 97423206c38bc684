package patterns

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRedactString checks the engine's promises on arbitrary input: no
// panic, nothing it finds survives its own redaction, redaction is
// idempotent, clean input comes back as is, and valid UTF-8 stays valid.
func FuzzRedactString(f *testing.F) {
	seeds := []string{
		"", "login failed for alice@example.com", "4111 1111 1111 1111", "ssn 123-45-6789",
		"password=hunter2", `{"api_key":"abc","n":4111111111111111}`, "Authorization: Bearer abc.def",
		"alice%40example.com", "x@y", "@@@", "1234-5678", "====", "::::", "golang.org/x/net@v0.1.0",
		"postgres://user:pa55@db.internal:5432/app", "-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----",
		"\xff\xfe alice@example.com \xc3", "password=\"unterminated",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	e := Default()
	f.Fuzz(func(t *testing.T, s string) {
		out := e.RedactString(s)
		if fs := e.Find(out); len(fs) > 0 {
			t.Errorf("RedactString(%q) = %q, in which Find still sees %+v", s, out, fs)
		}
		if again := e.RedactString(out); again != out {
			t.Errorf("not idempotent: %q -> %q -> %q", s, out, again)
		}
		if len(e.Find(s)) == 0 && out != s {
			t.Errorf("clean input changed: %q -> %q", s, out)
		}
		if e.Contains(s) != (out != s) {
			t.Errorf("Contains(%q) = %v but RedactString changed it: %v", s, e.Contains(s), out != s)
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Errorf("valid UTF-8 became invalid: %q -> %q", s, out)
		}
		if strings.Count(out, maskPrefix) > len(s)+1 {
			t.Errorf("more masks than input bytes")
		}
	})
}
