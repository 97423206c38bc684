package jsonredact

import (
	"slices"

	"github.com/logredact/logredact/patterns"
)

// Secrets known by their neighbours: an AWS secret access key is 40
// characters of base64 that only the access key ID beside it gives away,
// and a walk that judges each member on its own sees the ID in one member
// and an anonymous string in the next ({"id":"ASIA...","key":"..."}).
// So a flat object (no containers among its members) in which the walk
// masked a member string, and left another that could be a secret with no
// format of its own (a long run of base64 or hex), is read once more as
// the text it is, and what
// that finds wholly inside a member string that the walk left alone, under
// a key with no rule of its own, is masked too. Clean objects never pay
// for it, nested objects are not read twice, and a read of the whole
// object cannot mask across member boundaries.

// maxSpans bounds the member strings of one object that are remembered
// for the second read.
const maxSpans = 8

// objectSpans remembers an object's member strings under plain keys,
// quotes excluded.
type objectSpans struct {
	n      int
	s, e   [maxSpans]int
	editLo int  // the first edit or finding the object's walk recorded
	nested bool // a member is a container
}

func (o *objectSpans) add(s, e int) {
	if o.n < maxSpans {
		o.s[o.n], o.e[o.n] = s, e
		o.n++
	}
}

// neighbours reads the object at w.src[start:end] as text when its walk
// recorded an edit (a finding in scan mode), and masks the findings that
// lie inside one of its member strings and outside every edit.
func (w *walker) neighbours(o *objectSpans, start, end int) {
	switch w.mode {
	case modeRewrite:
		if len(w.edits) == o.editLo {
			return
		}
	case modeScan:
		if len(w.found) == o.editLo {
			return
		}
	default:
		return
	}
	if o.nested || o.n < 2 || !w.bareSecretLeft(o) {
		return
	}
	sc := patterns.Scope{Layer: w.layer}
	w.nfs = w.e.AppendFind(w.nfs[:0], sc, str(w.src[start:end]))
	for _, f := range w.nfs {
		s, e := start+f.Start, start+f.End
		if !o.holds(s, e) || hasBackslash(w.src[s:e]) || w.covered(o, s, e) {
			continue
		}
		switch w.mode {
		case modeRewrite:
			lo := len(w.repl)
			w.repl = w.e.AppendMask(w.repl, patterns.Scope{Layer: w.layer, Key: w.stable(str(w.cur))}, f, str(w.src[s:e]))
			ed := edit{s: s, e: e, lo: lo, hi: len(w.repl)}
			at, _ := slices.BinarySearchFunc(w.edits[o.editLo:], s, func(x edit, s int) int { return x.s - s })
			w.edits = slices.Insert(w.edits, o.editLo+at, ed)
		case modeScan:
			w.report(f, s, e)
		}
	}
}

// holds reports whether src[s:e] lies inside one member string.
func (o *objectSpans) holds(s, e int) bool {
	for k := 0; k < o.n; k++ {
		if s >= o.s[k] && e <= o.e[k] {
			return true
		}
	}
	return false
}

// covered reports whether src[s:e] overlaps an edit or a finding of the
// object's walk.
func (w *walker) covered(o *objectSpans, s, e int) bool {
	if w.mode == modeScan {
		for _, f := range w.found[o.editLo:] {
			if f.Start < e && s < f.End {
				return true
			}
		}
		return false
	}
	for _, ed := range w.edits[o.editLo:] {
		if ed.s < e && s < ed.e {
			return true
		}
	}
	return false
}

// bareSecretLeft reports whether a member string that the walk left alone
// could be a secret known only by its neighbours: 20 bytes or more of
// base64 with upper and lower case and digits, or 32 hex digits or more.
// Only such objects are read twice.
func (w *walker) bareSecretLeft(o *objectSpans) bool {
	for k := 0; k < o.n; k++ {
		s, e := o.s[k], o.e[k]
		if e-s < 20 || w.covered(o, s, e) {
			continue
		}
		if bareSecret(w.src[s:e]) {
			return true
		}
	}
	return false
}

func bareSecret(b []byte) bool {
	var up, low, digit, other bool
	hex := true
	for _, c := range b {
		switch {
		case c >= 'A' && c <= 'Z':
			up = true
			hex = hex && c <= 'F'
		case c >= 'a' && c <= 'z':
			low = true
			hex = hex && c <= 'f'
		case c >= '0' && c <= '9':
			digit = true
		case c == '+' || c == '/' || c == '=' || c == '_' || c == '-':
			hex = false
		default:
			other = true
		}
	}
	return !other && (up && low && digit || hex && len(b) >= 32)
}
