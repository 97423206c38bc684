package patterns

// Some secrets have no form of their own: an AWS secret access key is 40
// bytes of base64, a Twilio auth token 32 hex digits. What gives them away
// is the identifier they travel with, which does have a form (AKIA...,
// AC...). The matchers here find such a secret beside its identifier, in
// the ways people write the pair: "id secret", "id:secret", "id,secret"
// (a CSV credentials file), "id=... secret=..." and a JSON pair, and on
// the next line of a credentials file. The identifier's keyword wakes the
// detector, and the span returned is the secret's alone: it does not hold
// the keyword.

// pairReach bounds the bytes between an identifier and its secret.
const pairReach = 96

// pairSpec describes the secret half of an id/secret pair.
type pairSpec struct {
	// id reads the identifier that the keyword at s[at:] starts and
	// returns its span.
	id func(s string, at int, kw string) (int, int, bool)
	// set, min and max give the secret's bytes and length.
	set      *charset
	min, max int
	// valid, if set, must accept the secret: a random-looking value, not
	// a hash or a word.
	valid func(secret string) bool
	// key, if set, must accept the name of a key written between the id
	// and the secret ("id=AKIA... key=..."); nil accepts any name.
	key func(name string) bool
	// backward also looks for the secret before the identifier.
	backward bool
	// identifier names the detector that finds the identifier itself,
	// if the catalog has one: layers read its findings' neighbours
	// together ([Engine.Paired]).
	identifier string
}

// pairSecret returns a Match for the secret of p next to its identifier.
func pairSecret(p pairSpec) func(s string, at int, kw string) (int, int, bool) {
	if p.identifier != "" {
		pairedIdentifiers[p.identifier] = true
	}
	return func(s string, at int, kw string) (int, int, bool) {
		is, ie, ok := p.id(s, at, kw)
		if !ok {
			return 0, 0, false
		}
		if start, end, ok := p.after(s, ie); ok {
			return start, end, true
		}
		if p.backward {
			return p.before(s, is)
		}
		return 0, 0, false
	}
}

// after looks for the secret in the glue that follows the identifier,
// which ends at s[i].
func (p pairSpec) after(s string, i int) (int, int, bool) {
	limit := min(len(s), i+pairReach)
	j := skipPairGlue(s, i, limit)
	// One key or flag may sit between: "secret_key=", "\"secret\":",
	// "--password ".
	if k, ok := pairKey(s, j, limit); ok && (p.key == nil || p.key(s[j:k.nameEnd])) {
		if end, ok := p.secretAt(s, skipPairGlue(s, k.end, limit), limit); ok {
			return skipPairGlue(s, k.end, limit), end, true
		}
	}
	if end, ok := p.secretAt(s, j, limit); ok {
		return j, end, true
	}
	return 0, 0, false
}

// secretAt reads the secret that starts at s[j].
func (p pairSpec) secretAt(s string, j, limit int) (int, bool) {
	if j >= limit {
		return 0, false
	}
	end, n := tokenSpan(s, j, p.set, p.max+1)
	if n < p.min || n > p.max || end < len(s) && (p.set[s[end]] || isAlnum(s[end])) {
		return 0, false
	}
	if p.valid != nil && !p.valid(unescapeSlashes(s[j:end])) {
		return 0, false
	}
	return end, true
}

// before looks for the secret ahead of the identifier, which starts at
// s[i]: "secret=... id=AKIA...", {"SecretAccessKey":"...","AccessKeyId":...}.
func (p pairSpec) before(s string, i int) (int, int, bool) {
	limit := max(0, i-pairReach)
	j := i
	for j > limit && pairGlue[s[j-1]] {
		j--
	}
	// The identifier's own key: "AccessKeyId":", "id=".
	if k := j; hasAssign(s[j:i]) {
		for k > limit && keyTailChars[s[k-1]] {
			k--
		}
		if k < j {
			e := k
			for e > limit && pairGlue[s[e-1]] {
				e--
			}
			if start, ok := p.secretBefore(s, e, limit); ok {
				return start, e, true
			}
		}
	}
	if start, ok := p.secretBefore(s, j, limit); ok {
		return start, j, true
	}
	return 0, 0, false
}

