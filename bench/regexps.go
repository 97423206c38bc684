package bench

import (
	"regexp"
	"strings"

	"github.com/logredact/logredact/patterns"
)

// structuralRegexps are the regular expressions a service would write for
// the detectors that the engine finds by structure rather than by a
// pattern. They find the same values as the scanners, without the Luhn,
// issuer and SSA checks that no regexp can do.
var structuralRegexps = map[string]string{
	"email":        `[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`,
	"credit-card":  `\b(?:\d[ -]?){12,18}\d\b`,
	"us-ssn":       `\b\d{3}[- ]\d{2}[- ]\d{4}\b`,
	"phone-number": `\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}\b`,
	"iban":         `\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b`,
	"sensitive-key": `(?i)[A-Za-z0-9_.-]*(?:password|passwd|passphrase|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|` +
		`authorization|cookie|credentials?|session[_-]?id|ssn)["']?\s*[:=]\s*["']?(?:bearer\s+|basic\s+)?[^\s"'&,;]+`,
}

// namedGroup matches the opening of a named capture group, which the
// alternation turns into a plain group: two detectors may use the same
// name.
var namedGroup = regexp.MustCompile(`\(\?P?<[A-Za-z_][A-Za-z0-9_]*>`)

// RegexpSource returns a Go regular expression that finds what d finds:
// d.Pattern when it has one, the hand-written equivalent for the
// structural detectors (email, credit-card, us-ssn, phone-number, iban,
// sensitive-key), and for other hand-written matchers a token regexp that
// starts with one of d's keywords. The result is self-contained: flags
// such as (?i) are scoped to it, so it can be joined with others into one
// alternation.
func RegexpSource(d patterns.Detector) string {
	var src string
	switch {
	case d.Pattern != "":
		src = namedGroup.ReplaceAllString(d.Pattern, "(?:")
	case structuralRegexps[d.ID] != "":
		src = structuralRegexps[d.ID]
	default:
		kws := make([]string, len(d.Keywords))
		for i, k := range d.Keywords {
			kws[i] = regexp.QuoteMeta(k)
		}
		src = `(?:` + strings.Join(kws, "|") + `)[A-Za-z0-9_+/=-]{8,}`
		if d.IgnoreCase {
			src = "(?i)" + src
		}
	}
	return "(?:" + src + ")"
}

// RegexpSources returns [RegexpSource] of each detector, in order.
func RegexpSources(dets []patterns.Detector) []string {
	out := make([]string, len(dets))
	for i, d := range dets {
		out[i] = RegexpSource(d)
	}
	return out
}

// Alternation compiles srcs into one regular expression that matches
// wherever any of them does: what a service gets by joining its patterns
// with '|'.
func Alternation(srcs []string) (*regexp.Regexp, error) {
	return regexp.Compile(strings.Join(srcs, "|"))
}
