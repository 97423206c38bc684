package patterns

import (
	"strings"
	"unsafe"
)

// Matchers shared by the catalog. Most credentials are a fixed prefix and a
// body drawn from one character set, so one matcher serves them all; it
// checks word boundaries on both sides, because a prefix such as "sk-" or
// "hf_" also occurs inside ordinary words ("desk-booking", "shelf_life").

// charset is a set of bytes, built from a spec such as "A-Za-z0-9_-".
type charset [256]bool

// newCharset parses spec: single bytes and ranges "a-z". A '-' that is first
// or last stands for itself.
func newCharset(spec string) *charset {
	var c charset
	for i := 0; i < len(spec); i++ {
		if i+2 < len(spec) && spec[i+1] == '-' {
			for b := int(spec[i]); b <= int(spec[i+2]); b++ {
				c[b] = true
			}
			i += 2
			continue
		}
		c[spec[i]] = true
	}
	return &c
}

var (
	setAlnum     = newCharset("A-Za-z0-9")
	setWord      = newCharset("A-Za-z0-9_")
	setHex       = newCharset("0-9a-f")
	setHexAny    = newCharset("0-9a-fA-F")
	setUpperNum  = newCharset("A-Z0-9")
	setLowerNum  = newCharset("a-z0-9")
	setBase64URL = newCharset("A-Za-z0-9_-")
	setBase64Raw = newCharset("A-Za-z0-9+/") // base64 without its padding
	setBase32Up  = newCharset("A-Z2-7")
	setDigits    = newCharset("0-9")
	// setBase64URLPad is base64url with its padding.
	setBase64URLPad = newCharset("A-Za-z0-9_=-")
)

// boundaryBefore reports whether a token may start at s[i]: the byte before
// it is not part of a word. An escape that ends just before it ("\n",
// "\u0022", "%20") counts as a boundary, because log lines carry JSON and
// URL-encoded text.
func boundaryBefore(s string, i int) bool {
	if i <= 0 {
		return true
	}
	if !isAlnum(s[i-1]) && s[i-1] != '_' {
		return true
	}
	if i >= 2 && s[i-2] == '\\' {
		return true
	}
	if i >= 3 && s[i-3] == '%' && isHexDigit(s[i-2]) && isHexDigit(s[i-1]) {
		return true
	}
	return i >= 6 && s[i-6] == '\\' && s[i-5] == 'u' &&
		isHexDigit(s[i-4]) && isHexDigit(s[i-3]) && isHexDigit(s[i-2]) && isHexDigit(s[i-1])
}

// boundaryAfter reports whether a token of body set may end before s[i].
func boundaryAfter(s string, i int, set *charset) bool {
	return i >= len(s) || !set[s[i]] && !isAlnum(s[i])
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// span returns the end of the run of bytes of set that starts at s[i],
// reading at most limit bytes.
func span(s string, i int, set *charset, limit int) int {
	if limit <= 0 {
		return i
	}
	if limit < len(s)-i {
		s = s[:i+limit]
	}
	// Four bytes per test while all four are in the set: a token body
	// is read to its end, tens of bytes.
	t := set.bytes()
	j := i
	for ; j+4 <= len(s); j += 4 {
		if t[s[j]]&t[s[j+1]]&t[s[j+2]]&t[s[j+3]] == 0 {
			break
		}
	}
	for j < len(s) && t[s[j]] != 0 {
		j++
	}
	return j
}

// bytes is set as a table of 0 and 1, which tests combine without a
// branch.
func (c *charset) bytes() *[256]uint8 {
	return (*[256]uint8)(unsafe.Pointer(c))
}

// tokenSpan is [span] for token bodies: when set holds '/', the "\/" that
// JSON encoders write for it counts as one byte of the body. It returns
// the end of the run and its length in body bytes.
func tokenSpan(s string, i int, set *charset, limit int) (end, n int) {
	j := i
	for {
		// The body bytes up to an escape or the limit, in a loop of
		// their own.
		k := span(s, j, set, limit-n)
		n += k - j
		j = k
		if n < limit && j+1 < len(s) && s[j] == '\\' && s[j+1] == '/' && set['/'] {
			j += 2
			n++
			continue
		}
		return j, n
	}
}

// prefixToken matches a keyword that starts a token, followed by min to max
// bytes of body. The token must stand alone: a word byte right before the
// keyword, or a body byte right after the longest allowed body, rejects it.
func prefixToken(body *charset, min, max int) func(s string, at int, kw string) (int, int, bool) {
	return func(s string, at int, kw string) (int, int, bool) {
		if !boundaryBefore(s, at) {
			return 0, 0, false
		}
		end, n := tokenSpan(s, at+len(kw), body, max+1)
		if n < min || n > max || !boundaryAfter(s, end, body) {
			return 0, 0, false
		}
		return at, end, true
	}
}

// dottedToken is [prefixToken] for bodies that may contain '.' inside
// (routable GitLab tokens, Vault tokens): a '.' that ends the token is the
// full stop of a sentence and is left out.
func dottedToken(body *charset, min, max int) func(s string, at int, kw string) (int, int, bool) {
	return func(s string, at int, kw string) (int, int, bool) {
		if !boundaryBefore(s, at) {
			return 0, 0, false
		}
		start := at + len(kw)
		end := span(s, start, body, max+1)
		if end-start > max || !boundaryAfter(s, end, body) {
			return 0, 0, false
		}
		for end > start && s[end-1] == '.' {
			end--
		}
		if end-start < min {
			return 0, 0, false
		}
		return at, end, true
	}
}

// innerToken matches a token whose keyword sits inside it: before bytes of
// body set come first (exactly, or at least minBefore when exact is false),
// then the keyword, then after bytes. It serves formats whose distinctive
// part is not the prefix (the "T3BlbkFJ" of legacy OpenAI keys, the
// ".atlasv1." of Terraform tokens).
func innerToken(set *charset, minBefore, maxBefore, minAfter, maxAfter int) func(s string, at int, kw string) (int, int, bool) {
	return func(s string, at int, kw string) (int, int, bool) {
		start := at
		if minBefore == maxBefore {
			// A fixed length: the byte before may be the last of an
			// escape ("\u003c"), so the run is not walked.
			start = at - minBefore
			if start < 0 || !allIn(s[start:at], set) {
				return 0, 0, false
			}
		} else {
			for start > 0 && at-start < maxBefore+1 && set[s[start-1]] {
				start--
			}
		}
		if n := at - start; n < minBefore || n > maxBefore || !boundaryBefore(s, start) {
			return 0, 0, false
		}
		from := at + len(kw)
		end := span(s, from, set, maxAfter+1)
		if n := end - from; n < minAfter || n > maxAfter || !boundaryAfter(s, end, set) {
			return 0, 0, false
		}
		return start, end, true
	}
}

// counts reports how many bytes of s are digits, lower and upper case
// letters.
func counts(s string) (digits, lowers, uppers int) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z':
			lowers++
		case c >= 'A' && c <= 'Z':
			uppers++
		}
	}
	return
}

