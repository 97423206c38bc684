package patterns

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCatalog runs every detector's examples. A new detector needs no test
// code: declaring it with its examples is enough.
func TestCatalog(t *testing.T) {
	e := Default()
	seen := map[string]bool{}
	for _, d := range e.Detectors() {
		t.Run(d.ID, func(t *testing.T) {
			if seen[d.ID] {
				t.Fatalf("duplicate ID")
			}
			seen[d.ID] = true
			if !validID(d.ID) {
				t.Errorf("ID is not kebab-case")
			}
			if d.Description == "" {
				t.Errorf("no Description")
			}
			if len(d.Positive) == 0 || len(d.Negative) == 0 {
				t.Fatalf("needs at least one positive and one negative example (has %d, %d)", len(d.Positive), len(d.Negative))
			}
			for i, ex := range d.Positive {
				t.Run("positive/"+itoa(i), func(t *testing.T) { checkPositive(t, e, d, ex) })
			}
			for i, ex := range d.Negative {
				t.Run("negative/"+itoa(i), func(t *testing.T) {
					if ex.Why == "" {
						t.Errorf("example has no Why")
					}
					if fs := e.Find(ex.Text); len(fs) > 0 {
						t.Errorf("%s: Find(%q) = %+v, want nothing", ex.Why, ex.Text, fs)
					}
				})
			}
		})
	}
}

func itoa(i int) string {
	return string(rune('0'+i/10%10)) + string(rune('0'+i%10))
}

func checkPositive(t *testing.T, e *Engine, d Detector, ex Example) {
	t.Helper()
	if ex.Why == "" {
		t.Errorf("example has no Why")
	}
	secret := ex.Secret
	if secret == "" {
		secret = ex.Text
	}
	at := strings.Index(ex.Text, secret)
	if at < 0 {
		t.Fatalf("Secret %q is not in Text %q", secret, ex.Text)
	}
	if len(d.Keywords) > 0 && !containsKeyword(secret, d) && !containsKeyword(ex.Text, d) {
		t.Errorf("%s: no keyword of %v occurs in %q, so the prefilter would miss it", ex.Why, d.Keywords, ex.Text)
	}
	fs := e.Find(ex.Text)
	found := false
	for _, f := range fs {
		if f.DetectorID == d.ID && f.Start == at && f.End == at+len(secret) {
			found = true
		}
	}
	if !found {
		t.Errorf("%s: Find(%q) = %+v, want %s at [%d,%d) (%q)", ex.Why, ex.Text, fs, d.ID, at, at+len(secret), secret)
	}
	once := e.RedactString(ex.Text)
	if strings.Contains(once, secret) {
		t.Errorf("%s: RedactString(%q) = %q still holds the secret", ex.Why, ex.Text, once)
	}
	if twice := e.RedactString(once); twice != once {
		t.Errorf("%s: redaction is not idempotent: %q then %q", ex.Why, once, twice)
	}
	for name, ctx := range logContexts(ex.Text) {
		out := e.RedactString(ctx)
		if strings.Contains(out, secret) {
			t.Errorf("%s, %s: RedactString(%q) = %q still holds the secret", ex.Why, name, ctx, out)
		}
		if utf8.ValidString(ctx) && !utf8.ValidString(out) {
			t.Errorf("%s, %s: output is not valid UTF-8", ex.Why, name)
		}
	}
}

func containsKeyword(s string, d Detector) bool {
	for _, k := range d.Keywords {
		if d.IgnoreCase && strings.Contains(strings.ToLower(s), strings.ToLower(k)) || strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// logContexts embeds a positive example in the places log text puts
// values, after gitleaks' GenerateSampleSecrets.
func logContexts(text string) map[string]string {
	return map[string]string{
		"mid-sentence":  "request failed: " + text + " (will retry)",
		"key=value":     "level=info value=" + text + " status=500",
		"url-query":     "GET https://api.example.com/v1/hook?id=7&v=" + text + "&x=1 HTTP/1.1",
		"json-string":   `{"level":"error","msg":"` + text + `","status":500}`,
		"line-start":    text + " was seen",
		"tab-separated": "2026-11-30T09:39:28Z\tINFO\t" + text,
	}
}
