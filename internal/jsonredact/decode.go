package jsonredact

import (
	"unicode/utf16"
	"unicode/utf8"
)

// Detection runs on decoded text: "alice\u0040example.com" is an email
// only once \u0040 is read as '@'. Every decoding step goes through unit, so
// decoding a value and mapping a finding in the decoded text back to raw
// offsets (for Scan) can never disagree.

// strPlain marks the bytes that can stand for themselves inside a JSON
// string: not '"', not '\\', not a control character.
var strPlain = func() (t [256]bool) {
	for i := range t {
		t[i] = i >= 0x20 && i != '"' && i != '\\'
	}
	return t
}()

// unitMode selects which escapes unit resolves.
type unitMode uint8

const (
	// inString decodes every JSON escape of a string value or key.
	inString unitMode = iota
	// inText decodes only the escapes that can hide a value from the
	// engine without changing the shape of a line: \uXXXX of a printable
	// character other than '"' and '\\', and \/. Everything else in a line
	// that is not JSON stays as written.
	inText
)

// unit decodes the escape or byte at raw[i]. It returns how many raw bytes
// it consumed and the decoded bytes (at most 4), or n == -1 when raw[i:]
// is not a valid escape (only possible in inString mode, for input the
// tokenizer has not validated).
func unit(raw []byte, i int, mode unitMode) (size int, dec [4]byte, n int) {
	c := raw[i]
	if c != '\\' || i+1 >= len(raw) {
		dec[0] = c
		return 1, dec, 1
	}
	switch e := raw[i+1]; e {
	case '/':
		dec[0] = '/'
		return 2, dec, 1
	case 'u':
		r, sz := hexRune(raw, i)
		if sz == 0 {
			break
		}
		if utf16.IsSurrogate(r) {
			r2, sz2 := hexRune(raw, i+sz)
			if sz2 != 0 {
				if p := utf16.DecodeRune(r, r2); p != utf8.RuneError {
					return sz + sz2, dec, utf8.EncodeRune(dec[:], p)
				}
			}
			if mode == inText {
				break
			}
			// A lone surrogate reads as U+FFFD, as encoding/json has it.
			return sz, dec, utf8.EncodeRune(dec[:], utf8.RuneError)
		}
		if mode == inText && (r < 0x20 || r == '"' || r == '\\') {
			break
		}
		return sz, dec, utf8.EncodeRune(dec[:], r)
	default:
		if mode == inText {
			break
		}
		var d byte
		switch e {
		case '"', '\\':
			d = e
		case 'b':
			d = '\b'
		case 'f':
			d = '\f'
		case 'n':
			d = '\n'
		case 'r':
			d = '\r'
		case 't':
			d = '\t'
		default:
			return 0, dec, -1
		}
		dec[0] = d
		return 2, dec, 1
	}
	if mode == inString {
		return 0, dec, -1
	}
	dec[0] = c
	return 1, dec, 1
}

// hexRune reads "\uXXXX" at raw[i]; sz is 0 when it is not one.
func hexRune(raw []byte, i int) (r rune, sz int) {
	if i+6 > len(raw) || raw[i] != '\\' || raw[i+1] != 'u' {
		return 0, 0
	}
	for _, c := range raw[i+2 : i+6] {
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, 0
		}
		r = r<<4 | rune(v)
	}
	return r, 6
}

// appendDecoded appends raw, decoded in mode, to dst. ok is false when
// raw holds an invalid escape in inString mode.
func appendDecoded(dst, raw []byte, mode unitMode) (out []byte, ok bool) {
	for i := 0; i < len(raw); {
		if raw[i] != '\\' {
			j := i + 1
			for j < len(raw) && raw[j] != '\\' {
				j++
			}
			dst = append(dst, raw[i:j]...)
			i = j
			continue
		}
		size, dec, n := unit(raw, i, mode)
		if n < 0 {
			return dst, false
		}
		dst = append(dst, dec[:n]...)
		i += size
	}
	return dst, true
}

// rawOffset maps an offset into the decoding of raw back to an offset into
// raw. An offset that falls inside the bytes one escape decodes to maps to
// the start of that escape, or to its end when end is set, so that a span
// mapped this way always covers every raw byte it came from.
func rawOffset(raw []byte, d int, mode unitMode, end bool) int {
	at := 0
	for i := 0; i < len(raw); {
		if at >= d {
			return i
		}
		size, _, n := unit(raw, i, mode)
		if n < 0 {
			return len(raw)
		}
		if at+n > d {
			if end {
				return i + size
			}
			return i
		}
		at += n
		i += size
	}
	return len(raw)
}
