package patterns

import "strings"

// Some credentials have no distinctive form: a Datadog API key is 32 hex
// digits, like an MD5 sum. They are recognized by the key name written in
// front of them, which is then the detector's keyword, and only the value
// is redacted. The matchers here are hand-written rather than regexps so
// that a line full of key names costs a few bytes of work per name, not a
// regexp run over a window each time.

// bodyFunc reads a value that starts at s[i] and returns its end.
type bodyFunc func(s string, i int) (end int, ok bool)

var (
	keyTailChars = newCharset("A-Za-z0-9_.-")
	// tokenChars may not follow a value: it would be part of it.
	tokenChars = newCharset("A-Za-z0-9_+/=-")
)

// keyed returns a Match for a value written after a key name: the keyword
// (part of the key), up to 24 more key bytes ("datadog" also matches
// "DATADOG_API_KEY"), which tail must accept when it is set, then a
// separator in any of the forms log text uses (key=value, key: value,
// key := value, key => value, "key": "value", \"key\":\"value\", and the
// forms of [afterKey]), then a value that body reads. Only the value is
// returned.
func keyed(tail func(key string) bool, body bodyFunc) func(s string, at int, kw string) (int, int, bool) {
	return func(s string, at int, kw string) (int, int, bool) {
		k := at + len(kw)
		j := span(s, k, keyTailChars, 25)
		if j-k > 24 || tail != nil && !tail(s[at:j]) {
			return 0, 0, false
		}
		i, ok := afterKey(s, at, j)
		if !ok {
			return 0, 0, false
		}
		end, ok := body(s, i)
		if !ok {
			return 0, 0, false
		}
		return i, end, true
	}
}

// valueAfter returns a Match for a value that body reads right after the
// keyword, which ends with its separator ("AccountKey=").
func valueAfter(body bodyFunc) func(s string, at int, kw string) (int, int, bool) {
	return func(s string, at int, kw string) (int, int, bool) {
		i := at + len(kw)
		end, ok := body(s, i)
		if !ok {
			return 0, 0, false
		}
		return i, end, true
	}
}

// afterSeparator skips a closing quote, a key-value separator and an
// opening quote from s[i] and returns where the value starts.
func afterSeparator(s string, i int) (int, bool) {
	i = skipQuote(s, i)
	i = skipSpaces(s, i)
	switch {
	case hasAt(s, i, "=>"), hasAt(s, i, ":="):
		i += 2
	case i < len(s) && (s[i] == ':' || s[i] == '='):
		i++
	default:
		return 0, false
	}
	i = skipSpaces(s, i)
	return skipQuote(s, i), i < len(s)
}

func skipQuote(s string, i int) int {
	if i+1 < len(s) && s[i] == '\\' && s[i+1] == '"' {
		return i + 2
	}
	if i < len(s) && (s[i] == '"' || s[i] == '\'') {
		return i + 1
	}
	return i
}

func skipSpaces(s string, i int) int {
	for n := 0; i < len(s) && n < 8 && (s[i] == ' ' || s[i] == '\t'); n++ {
		i++
	}
	return i
}

// run reads min to max bytes of set (a '/' may be written "\/"), which must
// not be followed by another token byte.
func run(set *charset, min, max int) bodyFunc {
	return func(s string, i int) (int, bool) {
		end, n := tokenSpan(s, i, set, max+1)
		if n < min || n > max || end < len(s) && tokenChars[s[end]] {
			return 0, false
		}
		return end, true
	}
}

// literal reads the literal p, then body.
func literal(p string, body bodyFunc) bodyFunc {
	return func(s string, i int) (int, bool) {
		if !hasAt(s, i, p) {
			return 0, false
		}
		return body(s, i+len(p))
	}
}

// firstOf tries bodies in order.
func firstOf(bodies ...bodyFunc) bodyFunc {
	return func(s string, i int) (int, bool) {
		for _, b := range bodies {
			if end, ok := b(s, i); ok {
				return end, true
			}
		}
		return 0, false
	}
}

// uuidBody reads a UUID.
func uuidBody(s string, i int) (int, bool) {
	if len(s)-i < 36 || !isUUID(s[i:i+36]) || i+36 < len(s) && tokenChars[s[i+36]] {
		return 0, false
	}
	return i + 36, true
}

// tailHas accepts a key whose bytes after the keyword hold one of words,
// in any case.
func tailHas(words ...string) func(string) bool {
	return func(key string) bool {
		k := strings.ToLower(key)
		for _, w := range words {
			if strings.Contains(k, w) {
				return true
			}
		}
		return false
	}
}

// isUUID reports whether s is a UUID in canonical lower- or upper-case
// hex form.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < 36; i++ {
		switch i {
		case 8, 13, 18, 23:
			if s[i] != '-' {
				return false
			}
		default:
			if !isHexDigit(s[i]) {
				return false
			}
		}
	}
	return true
}

// literalAfter reads body, then the literal p.
func literalAfter(body bodyFunc, p string) bodyFunc {
	return func(s string, i int) (int, bool) {
		end, ok := body(s, i)
		if !ok && i < len(s) {
			// body refused because p follows: read it without its
			// boundary check.
			end, ok = bodyBefore(body, s, i, p)
		}
		if !ok || !hasAt(s, end, p) || end+len(p) < len(s) && tokenChars[s[end+len(p)]] {
			return 0, false
		}
		return end + len(p), true
	}
}

// bodyBefore runs body on s cut where p next occurs, so that a body that
// checks what follows it sees the end of its input instead of p.
func bodyBefore(body bodyFunc, s string, i int, p string) (int, bool) {
	k := strings.Index(s[i:min(len(s), i+4096)], p)
	if k < 0 {
		return 0, false
	}
	return body(s[:i+k], i)
}

// scheme returns a Match for a value after an authorization scheme word
// (the keyword, which ends with a space): the keyword must start a word,
// more spaces may follow, and body reads the value.
func scheme(body bodyFunc) func(s string, at int, kw string) (int, int, bool) {
	return func(s string, at int, kw string) (int, int, bool) {
		if at > 0 && isAlnum(s[at-1]) {
			return 0, 0, false
		}
		i := skipSpaces(s, at+len(kw))
		end, ok := body(s, i)
		if !ok {
			return 0, 0, false
		}
		return i, end, true
	}
}

// keyVariants spells a key name made of words in the cases and joins that
// configuration and code use: snake_case, SCREAMING_SNAKE, camelCase,
// PascalCase, kebab-case and all lower case. A detector that must match
// its key names case-sensitively (because it also has keywords whose case
// matters) lists them all.
func keyVariants(words ...string) []string {
	var snake, upper, camel, pascal, kebab, flat strings.Builder
	for i, w := range words {
		if i > 0 {
			snake.WriteByte('_')
			upper.WriteByte('_')
			kebab.WriteByte('-')
		}
		snake.WriteString(w)
		upper.WriteString(strings.ToUpper(w))
		kebab.WriteString(w)
		flat.WriteString(w)
		t := strings.ToUpper(w[:1]) + w[1:]
		if i == 0 {
			camel.WriteString(w)
		} else {
			camel.WriteString(t)
		}
		pascal.WriteString(t)
	}
	out := []string{snake.String(), upper.String(), camel.String(), pascal.String(), kebab.String(), flat.String()}
	// A single word has fewer distinct spellings.
	seen := map[string]bool{}
	uniq := out[:0]
	for _, v := range out {
		if !seen[v] {
			seen[v] = true
			uniq = append(uniq, v)
		}
	}
	return uniq
}
