package patterns

import "strings"

// Credentials in URLs: scheme://user:password@host for any scheme. The
// keyword is "://" (or ":\/\/" in JSON with escaped slashes); the matcher
// reads the authority after it only where an '@' follows within reach,
// which one vectorized search settles for most URLs.

// maxAuthority bounds how far the '@' of a userinfo is looked for.
const maxAuthority = 256

// urlPassword matches the password of a URL's userinfo.
func urlPassword(s string, at int, kw string) (int, int, bool) {
	// The scheme: a letter, then letters, digits, '+', '-' or '.'.
	b := at
	for b > 0 && at-b < 32 && schemeChars[s[b-1]] {
		b--
	}
	if b == at || !isAlpha(s[b]) {
		return 0, 0, false
	}
	u := at + len(kw)
	// Most URLs have no userinfo: without an '@' within reach there is
	// no authority to read.
	if strings.IndexByte(s[u:min(len(s), u+maxAuthority)], '@') < 0 {
		return 0, 0, false
	}
	last, colon := -1, -1
	for j := u; j < len(s) && j-u < maxAuthority; j++ {
		c := s[j]
		if authorityEnd[c] {
			break
		}
		switch c {
		case '@':
			last = j
		case ':':
			if colon < 0 {
				colon = j
			}
		}
	}
	if last < 0 || colon < 0 || colon > last {
		return 0, 0, false
	}
	pw := s[colon+1 : last]
	// A user already masked ("[REDACTED:email]@host") holds a colon
	// of its own.
	if pw == "" || last+1 >= len(s) || !hostChars[s[last+1]] || placeholderSecret(pw) || alreadyMasked(s[u:last]) {
		return 0, 0, false
	}
	return colon + 1, last, true
}

var (
	schemeChars  = newCharset("A-Za-z0-9+.-")
	authorityEnd = newCharset("/?#\\\"'<> \t\r\n")
	hostChars    = newCharset("A-Za-z0-9.[_-")
)

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// placeholderSecret reports values that stand for a secret without being
// one: masks and template variables, which documentation and config
// dumps are full of.
func placeholderSecret(v string) bool {
	if alreadyMasked(v) {
		return true
	}
	switch {
	case len(v) >= 2 && v[0] == '$': // $PASSWORD, ${DB_PASS}
		return true
	case len(v) >= 3 && v[0] == '<' && v[len(v)-1] == '>': // <password>
		return true
	case len(v) >= 4 && v[:2] == "{{" && v[len(v)-2:] == "}}": // {{ .Password }}
		return true
	case v == "%s" || v == "%v":
		return true
	}
	return false
}
