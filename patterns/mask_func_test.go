package patterns

import (
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// binLast4 keeps the first six and the last four digits of a card, the
// mask payment teams ask for, and stars everything else.
func binLast4(id, v string) string {
	if id != "credit-card" {
		return "<" + id + ">"
	}
	digits := 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			digits++
		}
	}
	b := []byte(v)
	seen := 0
	for i := range b {
		if isDigit(b[i]) {
			seen++
			if seen > 6 && seen <= digits-4 {
				b[i] = '*'
			}
		}
	}
	return string(b)
}

func TestMaskFunc(t *testing.T) {
	tok := "ghp_" + fake(charsAlnum, 36, "maskfunc")
	tests := []struct {
		name string
		fn   func(id, v string) string
		in   string
		want string
	}{
		{"bin and last four", binLast4, "card 4111 1111 1111 1111 ok", "card 4111 11** **** 1111 ok"},
		{"other detectors", binLast4, "mail bob@example.org, " + tok, "mail <email>, <github-pat>"},
		{"under a sensitive key", binLast4, "password=hunter2 user=bob", "password=<sensitive-key> user=bob"},
		{"a replacement the engine finds", func(id, v string) string { return "bob@example.org" }, "card 4111 1111 1111 1111", "card [REDACTED:credit-card]"},
		{"a replacement with a token", func(id, v string) string { return "was " + tok }, "to alice@example.com", "to [REDACTED:email]"},
		{"a replacement that holds the value", func(id, v string) string { return "[" + v + "]" }, "to alice@example.com", "to [REDACTED:email]"},
		{"a replacement with a key rule", func(id, v string) string { return "token=abc123" }, "to alice@example.com", "to [REDACTED:email]"},
		{"an empty replacement", func(id, v string) string { return "" }, "to alice@example.com", "to [REDACTED:email]"},
		{"a panic", func(id, v string) string { panic("boom") }, "to alice@example.com", "to [REDACTED:email]"},
		// The replacement joins its neighbour into an email,
		// "x@y.example.org": settling finds it and masks it in turn.
		{"settled with its neighbours", func(id, v string) string { return "x@y" }, "ssn 123-45-6789.example.org", "ssn x@y"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := New(WithMask(MaskFunc(tt.fn)))
			if err != nil {
				t.Fatal(err)
			}
			got := e.RedactString(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("RedactString(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if fs := e.Find(got); len(fs) > 0 {
				t.Errorf("RedactString(%q) = %q, which still holds %+v", tt.in, got, fs)
			}
			if again := e.RedactString(got); again != got {
				t.Errorf("redaction is not idempotent: %q then %q", got, again)
			}
		})
	}
}

func TestMaskFuncInValuesAndNumbers(t *testing.T) {
	var calls atomic.Int32
	e, err := New(WithMask(MaskFunc(func(id, v string) string {
		calls.Add(1)
		return binLast4(id, v)
	})))
	if err != nil {
		t.Fatal(err)
	}
	out, changed := e.RedactIn(Scope{Key: "card"}, "4111111111111111")
	if out != "411111******1111" || !changed {
		t.Errorf("RedactIn(card) = %q, %v, want 411111******1111, true", out, changed)
	}
	if s, ok := e.RedactInt(Scope{Key: "amount"}, 4111111111111111); s != "411111******1111" || !ok {
		t.Errorf("RedactInt = %q, %v, want 411111******1111, true", s, ok)
	}
	if got := e.MaskValue(Scope{Key: "x"}, "anything"); got != "<sensitive-key>" {
		t.Errorf("MaskValue = %q, want <sensitive-key>", got)
	}
	if calls.Load() != 3 {
		t.Errorf("the function was called %d times, want 3", calls.Load())
	}
	if got := e.RedactString("nothing here"); calls.Load() != 3 || got != "nothing here" {
		t.Errorf("a clean string called the mask or changed: %q", got)
	}
}

func TestMaskValidation(t *testing.T) {
	tests := []struct {
		name string
		m    Mask
		want string
	}{
		{"fixed with an email", FixedMask("bob@example.com"), `patterns.WithMask: FixedMask text "bob@exam…" would itself be found by "email": every masked value would hold it`},
		{"fixed with a key rule", FixedMask("password=hunter2"), `patterns.WithMask: FixedMask text "password…" would itself be found by "sensitive-key": every masked value would hold it`},
		{"fixed with a card", FixedMask("4111 1111 1111 1111"), `patterns.WithMask: FixedMask text "4111 1111 …" would itself be found by "credit-card": every masked value would hold it`},
		{"fixed and clean", FixedMask("***"), ""},
		{"fixed like a label", FixedMask("[REDACTED]"), ""},
		{"nil func", MaskFunc(nil), "patterns.WithMask: MaskFunc: nil function"},
	}
	for _, tt := range tests {
		_, err := New(WithMask(tt.m))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: New(WithMask(%v)) error mismatch (-want +got):\n%s", tt.name, tt.m, diff)
		}
	}
	// Checked against the engine as configured: without the email
	// detector, an email is a fine fixed text.
	if _, err := New(WithoutDetectors("email"), WithMask(FixedMask("ops@example.com"))); err != nil {
		t.Errorf("New(WithoutDetectors(email), FixedMask(email)) = %v, want no error", err)
	}
	if got := MaskFunc(binLast4).String(); got != "func" {
		t.Errorf("MaskFunc.String() = %q, want func", got)
	}
}
