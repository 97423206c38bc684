package patterns

import (
	"errors"
	"fmt"
	"slices"
	"sort"
)

// New builds an engine from the built-in catalog and opts. It returns an
// error naming the option at fault when an option is invalid, and runs the
// examples of every detector given with [WithDetector] against the engine
// it built (see [Engine.CheckExamples]).
func New(opts ...Option) (*Engine, error) {
	var c config
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o.apply(&c); err != nil {
			return nil, fmt.Errorf("patterns.%w", err)
		}
	}
	dets, err := selectDetectors(&c)
	if err != nil {
		return nil, fmt.Errorf("patterns.%w", err)
	}
	keys, err := newKeyRules(c.keys, c.allowed)
	if err != nil {
		return nil, fmt.Errorf("patterns.%w", err)
	}
	if known := knownSecrets(&c, keys); len(known) > 0 {
		dets = append(dets, knownSecretDetector(known))
		sort.Slice(dets, func(i, j int) bool { return dets[i].ID < dets[j].ID })
	}
	e := &Engine{dets: dets, keys: keys, mask: c.mask, observer: c.observer, reportOnly: c.reportOnly,
		email: -1, card: -1, ssn: -1, kv: -1, pii: -1, phone: -1, iban: -1, ip: -1, keyCache: newKeyCache()}
	e.pf = newPrefilter()
	for i := range e.dets {
		d := &e.dets[i]
		switch d.anchor {
		case anchorEmail:
			e.email = i
			e.pf.addClass('@', clsAt, anyByte)
			e.pf.addClass('%', clsPct, func(b byte) bool { return b == '4' })
		case anchorCard, anchorSSN:
			if d.anchor == anchorCard {
				e.card = i
			} else {
				e.ssn = i
			}
			e.pf.addDigitRuns()
		case anchorKeyValue:
			e.kv = i
		case anchorPIIKey:
			e.pii = i
		}
		e.addTriggers(i, d.anchor)
	}
	e.registerKeyReader()
	e.registerMaskLabels()
	for i := range e.dets {
		d := &e.dets[i]
		if d.anchor == anchorKeyValue || d.anchor == anchorPIIKey {
			continue // their words are the reader's (registerKeyReader)
		}
		for _, kw := range d.Keywords {
			e.pf.addKeyword(kw, d.IgnoreCase, i)
		}
	}
	e.pf.finish()
	if err := e.mask.checkFixed(e); err != nil {
		return nil, fmt.Errorf("patterns.WithMask: %w", err)
	}
	if e.mask.kind == maskFunc {
		e.mask.eng = e
	}
	if err := e.checkCustom(c.custom); err != nil {
		return nil, err
	}
	return e, nil
}

// checkCustom runs the examples of the user's detectors against the whole
// engine: a detector that the rest of the configuration shadows, or whose
// negatives another detector finds, fails here rather than in production.
func (e *Engine) checkCustom(custom []Detector) error {
	var errs []error
	for _, d := range custom {
		if err := e.CheckExamples(d); err != nil {
			for _, x := range unjoin(err) {
				errs = append(errs, fmt.Errorf("patterns.WithDetector: %w", x))
			}
		}
	}
	return errors.Join(errs...)
}

// unjoin returns the errors err joins, or err alone.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// selectDetectors applies the on/off options to the catalog and adds the
// user's detectors.
func selectDetectors(c *config) ([]Detector, error) {
	all := builtinDetectors()
	known := make(map[string]bool, len(all))
	ids := make([]string, 0, len(all))
	for _, d := range all {
		known[d.ID] = true
		ids = append(ids, d.ID)
	}
	for _, id := range c.only {
		if !known[id] {
			return nil, fmt.Errorf("WithDetectors: %s", unknownDetector(id, ids))
		}
	}
	for _, id := range c.without {
		if !known[id] {
			return nil, fmt.Errorf("WithoutDetectors: %s", unknownDetector(id, ids))
		}
	}
	out := make([]Detector, 0, len(all)+len(c.custom))
	on := make(map[string]bool, len(all))
	for _, d := range all {
		if len(c.only) > 0 && !slices.Contains(c.only, d.ID) {
			continue
		}
		if slices.Contains(c.without, d.ID) || slices.Contains(c.withoutCat, d.Category) {
			continue
		}
		if d.optIn && !slices.Contains(c.optIn, d.ID) && !slices.Contains(c.only, d.ID) {
			continue
		}
		out = append(out, d)
		on[d.ID] = true
	}
	mine := make(map[string]bool, len(c.custom))
	for _, d := range c.custom {
		switch {
		case mine[d.ID]:
			return nil, fmt.Errorf("WithDetector: detector ID %q is given twice", d.ID)
		case on[d.ID]:
			return nil, fmt.Errorf("WithDetector: ID %q is already a built-in detector: choose another ID, or turn the built-in off with WithoutDetectors(%q) to replace it", d.ID, d.ID)
		}
		mine[d.ID] = true
		out = append(out, d)
	}
	if len(c.custom) > 0 {
		// The built-in ones are in order already.
		sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	}
	return out, nil
}

// unknownDetector describes an ID no detector has, with the closest one
// when it is a likely typo.
func unknownDetector(id string, ids []string) string {
	if near := closest(id, ids); near != "" {
		return fmt.Sprintf("unknown detector %q; did you mean %q?", id, near)
	}
	return fmt.Sprintf("unknown detector %q", id)
}

// closest returns the candidate nearest to s by edit distance (a swap of
// two neighbours counts as one edit, the commonest typo), or "" when none
// is near enough to be what was meant: at most a third of s may differ.
func closest(s string, candidates []string) string {
	best, bestD := "", max(1, len(s)/3)+1
	for _, c := range candidates {
		if d := editDistance(s, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the optimal string alignment distance of a and b.
func editDistance(a, b string) int {
	// Three rows of the table: two back, one back, this one.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
