package jsonredact

import "unicode/utf8"

// Only what is masked is encoded; everything else is copied from the
// input as written. The escaper follows zerolog's own (its noEscapeTable):
// a table says which ASCII bytes stand for themselves, a clean run is
// copied whole, and invalid UTF-8 becomes \ufffd, so the output is valid
// JSON even when the input value was not valid UTF-8.

const hexDigits = "0123456789abcdef"

// noEscape marks the ASCII bytes that need no escaping in a JSON string.
var noEscape = func() (t [256]bool) {
	for i := 0; i < utf8.RuneSelf; i++ {
		t[i] = i >= 0x20 && i != '"' && i != '\\' && i != 0x7f
	}
	return t
}()

// appendQuoted appends s as a JSON string, quotes included.
func appendQuoted(dst []byte, s []byte) []byte {
	dst = append(dst, '"')
	dst = appendEscaped(dst, s)
	return append(dst, '"')
}

// appendEscaped appends s escaped as the content of a JSON string.
func appendEscaped(dst []byte, s []byte) []byte {
	start := 0
	for i := 0; i < len(s); {
		// The bytes that stand for themselves, in a loop of their own:
		// masks and most values are nothing else.
		for i < len(s) && noEscape[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		b := s[i]
		if b >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(s[i:])
			if r != utf8.RuneError || size != 1 {
				i += size
				continue
			}
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		dst = append(dst, s[start:i]...)
		switch b {
		case '"', '\\':
			dst = append(dst, '\\', b)
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
		}
		i++
		start = i
	}
	return append(dst, s[start:]...)
}
