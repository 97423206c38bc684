package patterns

import (
	"unicode"
	"unicode/utf8"
)

// Email addresses are found from their '@' by walking out to both ends.
// The '@' may be written otherwise: percent-encoded in a URL ("%40", and
// "%2540" when encoded twice), as an HTML character reference ("&#64;",
// "&#x40;", "&commat;"), as an escape left in plain text ("\u0040",
// "\x40") or as the fullwidth "＠" (U+FF20). The domain must have a dot and
// a top-level label of letters (or punycode "xn--"), which is what rules out
// module versions (golang.org/x/net@v0.1.0), npm scopes (@types/node@20.1.0),
// hosts without a domain (user@localhost) and image digests
// (alpine@sha256:...).
//
// What has an email's shape but is none: the user and host of a URL
// ("ssh://git@host/x", and the host after an address written "%40" in a
// URL's user part), an SSH remote ("git@github.com:org/repo.git") and the
// names of SSH algorithms and extensions ("curve25519-sha256@libssh.org",
// "chacha20-poly1305@openssh.com").

const (
	maxLocal  = 64
	maxDomain = 253
	maxLabel  = 63
)

// localChars is isLocalChar as a table, and setAlnumDash isLabelChar,
// for the loops that read an address byte by byte.
var localChars = newCharset("A-Za-z0-9._+%-")

func isLocalChar(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '+' || c == '-' || c == '%'
}

func isLabelChar(c byte) bool { return isAlnum(c) || c == '-' }

// Addresses and domains may be internationalized ("zoë@bücher.example"):
// beyond ASCII, whole letters and digits belong to them, and anything
// else (an emoji, a symbol, a broken byte) ends them.

// localBefore returns the width of the address character that ends at
// s[i], or 0.
func localBefore(s string, i int) int {
	if c := s[i-1]; c < utf8.RuneSelf {
		if isLocalChar(c) {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return n
	}
	return 0
}

// labelAt returns the width of the domain character that starts at s[i],
// or 0.
func labelAt(s string, i int) int {
	if c := s[i]; c < utf8.RuneSelf {
		if isLabelChar(c) {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return n
	}
	return 0
}

// scanEmailAt examines the '@' (atLen 1) or "%40" (atLen 3) at s[at].
func (e *Engine) scanEmailAt(dst []Finding, s string, at, atLen int) []Finding {
	if e.email < 0 {
		return dst
	}
	start, end, ok := matchEmail(s, at, atLen)
	if !ok {
		return dst
	}
	d := &e.dets[e.email]
	return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: start, End: end})
}

func matchEmail(s string, at, atLen int) (int, int, bool) {
	// Local part, backwards.
	start := at
	for low := max(0, at-maxLocal); start > low; {
		// ASCII by table in a loop of its own: a call per byte cost
		// more than the rest of the match.
		for start > low && localChars[s[start-1]] {
			start--
		}
		if start == low || s[start-1] < utf8.RuneSelf {
			break
		}
		n := localBefore(s, start)
		if n == 0 {
			break
		}
		start -= n
	}
	if start > 0 && at-start >= maxLocal && localBefore(s, start) > 0 {
		return 0, 0, false
	}
	for start < at && (s[start] == '.' || s[start] == '-' || s[start] == '+') {
		start++
	}
	if start == at || s[at-1] == '.' {
		return 0, 0, false
	}
	// A '%' of an earlier encoded byte may open the local part
	// ("%3Calice%40x.com"): keep only what follows a "%XX" that is not a
	// character of the address.
	if s[at] == '%' {
		for i := at - 1; i >= start; i-- {
			if s[i] == '%' && i+2 < at && !(s[i+1] == '2' && (s[i+2] == 'B' || s[i+2] == 'b')) {
				start = i + 3
				break
			}
		}
		if start >= at {
			return 0, 0, false
		}
	}
	// "ssh://git@host/x": the '@' of a user part ends a system account
	// name. An address written there with "%40" is still one.
	if urlUserinfo(s, start) || s[at] == '@' && (accountURL(s, start) || hasEncodedAt(s[start:at])) {
		return 0, 0, false
	}
	hasWord := false
	for i := start; i < at; i++ {
		if isAlnum(s[i]) || s[i] >= utf8.RuneSelf {
			hasWord = true
			break
		}
	}
	if !hasWord {
		return 0, 0, false
	}
	// Domain, forwards: labels separated by single dots.
	d := at + atLen
	end := d
	labels, labelStart, lastLabel := 0, d, d
	for lim := min(len(s), d+maxDomain+1); end < lim; {
		for end < lim && setAlnumDash[s[end]] {
			end++
		}
		if end == lim {
			break
		}
		c := s[end]
		if c >= utf8.RuneSelf {
			n := labelAt(s, end)
			if n == 0 {
				break
			}
			end += n
			continue
		}
		if c == '.' && end > labelStart && end+1 < len(s) && labelAt(s, end+1) > 0 {
			if !validLabel(s[labelStart:end]) {
				return 0, 0, false
			}
			labels++
			end++
			labelStart = end
			continue
		}
		break
	}
	lastLabel = labelStart
	if end == lastLabel || labels == 0 {
		return 0, 0, false
	}
	tld := s[lastLabel:end]
	if !validLabel(tld) || !validTLD(tld) {
		return 0, 0, false
	}
	if end < len(s) && s[end] == '_' {
		return 0, 0, false
	}
	// "git@github.com:org/repo.git": an SSH remote names a path on a
	// host, not a mailbox.
	if end+1 < len(s) && s[end] == ':' && (isAlnum(s[end+1]) || s[end+1] == '/' || s[end+1] == '~' || s[end+1] == '_') {
		return 0, 0, false
	}
	if sshDomain(s[d:end]) {
		return 0, 0, false
	}
	// A module version looks like a domain: "mod@v1.2.3-rc.beta".
	first := s[d:]
	if len(first) > 1 && (first[0] == 'v' || first[0] == 'V') && isDigit(first[1]) {
		return 0, 0, false
	}
	return start, end, true
}

