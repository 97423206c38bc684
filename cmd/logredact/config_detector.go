package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/logredact/logredact/patterns"
)

// matchers are the config names of the library's exported matchers; the
// first three read a body of charset and length bounds.
var matchers = []string{"prefix", "dotted", "keyed", "block", "url"}

// detector converts a config entry; patterns.New checks the rest. Errors
// name the field at fault ("charset: ..."), for the caller to prefix with
// the entry ("detectors[0].").
func (d customDetector) detector() (patterns.Detector, error) {
	cat := patterns.Secret
	if d.Category != "" {
		c, ok := patterns.ParseCategory(d.Category)
		if !ok {
			return patterns.Detector{}, fmt.Errorf("category: %q is not \"secret\" or \"pii\"", d.Category)
		}
		cat = c
	}
	desc := d.Description
	if desc == "" {
		desc = "Custom detector " + d.ID
	}
	det := patterns.Detector{
		ID:          d.ID,
		Description: desc,
		Category:    cat,
		Keywords:    d.Keywords,
		IgnoreCase:  d.IgnoreCase,
		Pattern:     d.Pattern,
		Window:      d.Window,
	}
	switch {
	case d.Pattern == "" && d.Match == "":
		return det, fmt.Errorf("match: give a matcher (%s), or a Go regexp in pattern", strings.Join(matchers, ", "))
	case d.Pattern != "" && d.Match != "":
		return det, fmt.Errorf("pattern: give either pattern or match, not both")
	case d.Match != "":
		m, err := d.matcher()
		if err != nil {
			return det, err
		}
		det.Match = m
	}
	if (d.Charset != "" || d.MinLength != 0 || d.MaxLength != 0) && !slices.Contains(matchers[:3], d.Match) {
		return det, fmt.Errorf("charset, min_length, max_length: only the matchers prefix, dotted and keyed take them")
	}
	if len(d.Labels) > 0 && d.Match != "block" {
		return det, fmt.Errorf("labels: only the matcher block takes them")
	}
	for _, x := range d.Positive {
		det.Positive = append(det.Positive, patterns.Example(x))
	}
	for _, x := range d.Negative {
		det.Negative = append(det.Negative, patterns.Example(x))
	}
	return det, nil
}

// matcher builds the matcher that d.Match names.
func (d customDetector) matcher() (patterns.MatchFunc, error) {
	switch d.Match {
	case "block":
		return patterns.Block(d.Labels...), nil
	case "url":
		return patterns.URLCredential(), nil
	case "prefix", "dotted", "keyed":
	default:
		return nil, fmt.Errorf("match: unknown matcher %q: want %s", d.Match, strings.Join(matchers, ", "))
	}
	if d.Charset == "" {
		return nil, fmt.Errorf("charset: the matcher %s needs the bytes of the body, such as \"A-Za-z0-9\"", d.Match)
	}
	set, err := patterns.NewCharset(d.Charset)
	if err != nil {
		return nil, fmt.Errorf("charset: %v", err)
	}
	min, max := d.MinLength, d.MaxLength
	if max == 0 {
		max = min
	}
	if min < 1 || max < min {
		return nil, fmt.Errorf("min_length, max_length: want 1 <= min_length <= max_length, got %d and %d", d.MinLength, d.MaxLength)
	}
	switch d.Match {
	case "prefix":
		return patterns.PrefixToken(set, min, max), nil
	case "dotted":
		return patterns.DottedToken(set, min, max), nil
	}
	return patterns.KeyedValue(set, min, max), nil
}
