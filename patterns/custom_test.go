package patterns

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// acmeToken is a run-time detector built with the exported matchers, the
// way CONTRIBUTING.md shows it.
func acmeToken(pos, neg []Example) Detector {
	return Detector{
		ID:          "acme-token",
		Description: "Acme internal service token",
		Category:    Secret,
		Keywords:    []string{"acmetok_"},
		Match:       PrefixToken(CharsetAlnum, 32, 32),
		Positive:    pos,
		Negative:    neg,
	}
}

func TestWithDetectorChecksExamples(t *testing.T) {
	tok := "acmetok_" + fake(charsAlnum, 32, "acme-examples")
	pat := "ghp_" + fake(charsAlnum, 36, "acme-examples-gh")
	tests := []struct {
		name string
		d    Detector
		want string // the whole error message; "" for none
	}{
		{
			name: "all hold",
			d: acmeToken(
				[]Example{{Text: tok, Why: "bare"}, {Text: "call with " + tok + " failed", Secret: tok, Why: "sentence"}},
				[]Example{{Text: "x" + tok, Why: "inside a word"}, {Text: tok + "A", Why: "one byte long"}, {Text: tok[:len(tok)-1], Why: "one byte short"}},
			),
		},
		{
			name: "positive not found",
			d:    acmeToken([]Example{{Text: tok, Why: "bare"}, {Text: "request with " + tok + "Z", Secret: tok, Why: "too long"}}, nil),
			want: `patterns.WithDetector: detector "acme-token": positive example 2 ("request wi…"): not found`,
		},
		{
			name: "positive with the wrong span",
			d: Detector{ID: "acme-pattern", Category: Secret, Keywords: []string{"acmetok_"}, Pattern: `acmetok_[A-Za-z0-9]{8}`,
				Positive: []Example{{Text: tok, Why: "the pattern stops after 8 bytes"}}},
			want: `patterns.WithDetector: detector "acme-pattern": positive example 1 ("` + tok[:10] + `…"): found at bytes 0-16, want 0-40`,
		},
		{
			name: "positive found by another detector",
			d: Detector{ID: "short-gh", Category: Secret, Keywords: []string{"ghp_"}, Pattern: `ghp_[A-Za-z0-9]{10}`,
				Positive: []Example{{Text: pat, Secret: pat[:14], Why: "a longer built-in token"}}},
			want: `patterns.WithDetector: detector "short-gh": positive example 1 ("` + pat[:10] + `…"): found by "github-pat" instead (bytes 0-40)`,
		},
		{
			name: "secret not in text",
			d:    acmeToken([]Example{{Text: tok, Secret: "acmetok_other", Why: "typo"}}, nil),
			want: `patterns.WithDetector: detector "acme-token": positive example 1 ("` + tok[:10] + `…"): Secret is not part of Text`,
		},
		{
			name: "negative found by another detector",
			d:    acmeToken(nil, []Example{{Text: "mail bob@example.com", Why: "an email"}}),
			want: `patterns.WithDetector: detector "acme-token": negative example 1 ("mail bob@e…"): found by "email" at bytes 5-20`,
		},
		{
			name: "every failure is reported",
			d:    acmeToken([]Example{{Text: "acmetok_short", Why: "short"}}, []Example{{Text: "ok", Why: "fine"}, {Text: tok, Why: "wrongly negative"}}),
			want: `patterns.WithDetector: detector "acme-token": positive example 1 ("acmetok…"): not found` + "\n" +
				`patterns.WithDetector: detector "acme-token": negative example 2 ("` + tok[:10] + `…"): found by "acme-token" at bytes 0-40`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(WithDetector(tt.d))
			got := ""
			if err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("New(WithDetector(%s)) error mismatch (-want +got):\n%s", tt.d.ID, diff)
			}
			for _, ex := range append(tt.d.Positive, tt.d.Negative...) {
				if len(ex.Text) > abbrevLen && strings.Contains(got, ex.Text) {
					t.Errorf("the error prints example %q in full", ex.Text)
				}
			}
		})
	}
}

func TestExampleErrorFields(t *testing.T) {
	tok := "acmetok_" + fake(charsAlnum, 32, "acme-fields")
	_, err := New(WithDetector(acmeToken([]Example{{Text: tok, Why: "ok"}, {Text: tok + "x", Why: "too long"}}, nil)))
	var ee *ExampleError
	if !errors.As(err, &ee) {
		t.Fatalf("New() error %v is not an *ExampleError", err)
	}
	want := &ExampleError{Detector: "acme-token", Positive: true, Index: 2, Text: `"` + tok[:10] + `…"`, Problem: "not found"}
	if diff := cmp.Diff(want, ee); diff != "" {
		t.Errorf("ExampleError mismatch (-want +got):\n%s", diff)
	}
}

func TestAbbrev(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{"a", `"a"`},
		{"abcd", `"ab…"`},
		{"hunter22", `"hunt…"`},
		{"acmetok_0123456789abcdef", `"acmetok_01…"`},
		{"ééééééé", `"ééé…"`}, // never half a rune
	}
	for _, tt := range tests {
		if got := abbrev(tt.in); got != tt.want {
			t.Errorf("abbrev(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestWithDetectorIDs(t *testing.T) {
	mine := Detector{ID: "acme-token", Category: Secret, Keywords: []string{"acmetok_"}, Match: PrefixToken(CharsetAlnum, 32, 32)}
	tests := []struct {
		name string
		opts []Option
		want string
	}{
		{"given twice", []Option{WithDetector(mine), WithDetector(mine)}, `patterns.WithDetector: detector ID "acme-token" is given twice`},
		{"a built-in that is on", []Option{WithDetector(Detector{ID: "email", Category: PII, Keywords: []string{"@xx"}, Pattern: "@xx"})},
			`patterns.WithDetector: ID "email" is already a built-in detector: choose another ID, or turn the built-in off with WithoutDetectors("email") to replace it`},
		{"a built-in turned off", []Option{WithoutDetectors("github-pat"), WithDetector(Detector{ID: "github-pat", Description: "mine", Category: Secret, Keywords: []string{"ghp_"}, Match: PrefixToken(CharsetAlnum, 36, 36)})}, ""},
		{"typo in an ID", []Option{WithDetectors("githb-pat")}, `patterns.WithDetectors: unknown detector "githb-pat"; did you mean "github-pat"?`},
		{"nothing close", []Option{WithoutDetectors("zzzzzzzz")}, `patterns.WithoutDetectors: unknown detector "zzzzzzzz"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := New(tt.opts...)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Fatalf("New() error mismatch (-want +got):\n%s", diff)
			}
			if err == nil {
				n := 0
				for _, d := range e.Detectors() {
					if d.ID == "github-pat" {
						n++
						if d.Description != "mine" {
							t.Errorf("github-pat is still the built-in: %q", d.Description)
						}
					}
				}
				if n != 1 {
					t.Errorf("the engine has %d detectors github-pat, want 1", n)
				}
			}
		})
	}
}

func TestClosest(t *testing.T) {
	ids := []string{"credit-card", "email", "github-pat", "us-ssn"}
	tests := []struct{ in, want string }{
		{"emails", "email"},
		{"emial", "email"},
		{"EMAIL", ""},
		{"credit_card", "credit-card"},
		{"ssn", ""},
		{"us-snn", "us-ssn"},
		{"slack", ""},
	}
	for _, tt := range tests {
		if got := closest(tt.in, ids); got != tt.want {
			t.Errorf("closest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
