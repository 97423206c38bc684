// Package patternstest checks an engine configuration from a team's own
// test suite, the way logredact's own tests check the built-in catalog.
//
// A team that adds detectors, sensitive keys or a mask calls
// [CheckDetectors] to run every detector's examples under its whole
// configuration, and [CheckEngine] to pin lines of its own logs: each
// example and case is tried bare and in the places log text puts values
// (mid-sentence, as key=value, in a URL query, in a JSON string, at the
// start of a line, after a tab), so that a detector that works on its
// example alone but not where the value really appears fails in the
// team's CI rather than in production.
//
//	func TestRedaction(t *testing.T) {
//		e, err := logsetup.Engine() // the service's own configuration
//		if err != nil {
//			t.Fatal(err)
//		}
//		patternstest.CheckDetectors(t, e)
//		patternstest.CheckEngine(t, e,
//			patternstest.Case{In: "login alice@example.com", Want: "login [REDACTED:email]"},
//			patternstest.Case{In: "build 7f3a2c1 deployed"}, // must come through unchanged
//		)
//	}
//
// Failures are reported with t.Errorf, one per example and context, so
// that one run shows them all. A message never prints a secret that
// survived: it shows the output with the secret replaced by «secret».
package patternstest

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/logredact/logredact/patterns"
)

// Context is one place log text puts a value.
type Context struct {
	// Name says where the value is ("in a URL query").
	Name string
	// Wrap embeds a value in a line of that shape.
	Wrap func(value string) string
}

// Contexts returns the log contexts every example and case is tried in,
// the ones the built-in catalog is tested in, for a team that wants to
// try its values through its own loggers too.
func Contexts() []Context { return append([]Context(nil), contexts...) }

var contexts = []Context{
	{"mid-sentence", func(v string) string { return "request failed: " + v + " (will retry)" }},
	{"as key=value", func(v string) string { return "level=info value=" + v + " status=500" }},
	{"in a URL query", func(v string) string { return "GET https://api.example.com/v1/hook?id=7&v=" + v + "&x=1 HTTP/1.1" }},
	{"in a JSON string", func(v string) string { return `{"level":"error","msg":"` + v + `","status":500}` }},
	{"at the start of a line", func(v string) string { return v + " was seen" }},
	{"after a tab", func(v string) string { return "2026-11-30T09:39:28Z\tINFO\t" + v }},
}

// knownSecretID is the detector of WithKnownSecrets and WithEnvSecrets,
// whose examples would be the secrets themselves: it has none.
const knownSecretID = "known-secret"

// CheckDetectors runs the examples of e's detectors under e's whole
// configuration, as logredact's catalog test runs the built-in ones, and
// reports every example that does not hold:
//
//   - every detector has at least one positive and one negative example,
//     and a keyword of the detector occurs in each positive (or the
//     prefilter would never wake it);
//   - each positive is found with the detector's ID and exactly its
//     Secret span (all of Text when Secret is empty), redaction removes
//     the secret, and redacting the output again changes nothing;
//   - the secret is masked in each of [Contexts], and the output stays
//     valid UTF-8;
//   - no negative is found by any detector, bare or in any context.
//
// With ids, only the detectors with those IDs are checked, typically a
// team's own; without, all of them are, so that a configuration that
// breaks a built-in detector fails too. For an engine built with
// [patterns.WithReportOnly], which masks nothing, the secrets must be
// covered by the engine's findings instead.
func CheckDetectors(t testing.TB, e *patterns.Engine, ids ...string) {
	t.Helper()
	dets := e.Detectors()
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	for _, d := range dets {
		if len(ids) > 0 && !want[d.ID] {
			continue
		}
		delete(want, d.ID)
		if d.ID == knownSecretID {
			continue
		}
		c := checker{t: t, e: e}
		if len(d.Positive) == 0 || len(d.Negative) == 0 {
			t.Errorf("detector %q has %d positive and %d negative examples: give it at least one of each", d.ID, len(d.Positive), len(d.Negative))
		}
		for i, ex := range d.Positive {
			c.positive(d, i+1, ex)
		}
		for i, ex := range d.Negative {
			c.clean(fmt.Sprintf("detector %q: negative example %d (%s)", d.ID, i+1, abbrev(ex.Text)), ex.Text)
		}
	}
	for _, id := range ids {
		if want[id] {
			t.Errorf("the engine has no detector %q", id)
		}
	}
}

// Case is a line or value of a team's own logs and what the engine must
// make of it.
type Case struct {
	// Name names the case in failures; by default it is In, abbreviated.
	Name string
	// In is the text as the application logs it.
	In string
	// Want is what RedactString(In) must return exactly. Empty means In
	// itself: a case with neither Want nor Secrets is clean, and must
	// come through unchanged bare and in every context.
	Want string
	// Secrets are parts of In that must be masked wherever In is logged:
	// none may survive, bare or in any of [Contexts].
	Secrets []string
}

