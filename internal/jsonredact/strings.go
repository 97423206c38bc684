package jsonredact

import (
	"encoding/hex"

	"github.com/logredact/logredact/patterns"
)

// messageKey is [MessageKey] as the walker's key paths are held; it is
// only ever read.
var messageKey = []byte(MessageKey)

// stringValue handles the string whose quotes are at w.src[i] and
// w.src[end]. Under a sensitive key the string is masked whole, with the
// mask of a detector that claims all of it. Otherwise it is read as what
// it holds: a JSON document (docker's "log", journald's "MESSAGE") is
// walked as JSON under the string's key path; CBOR in a data URL
// (zerolog's RawCBOR) is read item by item; hexadecimal digits that spell
// text (zerolog's Hex) are examined as that text; anything else is text,
// and only the spans found in it change.
func (w *walker) stringValue(i, end int, esc, msg bool) {
	raw := w.src[i+1 : end]
	v := raw
	if esc {
		w.dec, _ = appendDecoded(w.dec[:0], raw, inString)
		v = w.dec
	}
	if msg {
		// The message is judged and observed under one key in every
		// layer, whatever key the line writes it under.
		w.cur = messageKey
	}
	flags := keyPlain
	if len(w.cur) > 0 {
		flags = w.keyFlags()
	}
	switch flags &^ keyFlagBits {
	case keyAllowed:
		return
	case keyMarked:
		if len(v) > 0 {
			w.maskMarked(i, end+1, v)
		}
		return
	case keySensitive:
		if w.mode == modeRewrite && !w.e.ReportOnly() && oneScan {
			// One scan: asking whether the value holds anything first
			// would read a value that is almost always masked twice.
			w.redactWhole(i, end+1, v)
			return
		}
		if !w.e.ContainsIn(w.scope(), str(v)) {
			return
		}
		if w.mode != modeScan {
			w.replaceWhole(i, end+1, v)
			return
		}
		w.changed()
		w.fs = w.e.AppendFind(w.fs[:0], w.scope(), str(v))
		for _, f := range w.fs {
			s, e := f.Start, f.End
			if esc {
				s, e = rawOffset(raw, s, inString, false), rawOffset(raw, e, inString, true)
			}
			w.report(f, i+1+s, i+1+e)
		}
		return
	}
	if len(v) > 0 && (special(str(v)) || v[0] == 'd') {
		if w.nest < maxNest && looksJSON(v) && w.docValue(v, raw, i+1, esc) {
			return
		}
		if len(v) > len(cborDataURL) && v[0] == 'd' && w.cborValue(i, end+1, v) {
			return
		}
		if t, ok := hexText(w.tmp[:0], v); ok {
			w.tmp = t
			if w.e.Contains(str(t)) {
				w.hexValue(i, end+1, t)
			}
			return
		}
	}
	w.matters = flags&keyMattersBit != 0
	w.textValue(v, raw, i+1, esc)
}

// oneScan lets tests compare redactWhole with the check and replaceWhole
// it stands in for.
var oneScan = true

