package patterns

// The free-text reader finds key/value structure in any text: a log
// message, a logfmt or JSON line, a config dump, a command line. It is
// entered where the prefilter finds a word of a sensitive key
// (keys_terms.go) or one of its own rare literals (text_literals.go), never
// at every '=' or ':', and reads the whole key around that word, then what
// follows it: a separator in any of the forms text uses (=, :, :=, =>, ->,
// with or without spaces), a quote at any escaping depth, a flag's next
// argument, an XML tag's content, the value member of a name/value pair.
// Only when the key is sensitive is its value read and masked.

// kvState is the reader's progress through one scan: a key is read once,
// whichever of its words woke the reader, and key words inside a value
// already taken are not read as keys.
type kvState struct {
	keyEnd int
	valEnd int
	qEnd   int            // query values already decoded (text_query.go)
	depth  int            // how many decodings deep this scan is
	cf     *containerFail // pooled; release returns it
}

// release returns what the scan borrowed.
func (st *kvState) release() {
	if st.cf != nil {
		st.releaseFails() // kept apart so that release inlines
	}
}

// releaseFails must not inline: release, which calls it, must, and the
// two together exceed the inliner's budget.
//
//go:noinline
func (st *kvState) releaseFails() {
	st.cf.end, st.cf.n = 0, 0
	containerFails.Put(st.cf)
	st.cf = nil
}

// keyAt is a key found in text.
type keyAt struct {
	start, end int
	dashes     int      // leading '-' of a command-line flag
	q          quoteTok // the key's quotes, when quoted is set
	quoted     bool
	before     byte // the byte before the key and its quote, blanks skipped
	beforeAt   int  // index of before, or -1
	spaced     bool // blanks stand between before and the key
}

// keyByte reports bytes that keys are made of.
func keyByte(c byte) bool { return isAlnum(c) || c == '_' || c == '-' || c == '.' }

// keyBounds widens the key word at s[from:to] to the whole key around it.
func keyBounds(s string, from, to int) (int, int, bool) {
	ks := from
	for ks > 0 && keyByte(s[ks-1]) {
		ks--
		if to-ks > maxKeyLen {
			return 0, 0, false
		}
	}
	ke := to
	for ke < len(s) && keyByte(s[ke]) {
		ke++
		if ke-ks > maxKeyLen {
			return 0, 0, false
		}
	}
	// An escape of the enclosing string is not part of the key:
	// "\npassword=" in an escaped message, "\u0026token=" in JSON.
	if ks > 0 && s[ks-1] == '\\' && ks < from {
		switch {
		case s[ks] == 'n' || s[ks] == 't' || s[ks] == 'r':
			ks++
		case s[ks] == 'u' && from-ks >= 5 && allHex(s[ks+1:ks+5]):
			ks += 5
		}
	}
	for ke > to && (s[ke-1] == '.' || s[ke-1] == '-') {
		ke-- // "the token." ends a sentence; "password->" an arrow
	}
	return ks, ke, true
}

