package patterns

import (
	"fmt"
	"slices"
	"sort"
)

// New builds an engine from the built-in catalog and opts. It returns an
// error naming the option at fault when an option is invalid.
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
	e := &Engine{dets: dets, keys: keys, mask: c.mask, observer: c.observer,
		email: -1, card: -1, ssn: -1, kv: -1, pii: -1, keyCache: newKeyCache()}
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
			e.pf.digitStart = true
			// Bytes after which a number can start: never a
			// word byte, and not the bytes that make it part of a
			// path, decimal, identifier or longer number.
			for c := 0; c < 256; c++ {
				switch {
				case isAlnum(byte(c)), c == '.', c == '/', c == '_', c == '+', c == '-':
				default:
					e.pf.addClass(byte(c), clsDigit, isDigit)
				}
			}
		case anchorKeyValue:
			e.kv = i
		case anchorPIIKey:
			e.pii = i
		}
	}
	e.registerKeyReader()
	for i := range e.dets {
		d := &e.dets[i]
		if d.anchor == anchorKeyValue || d.anchor == anchorPIIKey {
			continue // their words are the reader's (registerKeyReader)
		}
		for _, kw := range d.Keywords {
			e.pf.addKeyword(kw, d.IgnoreCase, i)
		}
	}
	return e, nil
}

// selectDetectors applies the on/off options to the catalog and adds the
// user's detectors.
func selectDetectors(c *config) ([]Detector, error) {
	all := builtinDetectors()
	known := make(map[string]bool, len(all))
	for _, d := range all {
		known[d.ID] = true
	}
	for _, id := range c.only {
		if !known[id] {
			return nil, fmt.Errorf("WithDetectors: unknown detector ID %q", id)
		}
	}
	for _, id := range c.without {
		if !known[id] {
			return nil, fmt.Errorf("WithoutDetectors: unknown detector ID %q", id)
		}
	}
	var out []Detector
	for _, d := range all {
		if len(c.only) > 0 && !slices.Contains(c.only, d.ID) {
			continue
		}
		if slices.Contains(c.without, d.ID) || slices.Contains(c.withoutCat, d.Category) {
			continue
		}
		out = append(out, d)
	}
	for _, d := range c.custom {
		if known[d.ID] {
			return nil, fmt.Errorf("WithDetector: ID %q is already a built-in detector", d.ID)
		}
		known[d.ID] = true
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}