// randomLooking reports whether s mixes character classes the way a
// generated secret does: a digit and a letter at least. Words and
// identifiers that happen to fit a charset ("connection_pool_exhausted")
// fail it.
func randomLooking(s string) bool {
	d, l, u := counts(s)
	return d > 0 && l+u > 0
}

// urlPathChars are the bytes of a URL path, with '\' for the "\/" that
// JSON encoders write.
var urlPathChars = newCharset(`A-Za-z0-9_.~@/\-`)

// urlPath matches a keyword that ends with a host and a '/', followed by a
// path of at least min bytes that valid accepts. It serves webhook URLs,
// whose path is the secret. A trailing '.' is left out as punctuation.
func urlPath(min int, valid func(path string) bool) func(s string, at int, kw string) (int, int, bool) {
	return func(s string, at int, kw string) (int, int, bool) {
		start := at + len(kw)
		end := start
		for end < len(s) && end-start < 1024 && urlPathChars[s[end]] {
			if s[end] == '\\' && (end+1 >= len(s) || s[end+1] != '/') {
				break // an escape that is not "\/" ends the path
			}
			end++
		}
		for end > start && s[end-1] == '.' {
			end--
		}
		if end-start < min || valid != nil && !valid(unescapeSlashes(s[start:end])) {
			return 0, 0, false
		}
		return at, end, true
	}
}

// unescapeSlashes turns "\/" into "/" when s has any; it allocates only
// then, and only on a candidate match.
func unescapeSlashes(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '\\' {
			b := make([]byte, 0, len(s))
			for j := 0; j < len(s); j++ {
				if s[j] == '\\' && j+1 < len(s) && s[j+1] == '/' {
					continue
				}
				b = append(b, s[j])
			}
			return string(b)
		}
	}
	return s
}

// pathSegments splits a webhook path and reports whether it has n
// segments, each of at least one byte.
func pathSegments(p string, n int) ([]string, bool) {
	segs := make([]string, 0, n)
	for len(p) > 0 && len(segs) < n+1 {
		i := 0
		for i < len(p) && p[i] != '/' {
			i++
		}
		if i == 0 {
			return nil, false
		}
		segs = append(segs, p[:i])
		if i == len(p) {
			p = ""
		} else {
			p = p[i+1:]
		}
	}
	return segs, len(segs) == n
}

// allIn reports whether every byte of s is in set.
func allIn(s string, set *charset) bool {
	t := set.bytes()
	i := 0
	// Four bytes per branch of the loop.
	for ; i+4 <= len(s); i += 4 {
		if t[s[i]]&t[s[i+1]]&t[s[i+2]]&t[s[i+3]] == 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if t[s[i]] == 0 {
			return false
		}
	}
	return true
}

// jsonEscapeWidth returns the width of the JSON escape of one printable
// byte at s[i] ("\u0026", "\/", "\""), or 0.
func jsonEscapeWidth(s string, i int) int {
	if i+1 >= len(s) || s[i] != '\\' {
		return 0
	}
	switch s[i+1] {
	case '/', '"':
		return 2
	case 'u':
		if i+6 <= len(s) && s[i+2] == '0' && s[i+3] == '0' && isHexDigit(s[i+4]) && isHexDigit(s[i+5]) && s[i+4] >= '2' && s[i+4] <= '7' {
			return 6
		}
	}
	return 0
}

// unescapeJSON decodes the escapes of [jsonEscapeWidth] in s; it
// allocates only when s has one.
func unescapeJSON(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		w := jsonEscapeWidth(s, i)
		switch w {
		case 2:
			b = append(b, s[i+1])
		case 6:
			b = append(b, unhex(s[i+4])<<4|unhex(s[i+5]))
		default:
			b = append(b, s[i])
			i++
			continue
		}
		i += w
	}
	return string(b)
}
