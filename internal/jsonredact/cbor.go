package jsonredact

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/logredact/logredact/patterns"
)

// CBOR reaches a JSON line inside a string: zerolog's RawCBOR writes its
// bytes as "data:application/cbor;base64,...". The value is decoded and
// read item by item, with key paths through its maps, under the rules of
// every other value; when something is masked the CBOR is written again
// with only the masked items replaced (by text strings holding the mask),
// and encoded as it came.
//
// The same reader tells a zerolog event in CBOR (zerolog built with the
// binary_log tag) from a line of text that happens to start with a byte of
// a CBOR map: only input that is one well-formed CBOR item is CBOR.

// cborDataURL starts a RawCBOR value in JSON.
const cborDataURL = "data:application/cbor;base64,"

// maxCBORDepth bounds nesting, as maxDepth does for JSON.
const maxCBORDepth = 512

// IsCBOR reports whether b is exactly one well-formed CBOR data item that
// is a map, as zerolog's CBOR encoder writes an event.
func IsCBOR(b []byte) bool {
	if len(b) == 0 || b[0]>>5 != 5 {
		return false
	}
	end := cborSkip(b, 0, 0)
	return end == len(b)
}

// cborHead reads the head of the item at b[i]: its major type, its
// argument, and where its content starts. indef is set for an
// indefinite-length item; ok is false for a malformed head.
func cborHead(b []byte, i int) (major byte, arg uint64, next int, indef, ok bool) {
	if i >= len(b) {
		return 0, 0, 0, false, false
	}
	major, info := b[i]>>5, b[i]&0x1f
	i++
	switch {
	case info < 24:
		return major, uint64(info), i, false, true
	case info == 24 && i+1 <= len(b):
		return major, uint64(b[i]), i + 1, false, true
	case info == 25 && i+2 <= len(b):
		return major, uint64(binary.BigEndian.Uint16(b[i:])), i + 2, false, true
	case info == 26 && i+4 <= len(b):
		return major, uint64(binary.BigEndian.Uint32(b[i:])), i + 4, false, true
	case info == 27 && i+8 <= len(b):
		return major, binary.BigEndian.Uint64(b[i:]), i + 8, false, true
	case info == 31 && (major >= 2 && major <= 5 || major == 7):
		return major, 0, i, true, true
	}
	return 0, 0, 0, false, false
}

// cborSkip returns the end of the item at b[i], or -1.
func cborSkip(b []byte, i, depth int) int {
	if depth > maxCBORDepth {
		return -1
	}
	major, arg, next, indef, ok := cborHead(b, i)
	if !ok {
		return -1
	}
	switch major {
	case 0, 1:
		return next
	case 2, 3:
		if !indef {
			if arg > uint64(len(b)-next) {
				return -1
			}
			return next + int(arg)
		}
		for next < len(b) && b[next] != 0xff {
			if b[next]>>5 != major || b[next]&0x1f == 31 {
				return -1
			}
			if next = cborSkip(b, next, depth+1); next < 0 {
				return -1
			}
		}
		if next >= len(b) {
			return -1
		}
		return next + 1
	case 4, 5:
		per := 1
		if major == 5 {
			per = 2
		}
		if indef {
			n := 0
			for ; next < len(b) && b[next] != 0xff; n++ {
				if next = cborSkip(b, next, depth+1); next < 0 {
					return -1
				}
			}
			if next >= len(b) || n%per != 0 {
				return -1
			}
			return next + 1
		}
		if arg > uint64(len(b)-next) {
			return -1
		}
		for n := uint64(0); n < arg*uint64(per); n++ {
			if next = cborSkip(b, next, depth+1); next < 0 {
				return -1
			}
		}
		return next
	case 6:
		return cborSkip(b, next, depth+1)
	case 7:
		if indef {
			return -1 // a break outside an indefinite item
		}
		return next
	}
	return -1
}

// cborValue handles a string value at w.src[s:e] (quotes included) whose
// content v is a RawCBOR data URL. It reports false when v is not one.
func (w *walker) cborValue(s, e int, v []byte) bool {
	if !bytes.HasPrefix(v, []byte(cborDataURL)) {
		return false
	}
	data, err := base64.StdEncoding.AppendDecode(nil, v[len(cborDataURL):])
	if err != nil || cborSkip(data, 0, 0) != len(data) {
		return false
	}
	c := cborWalker{w: w, src: data, path: append([]byte(nil), w.cur...)}
	c.item(0, 0)
	if len(c.edits) == 0 {
		return true
	}
	w.changed()
	switch w.mode {
	case modeRewrite:
		var out []byte
		prev := 0
		for _, ed := range c.edits {
			out = append(out, data[prev:ed.s]...)
			out = append(out, c.repl[ed.lo:ed.hi]...)
			prev = ed.e
		}
		out = append(out, data[prev:]...)
		lo := len(w.repl)
		w.repl = append(w.repl, '"')
		w.repl = append(w.repl, cborDataURL...)
		w.repl = base64.StdEncoding.AppendEncode(w.repl, out)
		w.repl = append(w.repl, '"')
		w.addEdit(s, e, lo)
	case modeScan:
		for _, f := range c.found {
			w.report(f, s+1, e-1)
		}
	}
	return true
}

