package patterns

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// ExampleError reports one example of a detector that does not hold: a
// positive that the engine does not find with the detector's ID and span,
// or a negative that some detector finds. Its message names the detector
// and the example but never prints an example in full, since examples
// look like the secrets they stand for:
//
//	detector "acme-token": positive example 2 ("request wi…"): not found
type ExampleError struct {
	// Detector is the ID of the detector the example belongs to.
	Detector string
	// Positive tells a positive example from a negative one.
	Positive bool
	// Index is the example's position in Positive or Negative, from 1.
	Index int
	// Text is the example, abbreviated.
	Text string
	// Problem says what went wrong ("not found", "found by \"email\" at
	// bytes 4-20").
	Problem string
}

// Error implements error.
func (e *ExampleError) Error() string {
	kind := "negative"
	if e.Positive {
		kind = "positive"
	}
	return fmt.Sprintf("detector %q: %s example %d (%s): %s", e.Detector, kind, e.Index, e.Text, e.Problem)
}

// CheckExamples runs d's examples against e, as [New] does for a detector
// given to [WithDetector] and as the catalog's table test does for the
// built-in ones: every positive must be found with d.ID and exactly its
// Secret span (all of Text when Secret is empty), and no negative may be
// found by any detector of e. It returns nil when all hold, else one
// [*ExampleError] per failing example, joined with [errors.Join]. d need
// not be one of e's detectors: a tool can build its engine first and then
// check each detector's examples against all of it.
func (e *Engine) CheckExamples(d Detector) error {
	var errs []error
	for i, ex := range d.Positive {
		if p := e.positiveProblem(d.ID, ex); p != "" {
			errs = append(errs, &ExampleError{Detector: d.ID, Positive: true, Index: i + 1, Text: abbrev(ex.Text), Problem: p})
		}
	}
	for i, ex := range d.Negative {
		if fs := e.Find(ex.Text); len(fs) > 0 {
			p := fmt.Sprintf("found by %q at bytes %d-%d", fs[0].DetectorID, fs[0].Start, fs[0].End)
			errs = append(errs, &ExampleError{Detector: d.ID, Index: i + 1, Text: abbrev(ex.Text), Problem: p})
		}
	}
	return errors.Join(errs...)
}

// positiveProblem says why a positive example does not hold, or "".
func (e *Engine) positiveProblem(id string, ex Example) string {
	if ex.Text == "" {
		return "Text is empty"
	}
	secret := ex.Secret
	if secret == "" {
		secret = ex.Text
	}
	at := strings.Index(ex.Text, secret)
	if at < 0 {
		return "Secret is not part of Text"
	}
	end := at + len(secret)
	fs := e.Find(ex.Text)
	var near *Finding
	for i := range fs {
		f := &fs[i]
		if f.DetectorID == id && f.Start == at && f.End == end {
			return ""
		}
		if near == nil && f.Start < end && f.End > at {
			near = f
		}
	}
	switch {
	case near == nil:
		return "not found"
	case near.DetectorID != id:
		return fmt.Sprintf("found by %q instead (bytes %d-%d)", near.DetectorID, near.Start, near.End)
	}
	return fmt.Sprintf("found at bytes %d-%d, want %d-%d", near.Start, near.End, at, end)
}

// abbrevLen is the most bytes of an example an error shows: enough to
// tell examples apart, too few to give away a credential. A shorter
// example shows at most half of itself.
const abbrevLen = 10

// abbrev quotes the start of s for an error message, cut on a rune
// boundary and marked with "…" when there is more.
func abbrev(s string) string {
	n := min(abbrevLen, (len(s)+1)/2)
	if n >= len(s) {
		return fmt.Sprintf("%q", s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return fmt.Sprintf("%q", s[:n]+"…")
}
