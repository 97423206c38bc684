package patterns

// Key rules inside free text: "password=hunter2", `"api_key":"..."`,
// "Authorization: Bearer ..." in a message, a logfmt line or a whole JSON
// line. The engine wakes on '=' and ':' and reads the key just before it
// backwards through the key trie, so an ordinary key costs a byte or two.

// maxFreeValue bounds an unquoted or unterminated value, so that a key near
// the start of a huge line cannot swallow the rest of it.
const maxFreeValue = 4096

// authSchemes are HTTP authorization schemes: the credential follows the
// scheme word, so the value is extended over it.
var authSchemes = []string{"bearer", "basic", "token", "digest", "bot", "negotiate", "apikey", "sso-key", "key"}

func (e *Engine) scanKeyValue(dst []Finding, s string, sep int) []Finding {
	if e.kv < 0 || sep == 0 || sep+1 >= len(s) {
		return dst
	}
	next := s[sep+1]
	if s[sep] == ':' && (next == '/' || next == ':') || s[sep] == '=' && next == '=' {
		return dst // a URL scheme, IPv6, or "=="
	}
	keyEnd := sep
	if c := s[keyEnd-1]; c == '"' || c == '\'' {
		keyEnd--
		if keyEnd > 0 && s[keyEnd-1] == '\\' {
			keyEnd--
		}
	}
	if keyEnd == 0 || !isAlnum(s[keyEnd-1]) {
		return dst
	}
	t, termStart := e.keys.matchEnd(s, keyEnd)
	if t == nil || inMaskLabel(s, termStart) {
		return dst
	}
	vs, ve, ok := freeValue(s, sep+1, t.term == "authorization" || t.term == "auth")
	if !ok {
		return dst
	}
	d := &e.dets[e.kv]
	return append(dst, Finding{DetectorID: d.ID, Category: t.category, Start: vs, End: ve, Key: t.term})
}

// freeValue finds the value that starts at or after s[i]. An
// Authorization value is "<scheme> <credential>" whatever the scheme
// ("Splunk", "SSWS", ...), so under such a key the word after the first is
// always taken along.
func freeValue(s string, i int, authorization bool) (start, end int, ok bool) {
	for n := 0; i < len(s) && n < 3 && (s[i] == ' ' || s[i] == '\t'); n++ {
		i++
	}
	if i >= len(s) {
		return 0, 0, false
	}
	switch c := s[i]; {
	case c == '"' || c == '\'':
		start = i + 1
		end = start
		for end < len(s) && s[end] != c && end-start < maxFreeValue {
			if s[end] == '\\' {
				end++
			}
			end++
		}
		end = min(end, len(s))
	case c == '\\' && i+1 < len(s) && s[i+1] == '"':
		// A quoted value inside a JSON string: \"...\".
		start = i + 2
		end = start
		for end < len(s) && end-start < maxFreeValue && !(s[end] == '\\' && end+1 < len(s) && s[end+1] == '"') {
			end++
		}
	case c == '{' || c == '[':
		return 0, 0, false
	case c == '$' && i+1 < len(s) && s[i+1] == '{':
		// A template reference: "${DB_PASSWORD}".
		start, end = i, i+2
		for end < len(s) && s[end] != '}' && end-start < 256 {
			end++
		}
		if end < len(s) && s[end] == '}' {
			end++
		}
	default:
		start = i
		end = unquotedEnd(s, start)
		if end > start && (authorization || isAuthScheme(s[start:end])) && end+1 < len(s) && s[end] == ' ' {
			if e2 := unquotedEnd(s, end+1); e2 > end+1 {
				end = e2
			}
		}
	}
	v := s[start:end]
	if v == "" || alreadyMasked(v) || placeholder(v) {
		return 0, 0, false
	}
	return start, end, true
}

func unquotedEnd(s string, i int) int {
	j := i
	for j < len(s) && j-i < maxFreeValue {
		switch s[j] {
		case ' ', '\t', '\n', '\r', ',', ';', '&', '"', '\'', ')', ']', '}', '<', '>', '\\':
			return j
		}
		j++
	}
	return j
}

func isAuthScheme(v string) bool {
	for _, a := range authSchemes {
		if len(v) == len(a) && hasFold(v, 0, a) {
			return true
		}
	}
	return false
}

// placeholder reports values that hold no secret: JSON literals, the
// empty markers people write, and template references such as
// "${DB_PASSWORD}", "{{ .Values.token }}" or "$API_KEY" that name where a
// secret comes from.
func placeholder(v string) bool {
	switch v {
	case "null", "nil", "none", "None", "true", "false", "undefined", "<nil>", "-", "\"\"":
		return true
	}
	n := len(v)
	switch {
	case n > 3 && v[:2] == "${" && v[n-1] == '}', n > 4 && v[:2] == "{{" && v[n-2:] == "}}":
		return true
	case n > 2 && v[0] == '$':
		for i := 1; i < n; i++ {
			if c := v[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
				return false
			}
		}
		return true
	}
	return false
}

// inMaskLabel reports whether the key that ends a term starting at i is
// the detector ID inside a mask such as "[REDACTED:credit-card:9f86...]":
// that is output, not a key.
func inMaskLabel(s string, i int) bool {
	for i > 0 && (isAlnum(s[i-1]) || s[i-1] == '-') {
		i--
	}
	return i >= len(maskPrefix)+1 && s[i-len(maskPrefix)-1:i] == maskPrefix+":"
}
