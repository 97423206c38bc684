package patterns

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// Detector describes one kind of sensitive value. Built-in detectors are
// declared in the catalog_*.go files; users add their own with
// [WithDetector].
//
// A detector is found in two steps. First the engine's prefilter looks for
// every detector's Keywords in one pass over the input. Only where a keyword
// occurs is the detector's Pattern or Match run, on the text around it, and
// then Validate, if set, on the candidate. Keywords must therefore be
// literals that occur in or next to every match, and they must be rare in
// ordinary log text ("ghp_", "AKIA", "-----BEGIN"): a keyword such as
// "key" or "api" would wake the detector on most lines.
type Detector struct {
	// ID is a stable kebab-case name such as "github-pat". It appears in
	// the default mask ("[REDACTED:github-pat]") and in observations.
	ID string
	// Description is one line for listings.
	Description string
	// Category is Secret, PII or PIIKey.
	Category Category
	// Keywords are literals (at least 3 bytes) that every match contains
	// or, for a [Detector.Match] that finds a value by what is written
	// beside it, that occur next to every match.
	Keywords []string
	// IgnoreCase makes Keywords match regardless of ASCII case. Pattern
	// should then carry its own (?i) where it needs one.
	IgnoreCase bool
	// Pattern is a Go regexp run on the text around each keyword
	// occurrence. The whole match is redacted, or only the subgroup named
	// "secret" when the pattern has one. Exactly one of Pattern and Match
	// is set.
	Pattern string
	// Window bounds how far, in bytes, a Pattern match may extend before
	// and after the keyword occurrence. Zero means 256.
	Window int
	// Match is a hand-written matcher: given s and the offset at which a
	// keyword kw occurs, it returns the span to redact, or ok=false. The
	// span usually holds the keyword, but it need not: a keyword may
	// only locate the value, as a key name does for the value after it,
	// or an access key ID for the secret written next to it.
	Match func(s string, at int, kw string) (start, end int, ok bool)
	// Validate, if set, rejects candidates that have the right shape but
	// fail a checksum or structure check.
	Validate func(match string) bool
	// Positive examples must be found; Negative examples must not be.
	Positive []Example
	Negative []Example

	re     *regexp.Regexp
	group  int
	anchor anchor
	// optIn keeps the detector out of an engine unless an option asks
	// for it (WithIPAddresses) or WithDetectors names it.
	optIn bool
}

// Example is a test vector of a detector. It is checked by the catalog's
// table test.
type Example struct {
	// Text is the input.
	Text string
	// Secret is, for a positive example, the part of Text that must be
	// redacted; empty means all of Text.
	Secret string
	// Why says what the example demonstrates.
	Why string
}

// anchor marks detectors that are found by structure instead of keywords.
type anchor uint8

const (
	anchorNone     anchor = iota
	anchorEmail           // '@' and "%40"
	anchorCard            // digit runs
	anchorSSN             // digit runs
	anchorKeyValue        // the words of sensitive keys, read by the free-text reader
	anchorPIIKey          // the words of personal-data keys
	anchorPhone           // '+', digit runs after a phone word
	anchorIBAN            // a country code's letter before its check digits
	anchorIP              // digit runs, ':' and '/'
)

const defaultWindow = 256

var (
	registryMu sync.Mutex
	registry   = map[string]Detector{}
	// sorted is the registry in ID order, made by the first New after a
	// register: sorting and copying 274 detectors on every New was a
	// sixth of its time.
	sorted []Detector
)

// register adds a built-in detector. Catalog files call it from package
// level vars so that a new detector needs no central list; it panics on a
// duplicate or invalid detector because that is a programming error caught
// by any test run.
func register(d Detector) struct{} {
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := registry[d.ID]; dup {
		panic("patterns: duplicate detector ID " + d.ID)
	}
	if err := d.compile(); err != nil {
		panic("patterns: " + err.Error())
	}
	registry[d.ID] = d
	sorted = nil
	return struct{}{}
}

// builtinDetectors returns the registered detectors sorted by ID. The
// slice is shared: callers copy what they keep and change nothing in it.
func builtinDetectors() []Detector {
	registryMu.Lock()
	defer registryMu.Unlock()
	if sorted == nil {
		out := make([]Detector, 0, len(registry))
		for _, d := range registry {
			out = append(out, d)
		}
		sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
		sorted = out
	}
	return sorted
}

func validID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' || strings.Contains(id, "--") {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// compile checks d and prepares its regexp.
func (d *Detector) compile() error {
	if !validID(d.ID) {
		return fmt.Errorf("detector ID %q is not kebab-case", d.ID)
	}
	if d.Category != Secret && d.Category != PII && d.Category != PIIKey {
		return fmt.Errorf("detector %q: Category must be Secret, PII or PIIKey", d.ID)
	}
	if d.anchor == anchorNone {
		if len(d.Keywords) == 0 {
			return fmt.Errorf("detector %q: needs at least one keyword", d.ID)
		}
		for _, k := range d.Keywords {
			if len(k) < 3 {
				return fmt.Errorf("detector %q: keyword %q is shorter than 3 bytes", d.ID, k)
			}
		}
		if (d.Pattern == "") == (d.Match == nil) {
			return fmt.Errorf("detector %q: set exactly one of Pattern and Match", d.ID)
		}
	}
	if d.Pattern != "" {
		re, err := regexp.Compile(d.Pattern)
		if err != nil {
			return fmt.Errorf("detector %q: Pattern: %v", d.ID, err)
		}
		d.re = re
		d.group = 0
		if i := re.SubexpIndex("secret"); i > 0 {
			d.group = i
		}
	}
	if d.Window <= 0 {
		d.Window = defaultWindow
	}
	return nil
}

// matchAt runs a keyword detector at a verified keyword occurrence.
func (d *Detector) matchAt(s string, at int, kw string) (int, int, bool) {
	if d.Match != nil {
		start, end, ok := d.Match(s, at, kw)
		if !ok || start < 0 || end > len(s) || start >= end {
			return 0, 0, false
		}
		if d.Validate != nil && !d.Validate(s[start:end]) {
			return 0, 0, false
		}
		return start, end, true
	}
	lo := at - d.Window
	if lo < 0 {
		lo = 0
	}
	hi := at + len(kw) + d.Window
	if hi > len(s) {
		hi = len(s)
	}
	win := s[lo:hi]
	kwStart, kwEnd := at-lo, at-lo+len(kw)
	for off := 0; off < len(win); {
		m := d.re.FindStringSubmatchIndex(win[off:])
		if m == nil {
			return 0, 0, false
		}
		ms, me := m[0]+off, m[1]+off
		if ms > kwStart {
			return 0, 0, false
		}
		if me < kwEnd {
			// A match wholly before the keyword: resume after it.
			off = max(me, ms+1)
			continue
		}
		if start, end := m[2*d.group], m[2*d.group+1]; start >= 0 && end > start {
			start, end = start+off, end+off
			if d.Validate == nil || d.Validate(win[start:end]) {
				return lo + start, lo + end, true
			}
		}
		off = ms + 1
	}
	return 0, 0, false
}
