package patterns

import "strings"

// Assignments: what follows a key in text. A separator in any of the
// forms text writes (=, :, :=, ::=, =>, ->, +=, .=, a call's parenthesis),
// or none: a command-line flag's argument, a quoted string (SQL's
// PASSWORD 'x'), a typed declaration (var token string = "x"), a CSV
// field. The value then ends where text_value.go says.

// plausibleSpaced reports whether a key followed by blanks and no
// separator can still have a value at s[j]: a command-line flag's
// argument, a quoted string (SQL's PASSWORD 'x'), or a typed declaration
// (var token string = "x").
func plausibleSpaced(s string, k keyAt, j int) bool {
	if j >= len(s) {
		return false
	}
	switch c := s[j]; {
	case k.dashes > 0:
		return c != '-' && c != '\n' && c != '\r'
	case isQuoteByte(c):
		return true
	case isAlpha(c):
		// Prose puts words after a key word ("token refreshed"); only
		// a type followed by an assignment makes a declaration.
		_, ok := typedAssignment(s, j)
		return ok
	}
	return false
}

// readSpacedValue reads a value after a key and blanks, with no
// separator: a flag's argument, a quoted string, or a typed declaration.
func (e *Engine) readSpacedValue(dst []Finding, s string, k keyAt, vd textVerdict, j int, st *kvState) []Finding {
	c := s[j]
	switch {
	case k.dashes > 0 && (k.start-k.dashes == 0 || isBlankOrQuote(s[k.start-k.dashes-1])):
		if c == '-' {
			return dst
		}
		v, ok := readValue(s, j, false, st)
		if !ok {
			return dst
		}
		return e.takeValue(dst, s, vd, v, st)
	case isQuoteByte(c):
		// SQL's PASSWORD 'x' and a key before a quoted string and ';':
		// the key unquoted, the string ending its statement or written
		// after an upper-case keyword. Prose names things in quotes
		// ("Using credentials 'deploy-key' for ..."), and so does
		// Terraform (resource "aws_secretsmanager_secret" "db").
		if k.quoted {
			return dst
		}
		v, ok := readValue(s, j, false, st)
		if !ok || !v.quoted {
			return dst
		}
		n := skipBlanks(s, v.next)
		if !(n >= len(s) || s[n] == ';' || s[n] == ')' || s[n] == '\n' || s[n] == ',' || upperWord(s[k.start:k.end])) {
			return dst
		}
		return e.takeValue(dst, s, vd, v, st)
	}
	// A type between the key and its assignment: var token string = "x".
	if vs, ok := typedAssignment(s, j); ok {
		v, ok := readValue(s, vs, false, st)
		if ok && v.quoted {
			return e.takeValue(dst, s, vd, v, st)
		}
	}
	return dst
}

// typedAssignment reads a type name at s[j], blanks and an assignment
// ("string = ", "String := "), and returns where the value starts.
func typedAssignment(s string, j int) (int, bool) {
	t := j
	for t < len(s) && t-j < 40 && (isAlnum(s[t]) || s[t] == '_' || s[t] == '.' || s[t] == '[' || s[t] == ']' || s[t] == '*' || s[t] == '?') {
		t++
	}
	if t == j {
		return 0, false
	}
	sep, vs := separatorAt(s, skipBlanks(s, t))
	if sep != sepAssign {
		return 0, false
	}
	return skipBlanks(s, vs), true
}

func isBlankOrQuote(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '"' || c == '\'' || c == '=' || c == '('
}

func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// sepKind is the kind of separator between a key and its value.
type sepKind uint8

const (
	sepNone   sepKind = iota
	sepAssign         // = := ::= :::= ?= += .= => ->
	sepColon          // :
	sepCall           // (
)

// separatorAt reads a separator at s[j] and returns where it ends.
func separatorAt(s string, j int) (sepKind, int) {
	if j >= len(s) {
		return sepNone, j
	}
	next := byte(0)
	if j+1 < len(s) {
		next = s[j+1]
	}
	if c, n := escapeAt(s, j+1); c == '>' && n == 6 && (s[j] == '=' || s[j] == '-') {
		return sepAssign, j + 1 + n // =\u003e in an escaped string
	}
	switch s[j] {
	case '=':
		switch next {
		case '=', '~':
			return sepNone, j // a comparison
		case '>':
			return sepAssign, j + 2
		}
		return sepAssign, j + 1
	case ':':
		n := 1
		for n < 4 && j+n < len(s) && s[j+n] == ':' {
			n++
		}
		if j+n < len(s) && s[j+n] == '=' {
			return sepAssign, j + n + 1 // := ::= :::=
		}
		if n > 1 || next == '/' && j+2 < len(s) && s[j+2] == '/' {
			return sepNone, j // a scope (Token::new) or a URL
		}
		return sepColon, j + 1
	case '?', '+', '.':
		if next == '=' && !(j+2 < len(s) && s[j+2] == '=') {
			return sepAssign, j + 2
		}
	case '-':
		if next == '>' {
			return sepAssign, j + 2
		}
	case '(':
		return sepCall, j + 1
	}
	return sepNone, j
}

