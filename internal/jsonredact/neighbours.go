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
// found such an identifier (patterns.Engine.Paired), and left a member
// string that could be a secret with no format of its own (a long run of
// base64 or hex), is read once more as the text it is, and what that
// finds wholly inside a member string that the walk left alone, under a
// key with no rule of its own, is masked too. Other objects never pay for
// it.

// maxSpans bounds the member strings of one object that are remembered
// for the second read.
const maxSpans = 8

// objectSpans are an object's member strings under plain keys, quotes
// excluded.
type objectSpans struct {
	n      int
	s, e   [maxSpans]int
	ks, ke [maxSpans]int // each string's key, in src
	editLo int           // the first edit or finding of the object's walk
}

// recorded is how many edits (findings in scan mode) the walk holds.
func (w *walker) recorded() int {
	if w.mode == modeScan {
		return len(w.found)
	}
	return len(w.edits)
}

// neighbours reads the object at w.src[start:end], whose walk found a
// paired identifier and recorded the edits (findings in scan mode) from
// editLo on, as text, and masks the
// findings that lie inside one of its member strings and outside every
// edit. obj is the object's key path; top says it is the event itself.
func (w *walker) neighbours(obj []byte, top bool, start, end, editLo int) {
	if w.mode == modeCheck {
		return
	}
	o := objectSpans{editLo: editLo}
	if w.cands.over || !noteCands {
		if !w.memberStrings(&o, obj, top, start, end) {
			return
		}
	} else {
		w.cands.judge(w, &o, obj, top)
	}
	if o.n == 0 {
		return
	}
	sc := patterns.Scope{Layer: w.layer}
	w.nfs = w.e.AppendFind(w.nfs[:0], sc, str(w.src[start:end]))
	var buf [maxKeyPath]byte
	for _, f := range w.nfs {
		s, e := start+f.Start, start+f.End
		k := o.holding(s, e)
		if k < 0 || hasBackslash(w.src[s:e]) || w.covered(&o, s, e) {
			continue
		}
		path := buf[:0]
		if len(obj) > 0 {
			path = append(append(path, obj...), '.')
		}
		f.Key = w.stable(str(append(path, w.src[o.ks[k]:o.ke[k]]...)))
		switch w.mode {
		case modeRewrite:
			lo := len(w.repl)
			w.repl = w.e.AppendMask(w.repl, patterns.Scope{Layer: w.layer, Key: f.Key}, f, str(w.src[s:e]))
			ed := edit{s: s, e: e, lo: lo, hi: len(w.repl)}
			at, _ := slices.BinarySearchFunc(w.edits[o.editLo:], s, func(x edit, s int) int { return x.s - s })
			w.edits = slices.Insert(w.edits, o.editLo+at, ed)
		case modeScan:
			w.report(f, s, e)
		}
	}
}

// noteCands lets tests compare the walk's notes with memberStrings.
var noteCands = true

// maxCands bounds the long member strings an object's walk notes; an
// object with more is read again by memberStrings.
const maxCands = 16

// memberCands are the member strings of at least minBare bytes, under
// unescaped keys, that the walk of a flat object passed: what
// memberStrings would read again, noted on the way so that an object
// with a paired identifier in it needs no second read. The walker holds
// one, reset by every object: once a member is a container, its object
// is not flat and its notes are not used.
type memberCands struct {
	n      int
	over   bool
	s, e   [maxCands]int
	ks, ke [maxCands]int
}

func (c *memberCands) reset() { c.n, c.over = 0, false }

// note records the string at src[s:e] under the key at src[ks:ke].
func (c *memberCands) note(s, e, ks, ke int) {
	if e-s < minBare {
		return
	}
	if c.n == maxCands {
		c.over = true
		return
	}
	c.s[c.n], c.e[c.n], c.ks[c.n], c.ke[c.n] = s, e, ks, ke
	c.n++
}

// judge fills o with the noted strings memberStrings would have taken,
// in the same order and under the same tests.
func (c *memberCands) judge(w *walker, o *objectSpans, obj []byte, top bool) {
	var buf [maxKeyPath]byte
	for k := 0; k < c.n && o.n < maxSpans; k++ {
		s, e, ks, ke := c.s[k], c.e[k], c.ks[k], c.ke[k]
		if !w.covered(o, s, e) && bareSecret(w.src[s:e]) && w.plainMember(buf[:0], obj, top, w.src[ks:ke]) {
			o.s[o.n], o.e[o.n], o.ks[o.n], o.ke[o.n] = s, e, ks, ke
			o.n++
		}
	}
}

