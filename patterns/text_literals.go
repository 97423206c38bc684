package patterns

import "strings"

// Passwords that no key names, found from rare literals of their own
// syntax: SQL's IDENTIFIED BY, the user/password of an Oracle thin URL,
// the go-sql-driver DSN (text_dsn.go) and the command lines of tools that
// take a password as an argument (text_cmdline.go). Their findings are
// reported as values under the key "password".

// litKind is the syntax a literal keyword introduces.
type litKind uint8

const (
	litNone litKind = iota
	litIdentifiedBy
	litIdentifiedWith
	litOracleThin
	litDSN
	litTool
)

// keyLiteral is a literal the reader registers with the prefilter.
type keyLiteral struct {
	text string
	fold bool
	kind litKind
}

// keyLiterals are the reader's literals. Tool names match only in lower
// case, as command lines write them ("MySQL" in a sentence is no command).
var keyLiterals = func() []keyLiteral {
	ls := []keyLiteral{
		{"identified by", true, litIdentifiedBy},
		{"identified with", true, litIdentifiedWith},
		{"jdbc:oracle:thin:", true, litOracleThin},
		{"@tcp(", false, litDSN}, {"@tcp4(", false, litDSN}, {"@tcp6(", false, litDSN},
		{"@unix(", false, litDSN}, {"@udp(", false, litDSN}, {"@cloudsql(", false, litDSN},
		{"@/", false, litDSN}, {`@\/`, false, litDSN},
	}
	for _, t := range toolLiterals {
		ls = append(ls, keyLiteral{t, false, litTool})
	}
	return ls
}()

// The prefilter files key words and literals under negative detector
// indices: detKeyWord for key words, detLiteral(kind) for literals, so
// that the scan loop hands each hit to its reader without a lookup.
const detKeyWord = -1

func detLiteral(k litKind) int     { return -2 - int(k) }
func literalOfDet(det int) litKind { return litKind(-2 - det) }

// readLiteral reads the syntax that the literal kw at s[at:] introduces.
func (e *Engine) readLiteral(dst []Finding, s string, at int, kw string, lit litKind, st *kvState) []Finding {
	vd := e.passwordVerdict
	if !vd.ok() {
		return dst
	}
	switch lit {
	case litDSN:
		return e.readDSN(dst, s, at, vd, st)
	case litTool:
		return e.readCommand(dst, s, at, kw, vd, st)
	}
	if at > 0 && isAlnum(s[at-1]) {
		return dst
	}
	i := at + len(kw)
	switch lit {
	case litIdentifiedWith:
		// IDENTIFIED WITH plugin BY 'x'.
		i = skipBlanks(s, i)
		for i < len(s) && (isAlnum(s[i]) || s[i] == '_') {
			i++
		}
		i = skipBlanks(s, i)
		if !hasFold(s, i, "by ") {
			return dst
		}
		i += 2
		fallthrough
	case litIdentifiedBy:
		if i >= len(s) || s[i] != ' ' {
			return dst
		}
		i = skipBlanks(s, i)
		if hasFold(s, i, "password ") || hasFold(s, i, "values ") {
			return dst // a hash follows, not the password
		}
		v, ok := readValue(s, i, false, st)
		if !ok {
			return dst
		}
		return e.takeValue(dst, s, vd, v, st)
	case litOracleThin:
		// jdbc:oracle:thin:user/password@host:1521:SID
		j := i
		for j < len(s) && j-i < maxKeyLen && s[j] != '/' && s[j] != '@' && !isBlankOrQuote(s[j]) {
			j++
		}
		if j >= len(s) || s[j] != '/' || j == i {
			return dst
		}
		at := strings.IndexByte(s[j+1:min(len(s), j+1+maxKeyLen)], '@')
		if at <= 0 {
			return dst
		}
		return e.takeValue(dst, s, vd, value{start: j + 1, end: j + 1 + at, next: j + 1 + at, quoted: true}, st)
	}
	return dst
}