// readAfterSeparator reads the value after a key's separator: on the same
// line, on the next line (pretty-printed JSON, YAML), or as a YAML block.
func (e *Engine) readAfterSeparator(dst []Finding, s string, k keyAt, vd textVerdict, sep sepKind, vs int, st *kvState) []Finding {
	i := skipBlanksEsc(s, vs)
	if i < len(s) && s[i] == '@' && i+1 < len(s) && s[i+1] == '"' {
		i++ // Objective-C's @"..."
	}
	if i >= len(s) {
		return dst
	}
	if c := s[i]; c == '\n' || c == '\r' {
		return e.readNextLine(dst, s, k, vd, i, false, st)
	}
	if lineBreakAt(s, i, true) > 0 {
		// The value on the next line of text escaped in a JSON string.
		return e.readNextLine(dst, s, k, vd, i, true, st)
	}
	ind := i // a block header: |, > or its escape \u003e
	if c, n := escapeAt(s, i); c == '>' && n == 6 {
		ind = i + 5
	}
	if sep == sepColon && (s[i] == '|' || s[i] == '>' || ind > i) && blockIndicator(s, ind) {
		eol := lineEndEsc(s, i, true)
		esc := eol < len(s) && s[eol] == '\\'
		if !esc {
			eol = lineEnd(s, i)
		}
		return e.readYAMLBlock(dst, s, k, vd, eol, true, esc, st)
	}
	line := sep == sepColon && keyStartsLine(s, k) && !isQuoteByte(s[i]) && s[i] != '{' && s[i] != '[' &&
		!restHasField(s, i)
	v, ok := readValue(s, i, line, st)
	if !ok {
		return dst
	}
	if sep == sepColon && !v.quoted && !v.container {
		// A type annotation: token: string = "x".
		if ts, ok := typedAssignment(s, i); ok && ts < len(s) && isQuoteByte(s[ts]) {
			if tv, ok := readValue(s, ts, false, st); ok && tv.quoted {
				v = tv
			}
		}
	}
	return e.takeValue(dst, s, vd, v, st)
}

// keyStartsLine reports whether only indentation and a YAML list dash
// stand before k on its line.
func keyStartsLine(s string, k keyAt) bool {
	b := k.start
	if k.quoted {
		b = k.q.start
	}
	j := b
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	if j > 1 && s[j-1] == '-' && (s[j-2] == ' ' || s[j-2] == '\n') {
		j--
		for j > 0 && s[j-1] == ' ' {
			j--
		}
	}
	return j == 0 || s[j-1] == '\n' || s[j-1] == '\r'
}

// restHasField reports whether another "key=" or "key: " follows on the
// line, so that a value read to the end of its line would swallow it.
func restHasField(s string, i int) bool {
	end := lineEnd(s, i)
	for j := i; j < end; j++ {
		if s[j] != ' ' {
			continue
		}
		k := j + 1
		for k < end && (isAlnum(s[k]) || s[k] == '_' || s[k] == '-' || s[k] == '.') {
			k++
		}
		if k > j+1 && k < end && (s[k] == '=' || s[k] == ':' && k+1 < end && s[k+1] == ' ') {
			return true
		}
	}
	return false
}

// takeValue masks v, read under a key of verdict vd, by the key's rule.
// Key words inside a value that was read are not keys, whether the value
// is masked or not (${DB_PASSWORD:=x} names a variable, not a key).
func (e *Engine) takeValue(dst []Finding, s string, vd textVerdict, v value, st *kvState) []Finding {
	r := vd.rule
	if r.policy == polConn {
		return dst // the password inside is found where it is
	}
	raw := s[v.start:v.end]
	if e.isMask(raw) || referenceValue(raw) {
		// Nothing inside a mask or a reference is a key.
		st.valEnd = max(st.valEnd, v.end)
		return dst
	}
	if v.container && raw[0] == '[' && (r.policy == polAuth || r.policy == polAuthorization || r.policy == polCookie) {
		// A header in a Go http.Header dump: map[Authorization:[Bearer x]].
		in := raw[1 : len(raw)-1]
		if e.isMask(in) {
			st.valEnd = max(st.valEnd, v.end)
			return dst
		}
		if in != "" && isAlpha(in[0]) && strings.ContainsAny(in, " =") && strings.Count(in, "[") == strings.Count(in, maskPrefix) && strings.IndexByte(in, '{') < 0 {
			v = value{start: v.start + 1, end: v.end - 1, next: v.next, quoted: true}
		}
	}
	if v.container {
		if r.policy == polTokenLike {
			return dst // only a token under "key" or "sid" is a secret
		}
		if e.referenceContainer(raw) {
			st.valEnd = max(st.valEnd, v.end)
			return dst
		}
		return e.keyFinding(dst, vd, v.start, v.end, st)
	}
	switch r.policy {
	case polCookie:
		return e.cookieValues(dst, s, vd, v, st)
	case polAuth, polAuthorization:
		return e.authValue(dst, s, vd, v, st)
	}
	after := ""
	if !v.quoted {
		after = s[v.end:min(len(s), v.end+48)]
		if proseValue(raw, after) {
			return dst
		}
		// A value read to the end of its line is judged by its first
		// word too: "sessions: 12 active, 3 idle" counts.
		if sp := strings.IndexByte(raw, ' '); sp > 0 && !e.secretValue(r, vd.plural, raw[:sp], raw[sp:]) {
			return dst
		}
	}
	if vd.name == "secret" && kubeObjectRef(raw) {
		return dst
	}
	if !e.secretValue(r, vd.plural, raw, after) {
		// Code is no key, and a long value is read once: key words in
		// it are skipped. A short one may still hold the name of a
		// name/value pair (<add key="Password" value="x"/>).
		if len(raw) > maxKeyLen || codeValue(raw, after) {
			st.valEnd = max(st.valEnd, v.end)
		}
		return dst
	}
	return e.keyFinding(dst, vd, v.start, v.end, st)
}