// textValue masks the findings in v, the content of a string value or a
// line of text, which sits at w.src[at:] as raw: esc says v is raw decoded
// as a JSON string. w.matters says the value is judged with its key
// (patterns.Engine.KeyMatters). Only the raw bytes of each finding are replaced.
func (w *walker) textValue(v, raw []byte, at int, esc bool) {
	sc := w.scope()
	// The key is plain here (the caller judged it): it changes nothing in
	// what the engine finds, and is left out of the check so that the
	// engine does not judge it again.
	chk := patterns.Scope{Layer: w.layer}
	if w.matters {
		// Unless the key is one that changes what is found: a phone
		// or ID key, or one that names a provider.
		chk.Key = str(w.cur)
	}
	t, twice := v, false
	// Only decoding or a line of text can leave a backslash in v.
	if (esc || w.text) && hasBackslash(v) {
		// JSON written into a string, or a line of escaped text, carries
		// escapes of its own: decoded as in a text line, they can hide
		// a value ("a\\u0040b.c").
		w.dec2, _ = appendDecoded(w.dec2[:0], v, inText)
		if len(w.dec2) != len(v) && w.e.ContainsIn(chk, str(w.dec2)) {
			t, twice = w.dec2, true
		}
	}
	if w.mode == modeCheck {
		if twice || w.e.ContainsIn(chk, str(t)) {
			w.changed()
		}
		return
	}
	// A rewrite or a report finds what there is in one scan: asking
	// first would scan a dirty value twice.
	w.fs = w.e.AppendFind(w.fs[:0], sc, str(t))
	if len(w.fs) == 0 {
		return
	}
	// Findings carry the scope's key, and the observer keeps it: it must
	// not view the reused path buffer.
	key := w.stable(sc.Key)
	for i := range w.fs {
		if w.fs[i].Key == sc.Key {
			w.fs[i].Key = key
		}
		if w.e.Paired(w.fs[i].DetectorID) {
			w.paired++ // its secret may be in a sibling: see neighbours
		}
	}
	w.changed()
	// vSpan maps a span of t back to v, and rawSpan to the raw bytes.
	vSpan := func(s, e int) (int, int) {
		if twice {
			s, e = rawOffset(v, s, inText, false), rawOffset(v, e, inText, true)
		}
		return s, e
	}
	rawSpan := func(s, e int) (int, int) {
		s, e = vSpan(s, e)
		if esc {
			s, e = rawOffset(raw, s, inString, false), rawOffset(raw, e, inString, true)
		}
		return at + s, at + e
	}
	if w.mode == modeScan {
		for _, f := range w.fs {
			s, e := rawSpan(f.Start, f.End)
			if f.Key == "" {
				f.Key = key
			}
			w.report(f, s, e)
		}
		return
	}
	// Mask each finding in place, and keep the masked text to check that
	// masking did not join its neighbours into a new finding.
	n := len(w.edits)
	obs := patterns.Scope{Layer: w.layer, Key: key}
	w.red, w.masks = w.red[:0], w.masks[:0]
	prev := 0
	for _, f := range w.fs {
		w.red = append(w.red, t[prev:f.Start]...)
		m := len(w.red)
		w.red = w.e.AppendMask(w.red, obs, f, str(t[f.Start:f.End]))
		w.masks = append(w.masks, m, len(w.red))
		s, e := rawSpan(f.Start, f.End)
		lo := len(w.repl)
		if w.text {
			w.repl = append(w.repl, w.red[m:]...)
		} else {
			w.repl = appendEscaped(w.repl, w.red[m:])
		}
		w.addEdit(s, e, lo)
		prev = f.End
	}
	w.red = append(w.red, t[prev:]...)
	if !twice && len(w.fs) == 1 && w.fs[0].Start == 0 && w.fs[0].End == len(t) {
		// The mask replaced the whole value and left no neighbour to
		// join, as in Engine.RedactIn: nothing to settle.
		return
	}
	if !w.e.Contains(str(w.red)) && !(twice && w.maskedContains(v, t, vSpan)) {
		return
	}
	// Rare: masking joined what was around a finding into a new one, or
	// v, read as it is, holds one that only its decoding hid. The rest is
	// redacted again and the value replaced whole, decoded.
	w.edits = w.edits[:n]
	w.tmp = append(w.tmp[:0], w.red...)
	w.red = w.redact(w.red[:0], patterns.Scope{Layer: w.layer}, w.tmp)
	lo := len(w.repl)
	if w.text {
		w.repl = append(w.repl, w.red...)
		w.addEdit(at, at+len(raw), lo)
	} else {
		w.repl = appendQuoted(w.repl, w.red)
		w.addEdit(at-1, at+len(raw)+1, lo)
	}
}

// maskedContains reports whether v, read as it is, holds a finding once
// the masks of w.fs, found in t (v decoded) and written into w.red at
// w.masks, are put in place: a line is
// read both as written and decoded, and masking through the decoding must
// leave neither reading anything to find.
func (w *walker) maskedContains(v, t []byte, vSpan func(s, e int) (int, int)) bool {
	b := make([]byte, 0, len(v)+32)
	prev := 0
	for i, f := range w.fs {
		s, e := vSpan(f.Start, f.End)
		b = append(b, v[prev:s]...)
		b = append(b, w.red[w.masks[2*i]:w.masks[2*i+1]]...)
		prev = e
	}
	b = append(b, v[prev:]...)
	return w.e.Contains(str(b))
}

// hexValue masks a string of hexadecimal digits that spell the text t,
// writing the masked text as hexadecimal digits again.
func (w *walker) hexValue(s, e int, t []byte) {
	w.changed()
	sc := w.scope()
	sc.Key = w.stable(sc.Key)
	switch w.mode {
	case modeRewrite:
		w.red = w.redact(w.red[:0], sc, t)
		lo := len(w.repl)
		w.repl = append(w.repl, '"')
		w.repl = hex.AppendEncode(w.repl, w.red)
		w.repl = append(w.repl, '"')
		w.addEdit(s, e, lo)
	case modeScan:
		w.fs = w.e.AppendFind(w.fs[:0], sc, str(t))
		for _, f := range w.fs {
			w.report(f, s+1, e-1)
		}
	}
}

