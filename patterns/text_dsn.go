package patterns

import "strings"

// The go-sql-driver/mysql DSN, the most common DSN in Go services, has no
// scheme: user:password@tcp(host:3306)/db?parseTime=true, also with
// unix(/path/to.sock), other protocols, or no address at all (user:pw@/db).
// The reader is entered at "@tcp(", "@unix(", "@/" and the like, and masks
// the password: the text between the first ':' of the user info and the
// '@', as the driver splits it. The user, host and database stay.

// readDSN reads the user info that ends at the '@' at s[at].
func (e *Engine) readDSN(dst []Finding, s string, at int, vd textVerdict, st *kvState) []Finding {
	if at > 0 && s[at-1] == ']' && maskEndsAt(s, at) {
		return dst // the password is masked already
	}
	if hasAt(s, at, "@/") || hasAt(s, at, `@\/`) {
		// user:pw@/db: a database name (or parameters) must follow.
		j := at + 2
		if s[at+1] == '\\' {
			j++
		}
		if j < len(s) && !(isAlnum(s[j]) || s[j] == '_' || s[j] == '?' || s[j] == '$') {
			return dst
		}
	}
	start := at
	for start > 0 && at-start < maxKeyLen && !dsnBoundary(s[start-1]) {
		start--
	}
	info := s[start:at]
	colon := strings.IndexByte(info, ':')
	if colon <= 0 || colon == len(info)-1 || strings.Contains(info, "//") || strings.Contains(info, `\/\/`) {
		return dst
	}
	return e.takeValue(dst, s, vd, value{start: start + colon + 1, end: at, next: at, quoted: true}, st)
}

// dsnBoundary reports the bytes that stand before a DSN: blanks, quotes,
// escapes and the punctuation around a value.
func dsnBoundary(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '"', '\'', '`', '=', '(', ',', ';', '<', '>', '[', '{', '\\':
		return true
	}
	return false
}

// maskEndsAt reports whether a label mask ends at s[i-1].
func maskEndsAt(s string, i int) bool {
	j := strings.LastIndex(s[max(0, i-80):i], maskPrefix)
	return j >= 0 && isLabelMask(s[max(0, i-80)+j:i])
}
