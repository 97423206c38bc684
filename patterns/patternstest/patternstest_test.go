package patternstest_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/patterns/patternstest"
)

// fakeTB records what a check reports instead of failing the test that
// runs it.
type fakeTB struct {
	testing.TB
	errors []string
}

func (f *fakeTB) Helper() {}

func (f *fakeTB) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}

var tok = "acmetok_" + strings.Repeat("q7Rt", 8)

func acme(pos, neg []patterns.Example) patterns.Detector {
	return patterns.Detector{
		ID:       "acme-token",
		Category: patterns.Secret,
		Keywords: []string{"acmetok_"},
		Match:    patterns.PrefixToken(patterns.CharsetAlnum, 32, 32),
		Positive: pos,
		Negative: neg,
	}
}

func newEngine(t *testing.T, opts ...patterns.Option) *patterns.Engine {
	t.Helper()
	e, err := patterns.New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestCheckDetectorsPasses(t *testing.T) {
	patternstest.CheckDetectors(t, patterns.Default())
	e := newEngine(t, patterns.WithDetector(acme(
		[]patterns.Example{{Text: tok, Why: "bare"}},
		[]patterns.Example{{Text: tok + "x", Why: "one byte long"}, {Text: tok[:len(tok)-1], Why: "one byte short"}},
	)), patterns.WithMask(patterns.PartialMask()))
	patternstest.CheckDetectors(t, e)
	patternstest.CheckDetectors(t, e, "acme-token")
}

func TestCheckDetectorsFails(t *testing.T) {
	tests := []struct {
		name string
		d    patterns.Detector
		want []string
	}{
		{
			// New accepts it, since its example holds bare: the
			// anchored regexp fails wherever the token is logged.
			name: "positive only bare",
			d: patterns.Detector{ID: "acme-anchored", Category: patterns.Secret, Keywords: []string{"acmetok_"}, Pattern: `^acmetok_[A-Za-z0-9]{32}$`,
				Positive: []patterns.Example{{Text: tok, Why: "bare"}}, Negative: []patterns.Example{{Text: "acmetok_", Why: "prefix alone"}}},
			want: []string{
				`detector "acme-anchored": positive example 1 ("acmetok_q7…"), mid-sentence: the secret survives: "request failed: «secret» (will retry)"`,
				`detector "acme-anchored": positive example 1 ("acmetok_q7…"), as key=value: the secret survives: "level=info value=«secret» status=500"`,
				`detector "acme-anchored": positive example 1 ("acmetok_q7…"), in a URL query: the secret survives: "GET https://api.example.com/v1/hook?id=7&v=«secret»&x=1 HTTP/1.1"`,
				`detector "acme-anchored": positive example 1 ("acmetok_q7…"), in a JSON string: the secret survives: "{\"level\":\"error\",\"msg\":\"«secret»\",\"status\":500}"`,
				`detector "acme-anchored": positive example 1 ("acmetok_q7…"), at the start of a line: the secret survives: "«secret» was seen"`,
				`detector "acme-anchored": positive example 1 ("acmetok_q7…"), after a tab: the secret survives: "2026-11-30T09:39:28Z\tINFO\t«secret»"`,
			},
		},
		{
			// Clean alone, found once a space follows it.
			name: "negative found in context",
			d: patterns.Detector{ID: "acme-spaced", Category: patterns.Secret, Keywords: []string{"acmetok_"}, Pattern: `acmetok_[a-z]{8} `,
				Positive: []patterns.Example{{Text: "use acmetok_abcdefgh now", Secret: "acmetok_abcdefgh ", Why: "spaced"}},
				Negative: []patterns.Example{{Text: "acmetok_qwertyui", Why: "no space after"}}},
			want: []string{
				`detector "acme-spaced": negative example 1 ("acmetok_…"), mid-sentence: found acme-spaced at 16-33 in "request failed: acmetok_qwertyui (will retry)", want nothing`,
				`detector "acme-spaced": negative example 1 ("acmetok_…"), as key=value: found acme-spaced at 17-34 in "level=info value=acmetok_qwertyui status=500", want nothing`,
				`detector "acme-spaced": negative example 1 ("acmetok_…"), at the start of a line: found acme-spaced at 0-17 in "acmetok_qwertyui was seen", want nothing`,
			},
		},
		{
			name: "no negatives",
			d:    acme([]patterns.Example{{Text: tok, Why: "bare"}}, nil),
			want: []string{`detector "acme-token" has 1 positive and 0 negative examples: give it at least one of each`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, patterns.WithDetector(tt.d))
			var f fakeTB
			patternstest.CheckDetectors(&f, e, tt.d.ID)
			if diff := cmp.Diff(tt.want, f.errors); diff != "" {
				t.Errorf("CheckDetectors reports mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCheckDetectorsUnknownID(t *testing.T) {
	var f fakeTB
	patternstest.CheckDetectors(&f, patterns.Default(), "acme-tokne")
	if diff := cmp.Diff([]string{`the engine has no detector "acme-tokne"`}, f.errors); diff != "" {
		t.Errorf("CheckDetectors reports mismatch (-want +got):\n%s", diff)
	}
}

func TestCheckEngine(t *testing.T) {
	e := newEngine(t, patterns.WithSensitiveKeys("member_number"))
	good := []patternstest.Case{
		{In: "login failed for alice@example.com", Want: "login failed for [REDACTED:email]", Secrets: []string{"alice@example.com"}},
		{In: "member_number=M-4411 ok", Want: "member_number=[REDACTED:sensitive-key] ok"},
		{In: "deployed build 7f3a2c1 to eu-west-1"},
		{Name: "card", In: "paid with 4111 1111 1111 1111", Secrets: []string{"4111 1111 1111 1111"}},
	}
	patternstest.CheckEngine(t, e, good...)

	var f fakeTB
	patternstest.CheckEngine(&f, e,
		patternstest.Case{Name: "wrong want", In: "mail bob@example.org", Want: "mail bob@example.org?", Secrets: []string{"bob@example.org"}},
		patternstest.Case{Name: "not clean", In: "mail bob@example.org"},
		patternstest.Case{Name: "a secret the engine misses", In: "member M-4411", Secrets: []string{"M-4411"}},
		patternstest.Case{Name: "secret not in In", In: "nothing", Secrets: []string{"elsewhere"}},
	)
	want := []string{
		`case 1 (wrong want): RedactString(In) = "mail [REDACTED:email]", want "mail «secret»?"`,
		`case 2 (not clean): found email at 5-20, want nothing`,
		`case 3 (a secret the engine misses), bare: the secret survives: "member «secret»"`,
		`case 3 (a secret the engine misses), mid-sentence: the secret survives: "request failed: member «secret» (will retry)"`,
		`case 3 (a secret the engine misses), as key=value: the secret survives: "level=info value=member «secret» status=500"`,
		`case 3 (a secret the engine misses), in a URL query: the secret survives: "GET https://api.example.com/v1/hook?id=7&v=member «secret»&x=1 HTTP/1.1"`,
		`case 3 (a secret the engine misses), in a JSON string: the secret survives: "{\"level\":\"error\",\"msg\":\"member «secret»\",\"status\":500}"`,
		`case 3 (a secret the engine misses), at the start of a line: the secret survives: "member «secret» was seen"`,
		`case 3 (a secret the engine misses), after a tab: the secret survives: "2026-11-30T09:39:28Z\tINFO\tmember «secret»"`,
		`case 4 (secret not in In): secret "elsew…" is not part of In`,
	}
	if diff := cmp.Diff(want, f.errors); diff != "" {
		t.Errorf("CheckEngine reports mismatch (-want +got):\n%s", diff)
	}
	for _, msg := range f.errors {
		if strings.Contains(msg, "bob@example.org\"") || strings.Contains(msg, "M-4411") {
			t.Errorf("a report prints a secret: %s", msg)
		}
	}
}

func TestChecksOfAReportOnlyEngine(t *testing.T) {
	e := newEngine(t, patterns.WithReportOnly(), patterns.WithDetector(acme(
		[]patterns.Example{{Text: tok, Why: "bare"}},
		[]patterns.Example{{Text: tok + "x", Why: "one byte long"}},
	)))
	patternstest.CheckDetectors(t, e, "acme-token")
	patternstest.CheckEngine(t, e, patternstest.Case{In: "with " + tok, Want: "ignored: nothing is masked", Secrets: []string{tok}})

	var f fakeTB
	patternstest.CheckEngine(&f, e, patternstest.Case{Name: "missed", In: "member M-4411", Secrets: []string{"M-4411"}})
	if len(f.errors) != 7 || !strings.Contains(f.errors[0], "case 1 (missed), bare: the findings none do not cover the secret") {
		t.Errorf("CheckEngine on a report-only engine reported %q, want the secret uncovered in 7 places", f.errors)
	}
}

func TestContexts(t *testing.T) {
	cs := patternstest.Contexts()
	if len(cs) != 6 {
		t.Fatalf("Contexts() has %d contexts, want 6", len(cs))
	}
	cs[0].Name = "changed"
	if patternstest.Contexts()[0].Name == "changed" {
		t.Errorf("Contexts() hands out its own slice")
	}
}