// memberStrings reads the members of the object at w.src[start:end] again
// and notes the strings under plain keys, unescaped ones only. It reports
// false for an object with a container among its members: only flat
// objects are read twice.
func (w *walker) memberStrings(o *objectSpans, obj []byte, top bool, start, end int) bool {
	var buf [maxKeyPath]byte
	i := w.skipSpace(start + 1)
	for i < end && w.src[i] == '"' {
		ke, kesc := w.stringEnd(i + 1)
		if ke < 0 {
			return false
		}
		key := w.src[i+1 : ke]
		i = w.skipSpace(ke + 1)
		if i >= end || w.src[i] != ':' {
			return false
		}
		i = w.skipSpace(i + 1)
		if i >= end {
			return false
		}
		switch w.src[i] {
		case '{', '[':
			return false
		case '"':
			ve, vesc := w.stringEnd(i + 1)
			if ve < 0 {
				return false
			}
			// Only a string the walk left alone that could be a
			// secret with no format of its own is worth the read.
			if !kesc && !vesc && o.n < maxSpans && ve-i-1 >= minBare && !w.covered(o, i+1, ve) &&
				bareSecret(w.src[i+1:ve]) && w.plainMember(buf[:0], obj, top, key) {
				o.s[o.n], o.e[o.n], o.ks[o.n], o.ke[o.n] = i+1, ve, ke-len(key), ke
				o.n++
			}
			i = ve + 1
		default:
			// A number or a literal: it ends where the member does.
			for i < end && w.src[i] != ',' && w.src[i] != '}' && !isSpace(w.src[i]) {
				i++
			}
		}
		i = w.skipSpace(i)
		if i < end && w.src[i] == ',' {
			i = w.skipSpace(i + 1)
		}
	}
	return true
}

// maxKeyPath bounds the key paths memberStrings judges.
const maxKeyPath = 256

// plainMember reports whether key, a member of the object at path obj, is
// under no key rule of its own: not sensitive, allowed or marked, and not
// the message.
func (w *walker) plainMember(buf, obj []byte, top bool, key []byte) bool {
	if top && w.msgKey != "" && str(key) == w.msgKey {
		return false
	}
	if len(obj)+1+len(key) > maxKeyPath {
		return false
	}
	path := buf
	if len(obj) > 0 {
		path = append(append(path, obj...), '.')
	}
	path = append(path, key...)
	p := str(path)
	for _, x := range w.extra {
		if x == p {
			return false
		}
	}
	return !w.e.SensitiveKey(p) && !w.e.AllowedKey(p)
}

// holding returns which member string holds src[s:e] whole, or -1.
func (o *objectSpans) holding(s, e int) int {
	for k := 0; k < o.n; k++ {
		if s >= o.s[k] && e <= o.e[k] {
			return k
		}
	}
	return -1
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

// minBare is the shortest string read as a secret with no format of its
// own.
const minBare = 20

// bareSecret reports whether b could be a secret known only by its
// neighbours: base64 with upper and lower case and digits, or 32 hex
// digits or more.
func bareSecret(b []byte) bool {
	var seen uint8
	for _, c := range b {
		k := bareClass[c]
		if k == 0 {
			// A space, a dot, a colon: words, times and names, not a
			// secret of this kind.
			return false
		}
		seen |= k
	}
	return seen&(bareUpper|bareLower|bareDigit) == bareUpper|bareLower|bareDigit ||
		seen&bareNotHex == 0 && len(b) >= 32
}

// The classes of bareSecret's bytes; 0 is a byte no such secret holds.
const (
	bareUpper uint8 = 1 << iota
	bareLower
	bareDigit
	bareNotHex // a letter past 'f' or a symbol of base64
)

var bareClass = func() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = bareUpper
		if c > 'F' {
			t[c] |= bareNotHex
		}
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = bareLower
		if c > 'f' {
			t[c] |= bareNotHex
		}
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = bareDigit
	}
	for _, c := range "+/=_-" {
		t[c] = bareNotHex
	}
	return t
}()