// keyFinding appends the finding of a value under a sensitive key.
func (e *Engine) keyFinding(dst []Finding, vd textVerdict, start, end int, st *kvState) []Finding {
	if end <= start {
		return dst
	}
	st.valEnd = max(st.valEnd, end)
	return append(dst, Finding{DetectorID: vd.id, Category: vd.rule.category, Start: start, End: end, Key: vd.name})
}

// methodName reports a camelCase name that starts with a verb
// ("getAuthToken", "setPassword", "validateToken"): printed before a
// colon it names the code that logs, not a field.
func methodName(key string) bool {
	for _, v := range methodVerbs {
		if len(key) > len(v) && key[:len(v)] == v && isUpperByte(key[len(v)]) {
			return true
		}
	}
	return false
}

var methodVerbs = []string{"get", "set", "fetch", "load", "read", "find", "validate", "verify", "check", "create", "generate", "parse", "handle", "on", "is", "has", "update", "delete", "invalidate", "revoke", "issue", "store", "save"}

// readCSVValue reads the field after a key in a CSV row ("apiToken,x,").
// Prose puts a blank after its commas and words after them, so only a
// value that looks like a token counts.
func (e *Engine) readCSVValue(dst []Finding, s string, k keyAt, i int, st *kvState) []Finding {
	end := i
	for end < len(s) && s[end] != ',' && s[end] != '\n' && s[end] != '\r' && s[end] != ' ' && s[end] != '"' {
		end++
	}
	if end == i || !tokenLike(s[i:end]) {
		return dst
	}
	vd := e.classifyText(s[k.start:k.end])
	if !vd.ok() {
		return dst
	}
	return e.takeValue(dst, s, vd, value{start: i, end: end, next: end, quoted: true}, st)
}

// readPathName handles a key word that ends a quoted path given as the
// name of a name/value pair ({"Name":"/prod/db/password","Value":"x"}).
func (e *Engine) readPathName(dst []Finding, s string, k keyAt, st *kvState) []Finding {
	j := k.start
	for j > 0 && k.start-j < maxKeyLen && (keyByte(s[j-1]) || s[j-1] == '/') {
		j--
	}
	q, ok := quoteEndingAt(s, j)
	if !ok {
		return dst
	}
	after, ok := sameQuoteAt(s, k.end, q)
	if !ok {
		return dst
	}
	p := q.start
	for p > 0 && (s[p-1] == ' ' || s[p-1] == '\t') {
		p--
	}
	if p == 0 || s[p-1] != ':' && s[p-1] != '=' {
		return dst
	}
	vd := e.classifyText(s[k.start:k.end])
	if !vd.ok() {
		return dst
	}
	name := keyAt{start: j, end: k.end, q: q, quoted: true, before: s[p-1], beforeAt: p - 1}
	return e.readNameValue(dst, s, name, vd, after, st)
}

// quoteNext reports whether a quote follows s[i] after blanks.
func quoteNext(s string, i int) bool {
	i = skipBlanks(s, i)
	return i < len(s) && isQuoteByte(s[i])
}

// upperWord reports a key written in capitals, as SQL writes keywords.
func upperWord(k string) bool {
	for i := 0; i < len(k); i++ {
		if isLowerByte(k[i]) {
			return false
		}
	}
	return true
}

// kubeObjectRef reports a Kubernetes object named by its namespace and
// name ("default/tls-secret"): lower-case DNS labels, the form that
// controllers print for the Secret they read.
func kubeObjectRef(v string) bool {
	slash := strings.IndexByte(v, '/')
	if slash <= 0 || slash == len(v)-1 || strings.IndexByte(v[slash+1:], '/') >= 0 {
		return false
	}
	for _, part := range [2]string{v[:slash], v[slash+1:]} {
		if !allIn(part, kubeNameChars) || part[0] == '-' || part[len(part)-1] == '-' {
			return false
		}
	}
	return true
}

var kubeNameChars = newCharset("a-z0-9.-")