// readKeyAt reads the key around the key word kw at s[at:], and the value
// after it when the key is sensitive.
func (e *Engine) readKeyAt(dst []Finding, s string, at int, kw string, st *kvState) []Finding {
	if at < st.keyEnd || at < st.valEnd {
		return dst
	}
	ks, ke, ok := keyBounds(s, at, at+len(kw))
	if !ok {
		return dst
	}
	st.keyEnd = ke
	if prose(s, ks, ke) {
		return dst
	}
	k := keyAt{start: ks, end: ke, beforeAt: -1}
	for k.start < ke && s[k.start] == '-' {
		k.start++
		k.dashes++
	}
	for k.start < ke && s[k.start] == '.' {
		k.start++
	}
	if k.start >= ke {
		return dst
	}
	i := ke
	if q, ok := quoteEndingAt(s, k.start); ok && k.dashes == 0 {
		if end, ok := sameQuoteAt(s, ke, q); ok {
			k.q, k.quoted, i = q, true, end
		}
	}
	b := k.start - k.dashes
	if k.quoted {
		b = k.q.start
	}
	p := b
	for p > 0 {
		if s[p-1] == ' ' || s[p-1] == '\t' {
			p--
		} else if c, n := escapeBefore(s, p); c == '\t' {
			p -= n
		} else {
			break
		}
	}
	if p > 0 {
		k.before, k.beforeAt = s[p-1], p-1
		if c, n := escapeBefore(s, p); n == 6 {
			k.before = c // \u003cpassword\u003e
		}
	}
	k.spaced = p < b
	if k.before == ':' && p > len(maskPrefix) && s[p-1-len(maskPrefix):p-1] == maskPrefix {
		return dst // the detector ID inside a mask: [REDACTED:credit-card]
	}
	switch {
	case k.before == '<':
		if n := skipBlanksEsc(s, i); !(n < len(s) && (s[n] == '=' || s[n] == ':')) {
			return e.readXMLElement(dst, s, k, st)
		}
	case k.before == '/' && !k.spaced:
		// A path segment or a closing tag (/api/token, </password>),
		// unless the path is the name of a name/value pair: AWS
		// parameters are named "/prod/db/password".
		return e.readPathName(dst, s, k, st)
	}
	// Subscripts: params["password"], apikey[]=...
	if i+1 < len(s) && s[i] == '[' && s[i+1] == ']' {
		i += 2
	} else if k.quoted && k.before == '[' && i < len(s) && s[i] == ']' {
		i++
	}
	j := skipBlanksEsc(s, i)
	sep, vs := separatorAt(s, j)
	if sep == sepNone && j == i && i < len(s) && s[i] == ',' && !k.quoted && k.before != ':' && k.before != '=' {
		// A CSV row: key,value, with a value that looks like a token.
		return e.readCSVValue(dst, s, k, i+1, st)
	}
	if (k.before == ':' || k.before == '=') && sep == sepNone {
		// The key word is a value: the name of a name/value pair.
		vd := e.classifyText(s[k.start:ke])
		if !vd.ok() {
			return dst
		}
		return e.readNameValue(dst, s, k, vd, i, st)
	}
	if sep == sepNone && (j == i || !plausibleSpaced(s, k, j)) {
		return dst
	}
	if sep == sepColon && k.before == ':' && !k.spaced && vs < len(s) && s[vs] != ' ' && s[vs] != '\t' {
		// A colon-separated tuple, not a key and its value:
		// io.jsonwebtoken:jjwt-api:0.11.5, pam_unix(sshd:session).
		return dst
	}
	if sep == sepColon && methodName(s[k.start:ke]) {
		return dst // a method printed before its message: getAuthToken: ...
	}
	if sep == sepColon && k.before == '(' && k.beforeAt > 0 && isAlnum(s[k.beforeAt-1]) && !quoteNext(s, vs) {
		// A label inside a call's parentheses: PAM's
		// pam_unix(passwd:chauthtok), service and facility.
		return dst
	}
	vd := e.classifyText(s[k.start:ke])
	if !vd.ok() {
		return dst
	}
	switch sep {
	case sepNone:
		return e.readSpacedValue(dst, s, k, vd, j, st)
	case sepCall:
		// password("x"), PASSWORD('x'): a call with a string argument.
		q, ok := quoteAt(s, skipBlanks(s, vs))
		if !ok {
			return dst
		}
		v, ok := readValue(s, q.start, false, st)
		if !ok {
			return dst
		}
		return e.takeValue(dst, s, vd, v, st)
	}
	return e.readAfterSeparator(dst, s, k, vd, sep, vs, st)
}

// prose reports a key word used in a sentence ("token refreshed for
// session"): a blank and a word follow it, no typed assignment starts
// there, and neither a flag's dash nor a ':', '=', quote or '<' before it
// makes it a flag, a name or a tag. Most key words in log text are, and
// this settles them before the key is read in full.
func prose(s string, ks, ke int) bool {
	if ke >= len(s) || s[ke] != ' ' || s[ks] == '-' {
		return false
	}
	j := skipBlanks(s, ke)
	if j >= len(s) || !isAlpha(s[j]) {
		return false
	}
	if _, ok := typedAssignment(s, j); ok {
		return false
	}
	p := ks
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if p == 0 {
		return true
	}
	switch s[p-1] {
	case ':', '=', '"', '\'', '`', '<', '\\':
		return false
	}
	return true
}