// docValue walks v, the content of a string at w.src[at:] as raw, as a
// JSON document under the string's key path. It reports false, having
// done nothing, when v is not JSON.
func (w *walker) docValue(v, raw []byte, at int, esc bool) bool {
	sub := walkers.Get().(*walker)
	defer putWalker(sub)
	sub.e, sub.layer, sub.extra, sub.mode, sub.src = w.e, w.layer, w.extra, w.mode, v
	sub.nest = w.nest + 1
	sub.path = append(sub.path[:0], w.cur...)
	sub.cur = sub.path
	if !sub.walk(false) {
		return false
	}
	if !sub.dirty {
		return true
	}
	w.changed()
	switch w.mode {
	case modeRewrite:
		for _, ed := range sub.edits {
			s, e := ed.s, ed.e
			if esc {
				s, e = rawOffset(raw, s, inString, false), rawOffset(raw, e, inString, true)
			}
			lo := len(w.repl)
			if w.text {
				w.repl = append(w.repl, sub.repl[ed.lo:ed.hi]...)
			} else {
				w.repl = appendEscaped(w.repl, sub.repl[ed.lo:ed.hi])
			}
			w.addEdit(at+s, at+e, lo)
		}
	case modeScan:
		for _, f := range sub.found {
			s, e := f.Start, f.End
			if esc {
				s, e = rawOffset(raw, s, inString, false), rawOffset(raw, e, inString, true)
			}
			f.Key = w.stable(f.Key)
			w.found = append(w.found, patterns.Finding{DetectorID: f.DetectorID, Category: f.Category, Start: at + s, End: at + e, Key: f.Key})
		}
	}
	return true
}

// keyValue examines the key whose quotes are at w.src[i] and w.src[end],
// in the object whose path is obj: keys are data. When the key holds a
// finding it is masked, the masked key is left in w.mkey for the path of
// the value under it, and keyValue reports true.
func (w *walker) keyValue(obj []byte, i, end int, esc bool) bool {
	k := w.src[i+1 : end]
	if esc {
		w.dec, _ = appendDecoded(w.dec[:0], k, inString)
		k = w.dec
	}
	if !w.e.Contains(str(k)) {
		return false
	}
	w.changed()
	sc := patterns.Scope{Layer: w.layer, Key: w.stable(str(obj))}
	switch w.mode {
	case modeCheck:
		return false
	case modeScan:
		w.fs = w.e.AppendFind(w.fs[:0], patterns.Scope{Layer: w.layer}, str(k))
		w.mkey = w.mkey[:0]
		prev := 0
		for _, f := range w.fs {
			f.Key = sc.Key
			w.found = append(w.found, patterns.Finding{DetectorID: f.DetectorID, Category: f.Category, Start: i + 1, End: end, Key: sc.Key})
			// Reports name keys by their path: a key path must not carry
			// what the key held.
			w.mkey = append(w.mkey, k[prev:f.Start]...)
			w.mkey = append(append(append(w.mkey, "[REDACTED:"...), f.DetectorID...), ']')
			prev = f.End
		}
		w.mkey = append(w.mkey, k[prev:]...)
		return true
	}
	masked, _ := w.e.RedactKey(sc, str(k))
	w.mkey = append(w.mkey[:0], masked...)
	lo := len(w.repl)
	w.repl = appendQuoted(w.repl, w.mkey)
	w.addEdit(i, end+1, lo)
	return true
}

// looksJSON reports whether v starts like a JSON object or array.
func looksJSON(v []byte) bool {
	for _, c := range v {
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		case '{', '[':
			return true
		}
		return false
	}
	return false
}

// minHex is the shortest run of hexadecimal digits read as text: six
// bytes, the shortest value the engine masks by content.
const minHex = 12

// hexText decodes v into dst when [isHexText] says it spells text.
func hexText(dst, v []byte) ([]byte, bool) {
	if !isHexText(v) {
		return dst, false
	}
	for i := 0; i < len(v); i += 2 {
		dst = append(dst, byte(unhex(v[i])<<4|unhex(v[i+1])))
	}
	return dst, true
}

// isHexText reports whether v is an even run of lower-case hexadecimal
// digits that spells printable ASCII text, as zerolog's Hex writes bytes.
// Digests and identifiers fail at once: random bytes are seldom
// printable.
func isHexText(v []byte) bool {
	if len(v) < minHex || len(v)%2 != 0 {
		return false
	}
	for i := 0; i < len(v); i += 2 {
		hi, lo := unhex(v[i]), unhex(v[i+1])
		if hi < 0 || lo < 0 {
			return false
		}
		if c := byte(hi<<4 | lo); (c < 0x20 || c >= 0x7f) && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	}
	return -1
}
