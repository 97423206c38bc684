package patterns

import (
	"sync"
	"unsafe"
)

// Query and form values are written URL-encoded: '+' for a space and
// percent-escapes in either case, so a card is "4111+1111+1111+1111", a
// base64 secret carries %2F and %2B, and a URL inside a query value is
// escaped whole (?ref=https%3A%2F%2Fuser%3Apw%40hooks...). The reader is
// entered at a '%' before two hex digits or a '+' inside a value; it
// decodes the value, runs every detector over the decoded text (a URL in
// it included, and that URL's own query values, a few levels deep), and
// maps what it finds back onto the encoded bytes, which are masked.

// maxDecodeDepth bounds how many times a value inside a value is decoded.
const maxDecodeDepth = 3

// queryBuf holds a decoded value and, for each of its bytes, the offset
// of the encoded byte it came from. Buffers are pooled: decoding a clean
// value allocates nothing.
type queryBuf struct {
	b   []byte
	off []int32
	fs  []Finding
}

// scanDecoded scans decoded text. It is called through a variable so
// that the scan and the decoding are not one recursive function to the
// compiler, whose escape analysis would then move every caller's stack
// buffer of findings to the heap.
var scanDecoded func(e *Engine, dst []Finding, s string, depth int) []Finding

func init() {
	scanDecoded = func(e *Engine, dst []Finding, s string, depth int) []Finding {
		return e.scanDepth(dst, s, false, depth)
	}
}

var queryBufs = sync.Pool{New: func() any { return new(queryBuf) }}

// queryValueByte reports bytes of an encoded query value.
func queryValueByte(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '&', '#', '"', '\'', '<', '>', '\\', '`', '=', '?', ';', ',':
		return false
	}
	return c > ' ' && c < 0x7f
}

// queryKeyByte reports bytes of a query parameter name.
func queryKeyByte(c byte) bool {
	return isAlnum(c) || c == '_' || c == '-' || c == '.' || c == '[' || c == ']' || c == '%'
}

// scanQueryAt examines the '%' or '+' at s[i].
func (e *Engine) scanQueryAt(dst []Finding, s string, i int, st *kvState) []Finding {
	if st.depth >= maxDecodeDepth || i < st.qEnd {
		return dst
	}
	if s[i] == '%' && !(i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2])) {
		return dst
	}
	vs := i
	for vs > 0 && queryValueByte(s[vs-1]) {
		vs--
	}
	ve := i
	for ve < len(s) && queryValueByte(s[ve]) {
		ve++
	}
	// Whatever comes of it, this run of value bytes is looked at once.
	st.qEnd = ve
	if s[i] == '+' && (i == vs || i+1 >= ve) {
		return dst
	}
	// A value after its parameter's name, or, in text decoded from a
	// value, the decoded value itself (a URL encoded twice).
	if !(vs == 0 && st.depth > 0) {
		if vs == 0 || s[vs-1] != '=' {
			return dst
		}
		ks := vs - 1
		for ks > 0 && vs-1-ks < maxKeyLen && queryKeyByte(s[ks-1]) {
			ks--
		}
		if ks == vs-1 {
			return dst
		}
	}
	qb := queryBufs.Get().(*queryBuf)
	defer queryBufs.Put(qb)
	if !qb.decode(s[vs:ve]) {
		return dst
	}
	dec := unsafe.String(unsafe.SliceData(qb.b), len(qb.b))
	qb.fs = scanDecoded(e, qb.fs[:0], dec, st.depth+1)
	for _, f := range qb.fs {
		f.Start = vs + int(qb.off[f.Start])
		f.End = vs + int(qb.off[f.End])
		f.Key = ""
		if f.End > f.Start {
			dst = append(dst, f)
		}
	}
	return dst
}

// decode decodes v into qb, and reports whether anything was decoded.
// off gets one entry more than the decoded bytes: the end of v.
func (qb *queryBuf) decode(v string) bool {
	qb.b, qb.off = qb.b[:0], qb.off[:0]
	changed := false
	for i := 0; i < len(v); {
		switch c := v[i]; {
		case c == '+':
			qb.b = append(qb.b, ' ')
			qb.off = append(qb.off, int32(i))
			changed = true
			i++
		case c == '%' && i+2 < len(v) && isHexDigit(v[i+1]) && isHexDigit(v[i+2]):
			qb.b = append(qb.b, unhex(v[i+1])<<4|unhex(v[i+2]))
			qb.off = append(qb.off, int32(i))
			changed = true
			i += 3
		default:
			qb.b = append(qb.b, c)
			qb.off = append(qb.off, int32(i))
			i++
		}
	}
	qb.off = append(qb.off, int32(len(v)))
	return changed
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}
