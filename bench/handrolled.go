package bench

import "regexp"

// The hand-rolled baseline is the redaction services write today when they
// have no library for it: a few regular expressions, each replacing what it
// matches, run over every string value.

// HandRolledMask replaces whatever a hand-rolled regexp matches.
const HandRolledMask = "[REDACTED]"

// handRolled are the four regexps: email, card, SSN, and a generic secret
// (well-known token prefixes, or the value after a secret-sounding key,
// which keeps the key so that a JSON line stays JSON).
var handRolled = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`), HandRolledMask},
	{regexp.MustCompile(`\b(?:\d[ -]?){12,18}\d\b`), HandRolledMask},
	{regexp.MustCompile(`\b\d{3}-\d{2}-\d{4}\b`), HandRolledMask},
	{regexp.MustCompile(`\b(?:AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,}|xox[abpr]-[A-Za-z0-9-]{10,}|sk_live_[A-Za-z0-9]{16,})\b|` +
		`((?i)(?:password|passwd|secret|token|api[_-]?key)["']?\s*[:=]\s*["']?)[^\s"',]+`), "${1}" + HandRolledMask},
}

// HandRolledRedact returns s with every match of the four hand-rolled
// regexps replaced by [HandRolledMask]. Like most hand-rolled code, it
// runs each regexp over the whole value in turn.
func HandRolledRedact(s string) string {
	for _, h := range handRolled {
		s = h.re.ReplaceAllString(s, h.repl)
	}
	return s
}

// handRolledRedactBytes is [HandRolledRedact] over bytes, for writers that
// see the encoded event.
func handRolledRedactBytes(p []byte) []byte {
	for _, h := range handRolled {
		p = h.re.ReplaceAll(p, []byte(h.repl))
	}
	return p
}
