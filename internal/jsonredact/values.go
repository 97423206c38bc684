package jsonredact

import (
	"math"
	"strconv"
	"unsafe"

	"github.com/logredact/logredact/patterns"
)

// The rules for one value, as every layer applies them: the slog and zap
// adapters and the Collector call these for the values they are given,
// and the walker applies the same rules to the values of a JSON line.

// minCard is the smallest integer with 13 digits, the shortest card
// number: a smaller integer is only masked under a sensitive key.
const minCard = 1_000_000_000_000

// RedactString redacts s, a string value logged under sc.Key. Under a
// sensitive key it is masked whole, with the mask of a detector that
// claims all of it; under an allowed key it is kept. Otherwise a string
// that holds a JSON object or array is read as JSON, with its key paths
// under sc.Key and only what is masked changed; a string of hexadecimal
// digits that spell text is judged as that text and stays hexadecimal;
// any other string goes to the engine. When nothing changes it returns s
// itself without allocating.
func RedactString(e *patterns.Engine, sc patterns.Scope, s string) (string, bool) {
	if !special(s) || plainText(s) {
		return e.RedactIn(sc, s)
	}
	if sc.Key != "" && (e.SensitiveKey(sc.Key) || e.AllowedKey(sc.Key)) {
		return e.RedactIn(sc, s)
	}
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	if looksJSON(b) {
		w := newWalker(e, sc.Layer, sc.Key, modeRewrite, b)
		ok, dirty := w.walk(false), w.dirty
		var out []byte
		if ok && dirty {
			out = w.apply(make([]byte, 0, len(s)+32))
		}
		putWalker(w)
		switch {
		case ok && dirty:
			return unsafe.String(unsafe.SliceData(out), len(out)), true
		case ok:
			return s, false
		}
	}
	if isHexText(b) {
		t, _ := hexText(nil, b)
		red, changed := e.RedactIn(sc, str(t))
		if !changed {
			return s, false
		}
		return hexString(red), true
	}
	return e.RedactIn(sc, s)
}

// StringDirty reports whether [RedactString] would change s, without
// telling the observer and without allocating for a clean string.
func StringDirty(e *patterns.Engine, sc patterns.Scope, s string) bool {
	if s == "" {
		return false
	}
	if sc.Key != "" && e.SensitiveKey(sc.Key) {
		// Never true for an allowed key; false for a mask already.
		return e.ContainsIn(sc, s)
	}
	if special(s) {
		if sc.Key != "" && e.AllowedKey(sc.Key) {
			return false
		}
		b := unsafe.Slice(unsafe.StringData(s), len(s))
		if looksJSON(b) {
			w := newWalker(e, sc.Layer, sc.Key, modeCheck, b)
			ok := w.walk(false)
			dirty := w.dirty
			putWalker(w)
			if ok {
				return dirty
			}
		}
		if isHexText(b) {
			t, _ := hexText(nil, b)
			return e.Contains(str(t))
		}
	}
	// Under its key: an allowed key finds nothing, and a phone or
	// provider key changes what is found ("user.phone").
	return e.ContainsIn(patterns.Scope{Key: sc.Key}, s)
}

// special reports whether s may be more than text: a JSON document or
// hexadecimal digits. It is the cheap test that keeps the common string
// on the engine's own path.
func special(s string) bool {
	if len(s) == 0 {
		return false
	}
	switch c := s[0]; c {
	case '{', '[':
		return true
	case ' ', '\t', '\n', '\r':
		return looksJSON(unsafe.Slice(unsafe.StringData(s), len(s)))
	}
	return len(s) >= minHex && len(s)%2 == 0 && unhex(s[0]) >= 0 && unhex(s[1]) >= 0
}

// docOrHex is special(s) && !plainText(s): whether s is read as more
// than text. The first byte settles it for most strings, in a test small
// enough to be inlined.
func docOrHex(s string) bool {
	return len(s) > 0 && mayBeSpecial[s[0]] && specialText(s)
}