// CheckEngine checks e against a team's own cases: each In is redacted
// bare and compared with Want, redacting the output again must change
// nothing, and each of Secrets must be masked in every one of [Contexts].
// A clean case (no Want, no Secrets) must come through unchanged
// everywhere. For an engine built with [patterns.WithReportOnly], Want is
// not compared (nothing is masked) and the secrets must be covered by the
// engine's findings instead.
func CheckEngine(t testing.TB, e *patterns.Engine, cases ...Case) {
	t.Helper()
	c := checker{t: t, e: e}
	for i, tc := range cases {
		name := tc.Name
		if name == "" {
			name = abbrev(tc.In)
		}
		name = fmt.Sprintf("case %d (%s)", i+1, name)
		if tc.Want == "" && len(tc.Secrets) == 0 {
			c.clean(name, tc.In)
			continue
		}
		for _, s := range tc.Secrets {
			if s == "" || !strings.Contains(tc.In, s) {
				t.Errorf("%s: secret %s is not part of In", name, abbrev(s))
			}
		}
		if !e.ReportOnly() && tc.Want != "" {
			if got := e.RedactString(tc.In); got != tc.Want {
				t.Errorf("%s: RedactString(In) = %q, want %q", name, hide(got, tc.Secrets), hide(tc.Want, tc.Secrets))
			}
		}
		c.masked(name, "bare", tc.In, tc.Secrets)
		for _, ctx := range contexts {
			c.masked(name, ctx.Name, ctx.Wrap(tc.In), tc.Secrets)
		}
	}
}

// checker holds what one check reports to.
type checker struct {
	t testing.TB
	e *patterns.Engine
}

// positive checks one positive example of d.
func (c checker) positive(d patterns.Detector, n int, ex patterns.Example) {
	c.t.Helper()
	name := fmt.Sprintf("detector %q: positive example %d (%s)", d.ID, n, abbrev(ex.Text))
	secret := ex.Secret
	if secret == "" {
		secret = ex.Text
	}
	at := strings.Index(ex.Text, secret)
	if ex.Text == "" || at < 0 {
		c.t.Errorf("%s: Secret is not part of Text", name)
		return
	}
	if len(d.Keywords) > 0 && !hasKeyword(ex.Text, d) {
		c.t.Errorf("%s: no keyword of %q occurs in it, so the prefilter never wakes the detector", name, d.Keywords)
	}
	found := false
	fs := c.e.Find(ex.Text)
	for _, f := range fs {
		if f.DetectorID == d.ID && f.Start == at && f.End == at+len(secret) {
			found = true
		}
	}
	if !found {
		c.t.Errorf("%s: not found with its ID at bytes %d-%d; findings: %s", name, at, at+len(secret), describe(fs))
	}
	c.masked(name, "bare", ex.Text, []string{secret})
	for _, ctx := range contexts {
		c.masked(name, ctx.Name, ctx.Wrap(ex.Text), []string{secret})
	}
}

// masked checks that no secret survives in text, and that redaction is
// idempotent and keeps UTF-8 valid.
func (c checker) masked(name, where, text string, secrets []string) {
	c.t.Helper()
	if c.e.ReportOnly() {
		fs := c.e.Find(text)
		for _, s := range secrets {
			if !covered(text, s, fs) {
				c.t.Errorf("%s, %s: the findings %s do not cover the secret", name, where, describe(fs))
			}
		}
		return
	}
	out := c.e.RedactString(text)
	for _, s := range secrets {
		if strings.Contains(out, s) {
			c.t.Errorf("%s, %s: the secret survives: %q", name, where, hide(out, secrets))
		}
	}
	if again := c.e.RedactString(out); again != out {
		c.t.Errorf("%s, %s: redaction is not idempotent: %q, then %q", name, where, hide(out, secrets), hide(again, secrets))
	}
	if utf8.ValidString(text) && !utf8.ValidString(out) {
		c.t.Errorf("%s, %s: the output is not valid UTF-8", name, where)
	}
}

// clean checks that text comes through unchanged, bare and in every
// context, and that nothing in it is found.
func (c checker) clean(name, text string) {
	c.t.Helper()
	if fs := c.e.Find(text); len(fs) > 0 {
		c.t.Errorf("%s: found %s, want nothing", name, describe(fs))
		return
	}
	for _, ctx := range contexts {
		line := ctx.Wrap(text)
		if fs := c.e.Find(line); len(fs) > 0 {
			c.t.Errorf("%s, %s: found %s in %q, want nothing", name, ctx.Name, describe(fs), line)
		}
	}
}

// covered reports whether the findings fs cover every occurrence of s in
// text.
func covered(text, s string, fs []patterns.Finding) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], s)
		if i < 0 {
			return true
		}
		start, end := off+i, off+i+len(s)
		for _, f := range fs {
			if f.Start <= start && start < f.End {
				start = f.End
			}
		}
		if start < end {
			return false
		}
		off = off + i + 1
	}
}

func hasKeyword(s string, d patterns.Detector) bool {
	for _, k := range d.Keywords {
		if strings.Contains(s, k) || d.IgnoreCase && strings.Contains(strings.ToLower(s), strings.ToLower(k)) {
			return true
		}
	}
	return false
}

// describe lists findings without their values.
func describe(fs []patterns.Finding) string {
	if len(fs) == 0 {
		return "none"
	}
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = fmt.Sprintf("%s at %d-%d", f.DetectorID, f.Start, f.End)
	}
	return strings.Join(parts, ", ")
}

// hide replaces each secret in s, so that a failure never prints one.
func hide(s string, secrets []string) string {
	for _, sec := range secrets {
		if sec != "" {
			s = strings.ReplaceAll(s, sec, "«secret»")
		}
	}
	return s
}

// abbrev quotes the start of an example: enough to tell examples apart,
// too little to give a credential away.
func abbrev(s string) string {
	n := min(10, (len(s)+1)/2)
	if n >= len(s) {
		return fmt.Sprintf("%q", s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return fmt.Sprintf("%q", s[:n]+"…")
}
