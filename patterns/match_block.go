package patterns

import "strings"

// Private key blocks: "-----BEGIN <label>-----", base64 lines and
// "-----END <label>-----". In logs the lines are often joined by literal
// "\n" escapes (a key in a JSON string or an environment dump), so the
// block is found by its markers, not by its line structure, and redacted
// whole. A block cut short by a log line limit is redacted up to where its
// body ends: half a key is still a leak.

// maxBlock bounds how far the END marker is looked for: an 8192-bit RSA
// key is about 6.5 KB, more with escaped line breaks.
const maxBlock = 16 << 10

// blockBody are the bytes a truncated block body may hold: base64, line
// breaks raw or escaped, and the "Proc-Type: 4,ENCRYPTED" headers of
// encrypted PEM.
var blockBody = newCharset("A-Za-z0-9+/=\\ \t\r\n:,.()-")

// pemBlock matches a block that starts at the keyword "-----BEGIN " and
// whose label accept approves.
func pemBlock(accept func(label string) bool) func(s string, at int, kw string) (int, int, bool) {
	return func(s string, at int, kw string) (int, int, bool) {
		i := at + len(kw)
		j := strings.Index(s[i:min(len(s), i+48)], "-----")
		if j <= 0 || !accept(s[i:i+j]) {
			return 0, 0, false
		}
		label := s[i : i+j]
		body := i + j + 5
		limit := min(len(s), body+maxBlock)
		if end, ok := blockEnd(s, body, limit, label); ok {
			return at, end, true
		}
		end := span(s, body, blockBody, maxBlock)
		for end > body && (s[end-1] == '\\' || s[end-1] == ' ') {
			end--
		}
		if end-body < 64 {
			return 0, 0, false
		}
		return at, end, true
	}
}

// blockEnd returns the end of the END line that closes a block of label
// whose body starts at s[body]. BEGIN and END lines of one label nest, as
// a value that holds a key file inside a key file does: the block ends at
// the END that balances its BEGIN or, when none does, at the last END of
// the label within reach. Either way no BEGIN or END of the label is left
// between the block and a mask inside it, so that masking cannot leave a
// block behind that the engine would find again.
func blockEnd(s string, body, limit int, label string) (int, bool) {
	depth, last := 1, -1
	for pos := body; pos < limit; {
		k := strings.Index(s[pos:limit], "-----")
		if k < 0 {
			break
		}
		m := pos + k
		switch {
		case markerAt(s, m, "-----END ", label):
			e := m + len("-----END ") + len(label) + 5
			if depth--; depth == 0 {
				return e, true
			}
			last, pos = e, e
		case markerAt(s, m, "-----BEGIN ", label):
			depth++
			pos = m + len("-----BEGIN ") + len(label) + 5
		default:
			pos = m + 1
		}
	}
	return last, last >= 0
}

// markerAt reports whether s[i:] starts with the BEGIN or END line of
// label: kind, the label, then "-----".
func markerAt(s string, i int, kind, label string) bool {
	return hasAt(s, i, kind) && hasAt(s, i+len(kind), label) && hasAt(s, i+len(kind)+len(label), "-----")
}

// upperLabel reports whether l is an armor label: upper-case words.
func upperLabel(l string) bool {
	for i := 0; i < len(l); i++ {
		if c := l[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ') {
			return false
		}
	}
	return true
}

// puttyKey matches the private part of a PuTTY .ppk file, from
// "Private-Lines:" to the end of its "Private-MAC:" line.
func puttyKey(s string, at int, kw string) (int, int, bool) {
	body := at + len(kw)
	limit := min(len(s), body+maxBlock)
	if k := strings.Index(s[body:limit], "Private-MAC:"); k >= 0 {
		e := body + k + len("Private-MAC:")
		for e < len(s) && s[e] == ' ' {
			e++
		}
		end := span(s, e, setHexAny, 128)
		if end-e >= 40 {
			return at, end, true
		}
	}
	end := span(s, body, blockBody, maxBlock)
	if end-body < 64 {
		return 0, 0, false
	}
	return at, end, true
}
