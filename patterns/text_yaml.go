package patterns

// Values on the lines after their key. Pretty-printed JSON puts a value
// on the next line ("password":\n    "x"); YAML a scalar, a nested
// mapping or a block ("password: |\n  x"), each indented deeper than its
// key. A block is masked whole, from its first byte to the end of its last
// line, unless it is a mapping that only says where a secret lives
// (secretKeyRef: {name, key}; text_container.go).

// readNextLine reads a value that starts on a line after its key's
// separator; i is the line break that ends the key's line.
func (e *Engine) readNextLine(dst []Finding, s string, k keyAt, vd textVerdict, i int, st *kvState) []Finding {
	j := i
	for j < len(s) && isSpaceByte(s[j]) {
		j++
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
	if !keyStartsLine(s, k) {
		return dst
	}
	return e.readYAMLBlock(dst, s, k, vd, i, false, st)
}

// blockIndicator reports whether s[i] starts a YAML block scalar header
// ("|", ">", "|-", ">+", "|2") with nothing but a comment after it.
func blockIndicator(s string, i int) bool {
	j := i + 1
	for j < len(s) && (s[j] == '-' || s[j] == '+' || isDigit(s[j])) {
		j++
	}
	j = skipBlanks(s, j)
	return j >= len(s) || s[j] == '\n' || s[j] == '\r' || s[j] == '#'
}

// readYAMLBlock reads the lines after the key's line (which ends at eol)
// that are indented deeper than the key. scalar is set after a block
// scalar header, whose lines are text whatever they hold.
func (e *Engine) readYAMLBlock(dst []Finding, s string, k keyAt, vd textVerdict, eol int, scalar bool, st *kvState) []Finding {
	indent := columnOf(s, k)
	if scalar {
		// After a block header, the block is indented deeper than the
		// key's line, wherever on it the key stands.
		indent = lineIndent(s, k.start)
	}
	start, end := -1, -1
	mapping := false
	i := eol
	for i < len(s) {
		// i is at a line break: the next line starts after it.
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		ls := i + 1
		j := ls
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		le := lineEnd(s, j)
		if j == le {
			// A blank line belongs to the block if the block goes on.
			if le >= len(s) {
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
		if le >= len(s) {
			break
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
	if !scalar && lineEnd(s, start) >= end {
		// A plain scalar on the next line.
		return e.takeValue(dst, s, vd, value{start: start, end: end, next: end, quoted: true}, st)
	}
	return e.keyFinding(dst, vd, start, end, st)
}

// columnOf returns the column of k's first byte (or its quote) on its
// line, a YAML list dash counted as indentation.
func columnOf(s string, k keyAt) int {
	b := k.start
	if k.quoted {
		b = k.q.start
	}
	ls := b
	for ls > 0 && s[ls-1] != '\n' && s[ls-1] != '\r' {
		ls--
	}
	return b - ls
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

// lineIndent returns the indentation of the line holding s[i].
func lineIndent(s string, i int) int {
	ls := i
	for ls > 0 && s[ls-1] != '\n' && s[ls-1] != '\r' {
		ls--
	}
	j := ls
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return j - ls
}
