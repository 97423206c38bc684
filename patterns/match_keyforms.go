package patterns

// Log lines quote configuration and code, so a key name and its value are
// written in more ways than key=value. afterKey accepts, besides the
// separators of [afterSeparator], the assignments of Makefiles ("::=",
// ":::="), PHP (".=") and shells ("?="), a typed declaration (var key
// string = "value"), a quoted argument list
// (setProperty("KEY", "value")), and an XML element (<key>value</key>, the
// value possibly on the next line).

// afterKey returns where the value starts after a key that spans
// s[at:j], at being the keyword inside it.
func afterKey(s string, at, j int) (int, bool) {
	k := skipSpaces(s, skipQuote(s, j))
	if !hasAt(s, k, "::=") && !hasAt(s, k, ":::=") {
		if i, ok := afterSeparator(s, j); ok {
			return skipBacktick(s, i), true
		}
	}
	switch {
	case hasAt(s, k, ":::="):
		k += 4
	case hasAt(s, k, "::="):
		k += 3
	case hasAt(s, k, ".="), hasAt(s, k, "?="):
		k += 2
	case k > j && k < len(s) && s[k] == ',' && (s[j] == '"' || s[j] == '\''):
		k++ // "KEY", "value": a quoted key then a comma
	case k == j && k < len(s) && s[k] == '>' && xmlElement(s, at):
		k++
		for n := 0; k < len(s) && n < 32 && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r'); n++ {
			k++
		}
		return k, k < len(s)
	case k > j && k < len(s) && isAlpha(s[k]):
		// A typed declaration: var key string = "value".
		w := span(s, k, typeNameChars, 25)
		m := skipSpaces(s, w)
		if w-k > 24 || m == w || !hasAt(s, m, "=") || hasAt(s, m, "==") {
			return 0, false
		}
		k = m + 1
	default:
		return 0, false
	}
	k = skipSpaces(s, k)
	k = skipBacktick(s, skipQuote(s, k))
	return k, k < len(s)
}

// typeNameChars are the bytes of a type in a declaration: string, []byte,
// *url.URL.
var typeNameChars = newCharset("A-Za-z0-9_.[]*")

// xmlElement reports whether the key whose keyword is at s[at:] is an XML
// element name: '<' starts it.
func xmlElement(s string, at int) bool {
	i := at
	for i > 0 && at-i < 32 && keyTailChars[s[i-1]] {
		i--
	}
	return i > 0 && s[i-1] == '<'
}

// skipBacktick skips the backtick that opens a Go raw string or a shell
// command substitution.
func skipBacktick(s string, i int) int {
	if i < len(s) && s[i] == '`' {
		return i + 1
	}
	return i
}