// cborWalker reads one CBOR value for a walker.
type cborWalker struct {
	w     *walker
	src   []byte
	path  []byte
	edits []edit // in check and scan mode, only counted
	repl  []byte
	found []patterns.Finding
}

// sc is the scope of the value being visited, with a key of its own for
// the observer.
func (c *cborWalker) sc() patterns.Scope {
	return patterns.Scope{Layer: c.w.layer, Key: c.w.stable(str(c.path))}
}

// change records that the item at src[s:e] changes: in check mode only
// that it does, in scan mode the finding f, and in rewrite mode the text
// string that replaces it, which text computes (and the engine observes).
func (c *cborWalker) change(s, e int, f patterns.Finding, text func() string) {
	switch c.w.mode {
	case modeCheck:
		c.edits = append(c.edits, edit{})
	case modeScan:
		f.Key = c.w.stable(str(c.path))
		c.found = append(c.found, f)
		c.edits = append(c.edits, edit{})
	case modeRewrite:
		lo := len(c.repl)
		c.repl = AppendCBORText(c.repl, text())
		c.edits = append(c.edits, edit{s: s, e: e, lo: lo, hi: len(c.repl)})
	}
}

// first is the first finding in s under sc, for scan mode.
func (c *cborWalker) first(sc patterns.Scope, s string) patterns.Finding {
	if fs := c.w.e.AppendFind(nil, sc, s); len(fs) > 0 {
		return fs[0]
	}
	return patterns.Finding{DetectorID: sensitiveKeyID, Category: patterns.Secret}
}

// item visits the item at src[i] and returns its end. The input was
// checked with cborSkip, so heads are well formed.
func (c *cborWalker) item(i, depth int) int {
	e := c.w.e
	major, arg, next, indef, _ := cborHead(c.src, i)
	end := cborSkip(c.src, i, depth)
	key := str(c.path)
	sensitive := key != "" && e.SensitiveKey(key)
	switch major {
	case 0, 1:
		if major == 1 && arg >= math.MaxInt64 {
			break
		}
		v := int64(arg)
		if major == 1 {
			v = -1 - v
		}
		if major == 0 && !UintDirty(e, key, arg) || major == 1 && !IntDirty(e, key, v) {
			break
		}
		text := strconv.FormatInt(v, 10)
		if major == 0 {
			text = strconv.FormatUint(arg, 10)
		}
		c.change(i, end, c.first(c.scan(), text), func() string {
			out, _ := e.RedactIn(c.sc(), text)
			return out
		})
	case 2, 3:
		var text []byte
		if indef {
			for j := next; c.src[j] != 0xff; {
				_, n, at, _, _ := cborHead(c.src, j)
				text = append(text, c.src[at:at+int(n)]...)
				j = at + int(n)
			}
		} else {
			text = c.src[next : next+int(arg)]
		}
		if major == 2 && !utf8.Valid(text) || !StringDirty(e, c.scan(), str(text)) {
			break
		}
		c.change(i, end, c.first(c.scan(), str(text)), func() string {
			out, _ := RedactString(e, c.sc(), str(text))
			return out
		})
	case 4, 5:
		if sensitive {
			c.change(i, end, c.first(c.scan(), "x"), func() string { return e.MaskWhole(c.sc()) })
			break
		}
		n := len(c.path)
		for j, k := next, uint64(0); ; k++ {
			if indef && c.src[j] == 0xff || !indef && k >= arg {
				break
			}
			if major == 5 {
				km, kn, kat, kindef, _ := cborHead(c.src, j)
				kend := cborSkip(c.src, j, depth+1)
				c.path = c.path[:n]
				if km == 3 && !kindef {
					if n > 0 {
						c.path = append(c.path, '.')
					}
					c.path = append(c.path, c.src[kat:kat+int(kn)]...)
				}
				j = kend
			}
			j = c.item(j, depth+1)
		}
		c.path = c.path[:n]
	case 6:
		c.item(next, depth+1)
	case 7:
		if info := c.src[i] & 0x1f; sensitive && info >= 25 && info <= 27 {
			// A float under a sensitive key; true, false and null hide
			// nothing.
			c.change(i, end, c.first(c.scan(), "x"), func() string { return e.MaskWhole(c.sc()) })
		}
	}
	return end
}

// scan is the scope for a check: the path views the walker's buffer,
// which the engine only reads.
func (c *cborWalker) scan() patterns.Scope {
	return patterns.Scope{Layer: c.w.layer, Key: str(c.path)}
}

// AppendCBORText appends s as a CBOR text string (major type 3).
func AppendCBORText(dst []byte, s string) []byte {
	const major = 3 << 5
	switch n := len(s); {
	case n < 24:
		dst = append(dst, major|byte(n))
	case n <= 0xff:
		dst = append(dst, major|24, byte(n))
	case n <= 0xffff:
		dst = append(dst, major|25, byte(n>>8), byte(n))
	default:
		dst = append(dst, major|26, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
	}
	return append(dst, s...)
}
