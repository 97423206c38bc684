package patterns

// Allowed keys in text: WithAllowedKeys exempts a field's value in every
// layer, and a line of text writes fields as key=value and key: value
// (logfmt, slog's TextHandler). A finding that starts a value written
// after an allowed key is dropped, as the field's value would be exempt;
// the key rules' own findings, and findings under a sensitive key path
// ("credentials.id" with "id" allowed), are not, as classifyPath decides.

// dropAllowed removes from dst[n0:] the findings that start the value of
// an allowed key in s.
func (e *Engine) dropAllowed(dst []Finding, n0 int, s string) []Finding {
	out := dst[:n0]
	for _, f := range dst[n0:] {
		if !e.allowedValueAt(s, f.Start) {
			out = append(out, f)
		}
	}
	return out
}

// allowedValueAt reports whether the value that starts at s[i] follows an
// allowed key: key=v, key="v", key: v.
func (e *Engine) allowedValueAt(s string, i int) bool {
	j := i
	if j > 0 && (s[j-1] == '"' || s[j-1] == '\'') {
		j--
	}
	switch {
	case j > 0 && s[j-1] == '=':
		j--
	case j > 1 && s[j-1] == ' ' && s[j-2] == ':':
		j -= 2
	default:
		return false
	}
	ke := j
	for j > 0 && ke-j < maxKeyLen && (keyByte(s[j-1]) || s[j-1] == '.') {
		j--
	}
	if j == ke || j > 0 && !isSpaceByte(s[j-1]) && s[j-1] != '{' && s[j-1] != ',' {
		return false
	}
	c, _ := e.classify(s[j:ke])
	return c == keyAllowed
}
