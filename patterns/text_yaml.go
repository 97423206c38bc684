package patterns

// Values on the lines after their key. Pretty-printed JSON puts a value
// on the next line ("password":\n    "x"); YAML a scalar, a nested
// mapping or a block ("password: |\n  x"), each indented deeper than its
// key. A block is masked whole, from its first byte to the end of its last
// line, unless it is a mapping that only says where a secret lives
// (secretKeyRef: {name, key}; text_container.go).

// readNextLine reads a value that starts on a line after its key's
// separator; i is the line break that ends the key's line.
func (e *Engine) readNextLine(dst []Finding, s string, k keyAt, vd textVerdict, i int, esc bool, st *kvState) []Finding {
	j := i
	for j < len(s) {
		if isSpaceByte(s[j]) {
			j++
		} else if c, n := escapeAt(s, j); esc && (c == '\n' || c == '\r' || c == '\t') {
			j += n
		} else {
			break
		}
	}
	if j >= len(s) {
		return dst
	}
	if c := s[j]; isQuoteByte(c) || c == '{' || c == '[' {
		v, ok := readValue(s, j, false, st)
		if !ok {
			return dst
		}
		return e.takeValue(dst, s, vd, v, st)
	}
	if !keyStartsLineEsc(s, k, esc) {
		return dst
	}
	return e.readYAMLBlock(dst, s, k, vd, i, false, esc, st)
}

// blockIndicator reports whether s[i] starts a YAML block scalar header
// ("|", ">", "|-", ">+", "|2") with nothing but a comment after it.
func blockIndicator(s string, i int) bool {
	j := i + 1
	for j < len(s) && (s[j] == '-' || s[j] == '+' || isDigit(s[j])) {
		j++
	}
	j = skipBlanks(s, j)
	return j >= len(s) || s[j] == '\n' || s[j] == '\r' || s[j] == '#' || lineBreakAt(s, j, true) > 0
}

// lineBreakAt returns the width of a line break at s[i]: a raw one, or,
// in text escaped inside a JSON string (esc), the \n escape; 0 if none.
func lineBreakAt(s string, i int, esc bool) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case '\n':
		return 1
	case '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 2
		}
		return 1
	case '\\':
		if esc && i+1 < len(s) && (s[i+1] == 'n' || s[i+1] == 'r') && backslashesBefore(s, i)%2 == 0 {
			if hasAt(s, i+2, `\n`) && s[i+1] == 'r' {
				return 4
			}
			return 2
		}
	}
	return 0
}

// lineEndEsc returns where the line holding s[i] ends: at a line break,
// or in escaped text also at the quote that ends the enclosing string.
func lineEndEsc(s string, i int, esc bool) int {
	if !esc {
		return lineEnd(s, i)
	}
	for j := i; j < len(s); j++ {
		if lineBreakAt(s, j, true) > 0 || s[j] == '"' && backslashesBefore(s, j)%2 == 0 {
			return j
		}
	}
	return len(s)
}

// lineStartEsc returns where the line holding s[i] starts.
func lineStartEsc(s string, i int, esc bool) int {
	for j := i; j > 0; j-- {
		if s[j-1] == '\n' || s[j-1] == '\r' {
			return j
		}
		if esc && j >= 2 && s[j-2] == '\\' && (s[j-1] == 'n' || s[j-1] == 'r') && backslashesBefore(s, j-2)%2 == 0 {
			return j
		}
		if esc && s[j-1] == '"' && backslashesBefore(s, j-1)%2 == 0 {
			return j
		}
	}
	return 0
}

// keyStartsLineEsc is keyStartsLine for escaped text too.
func keyStartsLineEsc(s string, k keyAt, esc bool) bool {
	if !esc {
		return keyStartsLine(s, k)
	}
	b := k.start
	if k.quoted {
		b = k.q.start
	}
	ls := lineStartEsc(s, b, true)
	for j := ls; j < b; j++ {
		if s[j] != ' ' && s[j] != '\t' && s[j] != '-' {
			return false
		}
	}
	return true
}

// readYAMLBlock reads the lines after the key's line (which ends at eol)
// that are indented deeper than the key. scalar is set after a block
// scalar header, whose lines are text whatever they hold.
func (e *Engine) readYAMLBlock(dst []Finding, s string, k keyAt, vd textVerdict, eol int, scalar, esc bool, st *kvState) []Finding {
	b := k.start
	if k.quoted {
		b = k.q.start
	}
	ks := lineStartEsc(s, b, esc)
	indent := b - ks
	if scalar {
		// After a block header, the block is indented deeper than the
		// key's line, wherever on it the key stands.
		j := ks
		for j < b && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		indent = j - ks
	}
	start, end := -1, -1
	mapping := false
	i := eol
	for i < len(s) {
		// i is at a line break: the next line starts after it.
		w := lineBreakAt(s, i, esc)
		if w == 0 {
			break
		}
		ls := i + w
		j := ls
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		le := lineEndEsc(s, j, esc)
		if j == le {
			// A blank line belongs to the block if the block goes on.
			if lineBreakAt(s, le, esc) == 0 {
				break
			}
			i = le
			continue
		}
		if j-ls <= indent {
			break
		}
		if start < 0 {
			start = j
			mapping = !scalar && yamlEntry(s, j, le)
		}
		end = le
		for end > j && (s[end-1] == ' ' || s[end-1] == '\t') {
			end--
		}
		i = le
	}
	if start < 0 || e.isMask(s[start:end]) {
		return dst
	}
	if mapping {
		if e.referenceBlock(s[start:end]) {
			st.valEnd = max(st.valEnd, end)
			return dst
		}
		return e.keyFinding(dst, vd, start, end, st)
	}
	if !scalar && lineEndEsc(s, start, esc) >= end {
		// A plain scalar on the next line.
		return e.takeValue(dst, s, vd, value{start: start, end: end, next: end, quoted: true}, st)
	}
	return e.keyFinding(dst, vd, start, end, st)
}

// yamlEntry reports whether the line s[i:end] is a mapping entry or a
// list item: "key: ...", "- ...".
func yamlEntry(s string, i, end int) bool {
	if s[i] == '-' && (i+1 == end || s[i+1] == ' ') {
		return true
	}
	_, _, ok := memberKeyAt(s, i)
	return ok
}