// specialText is docOrHex past its first byte. A string that starts with
// a bracket or a space is more than text when it is a document; one that
// starts with a hex digit when it is all hex that spells text, which
// implies special's test of its length and first two bytes.
//
//go:noinline
func specialText(s string) bool {
	if c := s[0]; c == '{' || c == '[' || isSpace(c) {
		return looksJSON(unsafe.Slice(unsafe.StringData(s), len(s)))
	}
	return isHexText(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// mayBeSpecial holds the bytes a string docOrHex calls more than text
// may start with: a document's brackets, the whitespace before one, and
// the hexadecimal digits that start a byte of text: '2' to '7', and '0'
// for a tab or a line break.
var mayBeSpecial = func() (t [256]bool) {
	for _, c := range []byte("{[ \t\n\r0234567") {
		t[c] = true
	}
	return t
}()

// plainText reports whether s, which special may have let through, is
// ordinary text after all: neither a document nor hex that spells text
// (a UUID or a digest merely starts like hex).
func plainText(s string) bool {
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	return !looksJSON(b) && !isHexText(b)
}

func hexString(s string) string {
	const digits = "0123456789abcdef"
	b := make([]byte, 2*len(s))
	for i := 0; i < len(s); i++ {
		b[2*i], b[2*i+1] = digits[s[i]>>4], digits[s[i]&0xf]
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// RedactInt returns the masked text of an integer logged under sc.Key that
// is a card number or sits under a sensitive key. Under a sensitive key it
// is masked by its decimal text, so that a detector that claims the whole
// number names it (a card under "card_number" keeps PartialMask's last
// four digits). It allocates nothing for an integer it keeps.
func RedactInt(e *patterns.Engine, sc patterns.Scope, v int64) (string, bool) {
	if sc.Key != "" && e.SensitiveKey(sc.Key) {
		return e.RedactIn(sc, strconv.FormatInt(v, 10))
	}
	if v > -minCard && v < minCard {
		return "", false
	}
	return e.RedactInt(sc, v)
}

// RedactUint is [RedactInt] for unsigned integers.
func RedactUint(e *patterns.Engine, sc patterns.Scope, v uint64) (string, bool) {
	if sc.Key != "" && e.SensitiveKey(sc.Key) {
		return e.RedactIn(sc, strconv.FormatUint(v, 10))
	}
	if v < minCard {
		return "", false
	}
	return e.RedactUint(sc, v)
}

// IntDirty reports whether [RedactInt] would mask v, without telling the
// observer.
func IntDirty(e *patterns.Engine, key string, v int64) bool {
	// ContainsInt applies the key rules itself: asking SensitiveKey
	// first would judge the key twice on every clean field.
	return e.ContainsInt(patterns.Scope{Key: key}, v)
}

// UintDirty is [IntDirty] for unsigned integers.
func UintDirty(e *patterns.Engine, key string, v uint64) bool {
	return e.ContainsUint(patterns.Scope{Key: key}, v)
}

// RedactFloat is [RedactInt] for a float: a whole number is judged as the
// integer it is (JSON does not tell 4111111111111111.0 from an integer);
// any other float is masked under a sensitive key only, by its text as
// encoding/json writes it.
func RedactFloat(e *patterns.Engine, sc patterns.Scope, v float64) (string, bool) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		if sc.Key != "" && e.SensitiveKey(sc.Key) {
			return e.RedactIn(sc, strconv.FormatFloat(v, 'g', -1, 64))
		}
		return "", false
	}
	if v == math.Trunc(v) && math.Abs(v) < 1<<63 {
		return RedactInt(e, sc, int64(v))
	}
	if sc.Key == "" || !e.SensitiveKey(sc.Key) {
		return "", false
	}
	return e.RedactIn(sc, FloatText(v))
}

// FloatDirty reports whether [RedactFloat] would mask v.
func FloatDirty(e *patterns.Engine, key string, v float64) bool {
	if v == math.Trunc(v) && math.Abs(v) < 1<<63 {
		return IntDirty(e, key, int64(v))
	}
	return key != "" && e.SensitiveKey(key)
}

// FloatText is v as encoding/json writes it.
func FloatText(v float64) string {
	if a := math.Abs(v); a != 0 && (a < 1e-6 || a >= 1e21) {
		return strconv.FormatFloat(v, 'e', -1, 64)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// RedactJSON redacts data, one JSON value as encoding/json writes a field's
// value (a struct, map, slice, or a marshaler's output), under sc.Key, as a
// JSON line is redacted: every key in it is data. sensitive lists further
// key paths to mask. ok is false when data is not JSON.
func RedactJSON(e *patterns.Engine, sc patterns.Scope, data []byte, sensitive []string) (out []byte, changed, ok bool) {
	r := Rewriter{Engine: e, Layer: sc.Layer, Prefix: sc.Key, Sensitive: sensitive}
	return r.AppendValue(nil, data)
}

// JSONDirty reports whether [RedactJSON] would change data; ok is false
// when data is not JSON.
func JSONDirty(e *patterns.Engine, sc patterns.Scope, data []byte, sensitive []string) (dirty, ok bool) {
	w := newWalker(e, sc.Layer, sc.Key, modeCheck, data)
	w.extra = sensitive
	ok = w.walk(true)
	dirty = w.dirty
	putWalker(w)
	return dirty, ok
}

// RedactStringFind is [RedactString] for callers that also count what was
// masked: it appends the findings it masked in s to dst, Key set to the
// key path they were found under. A plain string costs one scan, as
// [patterns.Engine.RedactFind] does; a JSON document or hexadecimal text
// is read once more for the findings when something was masked.
func RedactStringFind(e *patterns.Engine, sc patterns.Scope, s string, dst []patterns.Finding) (string, []patterns.Finding) {
	if !special(s) || sc.Key != "" && (e.SensitiveKey(sc.Key) || e.AllowedKey(sc.Key)) {
		return e.RedactFind(dst, sc, s)
	}
	out, changed := RedactString(e, sc, s)
	if !changed {
		return s, dst
	}
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	if looksJSON(b) {
		w := newWalker(e, sc.Layer, sc.Key, modeScan, b)
		if w.walk(false) {
			dst = append(dst, w.found...)
			putWalker(w)
			return out, dst
		}
		putWalker(w)
	}
	if isHexText(b) {
		t, _ := hexText(nil, b)
		return out, e.AppendFind(dst, sc, str(t))
	}
	return out, e.AppendFind(dst, sc, s)
}