// secretBefore reads the secret that ends at s[end].
func (p pairSpec) secretBefore(s string, end, limit int) (int, bool) {
	start := end
	for start > limit && end-start <= 2*p.max && (p.set[s[start-1]] || s[start-1] == '\\' && hasAt(s, start, "/")) {
		start--
	}
	v := unescapeSlashes(s[start:end])
	if len(v) < p.min || len(v) > p.max || !boundaryBefore(s, start) {
		return 0, false
	}
	if p.valid != nil && !p.valid(v) {
		return 0, false
	}
	return start, true
}

// pairGlue are the bytes that separate the halves of a pair: spaces,
// quotes, separators and the escapes of JSON text.
var pairGlue = newCharset(" \t\r\n\"'`:,;|=\\{}")

// skipPairGlue skips glue from s[i], but at most one line break, so that a
// pair spans two lines of a credentials file and no more.
func skipPairGlue(s string, i, limit int) int {
	breaks := 0
	for i < limit {
		switch c := s[i]; {
		case c == '\n':
			if breaks++; breaks > 1 {
				return limit
			}
		case c == '\\' && i+1 < len(s) && (s[i+1] == 'n' || s[i+1] == 'r' || s[i+1] == 't' || s[i+1] == '"'):
			if s[i+1] == 'n' {
				if breaks++; breaks > 1 {
					return limit
				}
			}
			i++
		case c == '\\':
			return i
		case !pairGlue[c]:
			return i
		}
		i++
	}
	return i
}

type pairKeySpan struct{ nameEnd, end int }

// pairKey reads a key name at s[i] that an assignment or a space follows
// ("secret=", "secret\":", "--password "), and returns where the name
// and the key end.
func pairKey(s string, i, limit int) (pairKeySpan, bool) {
	flag := i < limit && s[i] == '-'
	j := i
	for j < limit && j-i < 48 && keyTailChars[s[j]] {
		j++
	}
	if j == i || j-i >= 48 || j >= limit {
		return pairKeySpan{}, false
	}
	name := j
	k := skipQuote(s, j)
	k = skipSpaces(s, k)
	switch {
	case hasAt(s, k, ":=") || hasAt(s, k, "=>"):
		return pairKeySpan{name, k + 2}, true
	case k < len(s) && (s[k] == '=' || s[k] == ':'):
		return pairKeySpan{name, k + 1}, true
	case flag && k > j:
		return pairKeySpan{name, k}, true
	}
	return pairKeySpan{}, false
}

// hasAssign reports whether glue holds an assignment: '=' or ':'.
func hasAssign(glue string) bool {
	for i := 0; i < len(glue); i++ {
		if glue[i] == '=' || glue[i] == ':' {
			return true
		}
	}
	return false
}

// mixedClasses reports whether s holds upper- and lower-case letters and a
// digit, as a generated base64 or base62 secret of 30 bytes or more does
// with near certainty; hashes, words and identifiers do not.
func mixedClasses(s string) bool {
	d, l, u := counts(s)
	return d > 0 && l > 0 && u > 0 && varied(s)
}

// hexSecret reports whether s is lower-case hex with letters and digits,
// as a generated hex secret is and a number or a word is not.
func hexSecret(s string) bool {
	d, l, u := counts(s)
	return d > 0 && l > 0 && u == 0 && allIn(s, setHex) && varied(s)
}

// varied reports whether s looks generated: it uses a third of its
// length in distinct bytes (up to 8) and repeats no byte five times in a
// row. Placeholders such as "aaaaaaaaaa1111111111bbbbbbbbbb2222222222"
// do not.
func varied(s string) bool {
	var seen [256]bool
	n, run := 0, 0
	for i := 0; i < len(s); i++ {
		if !seen[s[i]] {
			seen[s[i]] = true
			n++
		}
		if i > 0 && s[i] == s[i-1] {
			if run++; run >= 4 && len(s) >= 16 {
				return false
			}
		} else {
			run = 0
		}
	}
	return n >= min(8, len(s)/3)
}

// idToken reads an identifier that the keyword starts: a prefixed token of
// body set and n bytes after the keyword, case-sensitively even when the
// detector ignores case for its key names.
func idToken(body *charset, min, max int) func(s string, at int, kw string) (int, int, bool) {
	m := prefixToken(body, min, max)
	return func(s string, at int, kw string) (int, int, bool) {
		if !hasAt(s, at, kw) {
			return 0, 0, false
		}
		return m(s, at, kw)
	}
}

// pairedIdentifiers are the detectors of identifiers whose secret travels
// beside them with no form of its own, as the pair declarations name
// them.
var pairedIdentifiers = map[string]bool{}