func validLabel(l string) bool {
	return len(l) > 0 && len(l) <= maxLabel && l[0] != '-' && l[len(l)-1] != '-'
}

func validTLD(t string) bool {
	if len(t) > 4 && (t[:4] == "xn--" || t[:4] == "XN--") {
		return true
	}
	if len(t) < 2 {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80) {
			return false
		}
	}
	return true
}

// urlUserinfo reports whether the local part starting at s[start] is the
// password of a URL's "user:password@host": that is a URL credential, and
// the host after it is no mailbox to hide.
func urlUserinfo(s string, start int) bool {
	if start == 0 || s[start-1] != ':' {
		return false
	}
	for i := start - 2; i >= 2 && start-i < 256; i-- {
		c := s[i]
		if c == '/' {
			return s[i-1] == '/' && s[i-2] == ':'
		}
		if !isLocalChar(c) && c != '~' && c != '!' && c != '$' && c != '*' && c != '\'' && c != '(' && c != ')' && c != '=' && c != ',' && c != ';' {
			return false
		}
	}
	return false
}

// sshDomains name SSH algorithms and protocol extensions: what is written
// before them is an algorithm ("aes256-gcm@openssh.com"), not a user.
var sshDomains = []string{"openssh.com", "libssh.org", "libssh2.org", "putty.projects.tartarus.org"}

func sshDomain(d string) bool {
	for _, x := range sshDomains {
		if len(d) == len(x) && hasFold(d, 0, x) {
			return true
		}
	}
	return false
}

// encodedAts are the ways text writes an '@' that the scanner reads
// beside the plain one and "%40".
var encodedAts = []string{"&#64;", "&#x40;", "&commat;", `\u0040`, `\x40`, "%2540"}

// scanEncodedAt examines the '&', '\\' or '%' at s[i] as the start of an
// encoded '@'.
func (e *Engine) scanEncodedAt(dst []Finding, s string, i int) []Finding {
	for _, a := range encodedAts {
		if a[0] == s[i] && hasFold(s, i, a) {
			at, n := i, len(a)
			if a[0] == '\\' && at > 0 && s[at-1] == '\\' {
				// "\\u0040", escaped once more inside a JSON string.
				at--
				n++
			}
			return e.scanEmailAt(dst, s, at, n)
		}
	}
	return dst
}

// hasEncodedAt reports whether a local part holds "%40": then it is an
// address in a URL's user part, and the '@' after it leads to the host.
func hasEncodedAt(local string) bool {
	for i := 0; i+2 < len(local); i++ {
		if local[i] == '%' && local[i+1] == '4' && local[i+2] == '0' {
			return true
		}
	}
	return false
}

// accountSchemes are URL schemes whose user part names an account on the
// host ("ssh://git@host/x", "ftp://anonymous@host"), where an address in
// web URLs ("https://alice@example.com/") is taken as one.
var accountSchemes = []string{"ssh", "git+ssh", "ssh+git", "svn+ssh", "sftp", "scp", "rsync", "git", "ftp", "ftps", "telnet", "smb"}

// accountURL reports whether the user part starting at s[start] follows
// "<scheme>://" of an account scheme.
func accountURL(s string, start int) bool {
	if start < 3 || s[start-3:start] != "://" {
		return false
	}
	end := start - 3
	for _, sc := range accountSchemes {
		if b := end - len(sc); b >= 0 && hasFold(s, b, sc) && (b == 0 || !isAlnum(s[b-1]) && s[b-1] != '+') {
			return true
		}
	}
	return false
}
