package patterns

// Name/value pairs: a sensitive name written as the value of a "name" or
// "key" member, with the secret in a "value" member of the same object or
// tag, before or after it. Kubernetes env vars and HAR headers
// ({"name":"DB_PASSWORD","value":"x"}), AWS parameters
// ({"ParameterKey":"DbPassword","ParameterValue":"x"}), Go's %+v
// ({Name:DB_PASSWORD Value:x}), .NET and Java config
// (<add key="Password" value="x"/>, <entry key="db.password">x</entry>),
// YAML ("- name: DB_PASSWORD\n  value: x"). A "valueFrom" member is a
// reference to where the value lives and is left alone.

const (
	// maxMembers bounds the members looked at for the value of a name.
	maxMembers = 8
	// maxMemberScan bounds how far back the value member before a name
	// is looked for.
	maxMemberScan = 8 << 10
)

// readNameValue handles the sensitive name k, written as the value of
// the key before it; after is where the text after the name resumes.
func (e *Engine) readNameValue(dst []Finding, s string, k keyAt, vd textVerdict, after int, st *kvState) []Finding {
	if k.beforeAt < 0 || !e.nameKeyBefore(s, k.beforeAt) {
		return dst
	}
	pos := after
	xmlTag := k.before == '='
	for m := 0; m < maxMembers; m++ {
		pos = skipMemberGap(s, pos)
		if pos >= len(s) {
			break
		}
		c := s[pos]
		if c == '}' || c == ']' || c == ')' || c == '/' {
			break
		}
		gt := 1
		if ch, n := escapeAt(s, pos); ch == '>' && n == 6 {
			c, gt = '>', n
		}
		if c == '>' {
			if xmlTag {
				if v, ok := e.valueMemberBefore(s, k.beforeAt, nameStartOf(s, k)); ok {
					return e.takeValue(dst, s, vd, v, st)
				}
				return e.xmlContent(dst, s, vd, pos+gt, st)
			}
			break
		}
		key, vs, ok := memberKeyAt(s, pos)
		if !ok {
			break
		}
		v, ok := readValue(s, skipBlanks(s, vs), false, st)
		if !ok {
			break
		}
		if e.valueMemberKey(key) {
			return e.takeValue(dst, s, vd, v, st)
		}
		pos = v.next
	}
	// The value member may come first: {"value":"x","name":"DB_PASSWORD"}.
	if v, ok := e.valueMemberBefore(s, k.beforeAt, nameStartOf(s, k)); ok {
		return e.takeValue(dst, s, vd, v, st)
	}
	return dst
}

// skipMemberGap skips what stands between two members: blanks, line
// breaks, escaped line breaks and one ',' or ';'.
func skipMemberGap(s string, i int) int {
	sep := false
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '\\' && i+1 < len(s) && (s[i+1] == 'n' || s[i+1] == 't' || s[i+1] == 'r'):
			i += 2
		case (c == ',' || c == ';') && !sep:
			sep = true
			i++
		default:
			return i
		}
	}
	return i
}

// memberKeyAt reads a member key at s[i] (quoted at any depth, or bare),
// its closing quote, blanks and a ':' or '='. It returns the key and where
// its value may start.
func memberKeyAt(s string, i int) (string, int, bool) {
	q, quoted := quoteAt(s, i)
	ks := i
	if quoted {
		ks = q.end
	}
	ke := ks
	for ke < len(s) && ke-ks <= maxKeyLen && keyByte(s[ke]) {
		ke++
	}
	if ke == ks || ke-ks > maxKeyLen {
		return "", 0, false
	}
	j := ke
	if quoted {
		end, ok := sameQuoteAt(s, ke, q)
		if !ok {
			return "", 0, false
		}
		j = end
	}
	j = skipBlanks(s, j)
	if j >= len(s) || s[j] != ':' && s[j] != '=' {
		return "", 0, false
	}
	return s[ks:ke], j + 1, true
}

// nameKeyBefore reports whether the key that ends before the separator at
// s[sep] is a name key: its last word is "name" or "key" ("name", "Key",
// "ParameterKey", "headerName").
func (e *Engine) nameKeyBefore(s string, sep int) bool {
	j := sep
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	if q, ok := quoteEndingAt(s, j); ok {
		j = q.start
	}
	ke := j
	for j > 0 && ke-j < maxKeyLen && keyByte(s[j-1]) {
		j--
	}
	if j == ke {
		return false
	}
	return e.keys.vocab.lastWordIs(s[j:ke], "name", "key")
}

// valueMemberKey reports whether a member key names the value of a pair:
// "value", "Value", "ParameterValue", "val".
func (e *Engine) valueMemberKey(key string) bool {
	return e.keys.vocab.lastWordIs(key, "value", "val")
}

// valueMemberBefore reads the member that ends right before the name key
// whose separator is at s[sep], starting at nameStart: when its key is a
// value key, its value is the secret of the pair.
func (e *Engine) valueMemberBefore(s string, sep, nameStart int) (value, bool) {
	// Back over the name key itself.
	j := sep
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	if q, ok := quoteEndingAt(s, j); ok {
		j = q.start
	}
	for j > 0 && keyByte(s[j-1]) {
		j--
	}
	if q, ok := quoteEndingAt(s, j); ok {
		j = q.start
	}
	// Back over the gap between the two members.
	sepSeen := false
	for j > 0 {
		c := s[j-1]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			j--
			continue
		}
		if (c == ',' || c == ';') && !sepSeen {
			sepSeen = true
			j--
			continue
		}
		break
	}
	if j == 0 {
		return value{}, false
	}
	var v value
	if cq, ok := quoteEndingAt(s, j); ok {
		// A quoted value: find its opening quote, of the same depth.
		o := -1
		for i := cq.start - 1; i >= 0 && cq.start-i < maxMemberScan; i-- {
			if s[i] != cq.c {
				continue
			}
			if q, ok := quoteEndingAt(s, i+1); ok && q.depth == cq.depth {
				o = i + 1
				v = value{start: o, end: cq.start, next: cq.end, quoted: true, q: q}
				j = q.start
				break
			}
		}
		if o < 0 {
			return value{}, false
		}
	} else {
		end := j
		for j > 0 && end-j < maxMemberScan && !isBlankOrQuote(s[j-1]) && s[j-1] != ':' && s[j-1] != '{' && s[j-1] != ',' {
			j--
		}
		if j == end {
			return value{}, false
		}
		v = value{start: j, end: end, next: end}
	}
	// The separator and the key of that member.
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	if j == 0 || s[j-1] != ':' && s[j-1] != '=' {
		return value{}, false
	}
	j--
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	if q, ok := quoteEndingAt(s, j); ok {
		j = q.start
	}
	ke := j
	for j > 0 && ke-j < maxKeyLen && keyByte(s[j-1]) {
		j--
	}
	if j == ke || !e.valueMemberKey(s[j:ke]) {
		return value{}, false
	}
	return v, true
}

// nameStartOf returns where the name k starts, its quote included.
func nameStartOf(s string, k keyAt) int {
	if k.quoted {
		return k.q.start
	}
	return k.start
}
