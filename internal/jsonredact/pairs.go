package jsonredact

import (
	"slices"

	"github.com/logredact/logredact/patterns"
)

// Name/value pairs: an object that names a sensitive key in a "name" or
// "key" member holds its secret in the "value" member, before or after
// the name ({"name":"DB_PASSWORD","value":"x"}: Kubernetes env vars, HAR
// headers, AWS parameters). The object is walked as usual; when it ends,
// a pair it turned out to be has its value masked under the name, and the
// edits the walk made inside that value give way to the mask.

// pair is what an object walk learns about a name/value pair.
type pair struct {
	name string // a sensitive name held by a name member

	// The value member's string, quotes included, and the edits and
	// findings its walk recorded.
	vs, ve           int
	editLo, editHi   int
	foundLo, foundHi int
}

// pairMember reports which member of a pair key names, cheaply ruling out
// keys that do not end in "name", "key", "value" or "val" in any case
// ("level", "message"). The walk calls it only for keys that end in one
// of their last letters.
func (w *walker) pairMember(key []byte) int {
	if !endsFold(key, "name") && !endsFold(key, "key") && !endsFold(key, "value") && !endsFold(key, "val") {
		return 0
	}
	return w.e.PairMember(str(key))
}

// endsFold reports whether b ends in the lower-case ASCII word suffix,
// ignoring case.
func endsFold(b []byte, suffix string) bool {
	if len(b) < len(suffix) {
		return false
	}
	b = b[len(b)-len(suffix):]
	for i := 0; i < len(suffix); i++ {
		if b[i]|0x20 != suffix[i] {
			return false
		}
	}
	return true
}

// pairName notes the string at w.src[i] (its opening quote) as a pair's
// name when it is a sensitive key.
func (w *walker) pairName(p *pair, i int) {
	if i >= len(w.src) || w.src[i] != '"' {
		return
	}
	end, esc := w.stringEnd(i + 1)
	if end < 0 || end-i-1 > 128 {
		return
	}
	raw := w.src[i+1 : end]
	if esc {
		w.tmp, _ = appendDecoded(w.tmp[:0], raw, inString)
		raw = w.tmp
	}
	if len(raw) > 0 && w.e.SensitiveKey(str(raw)) {
		p.name = w.stable(str(raw))
	}
}

// pairValue masks the value member of a pair, if the object held one.
func (w *walker) pairValue(p *pair) {
	if p.name == "" || p.ve == 0 {
		return
	}
	raw := w.src[p.vs+1 : p.ve-1]
	v := raw
	if hasBackslash(raw) {
		w.dec, _ = appendDecoded(w.dec[:0], raw, inString)
		v = w.dec
	}
	sc := patterns.Scope{Layer: w.layer, Key: p.name}
	if len(v) == 0 || !w.e.ContainsIn(sc, str(v)) {
		return
	}
	w.changed()
	switch w.mode {
	case modeRewrite:
		w.red = w.redact(w.red[:0], sc, v)
		lo := len(w.repl)
		w.repl = appendQuoted(w.repl, w.red)
		ed := edit{s: p.vs, e: p.ve, lo: lo, hi: len(w.repl)}
		w.edits = slices.Replace(w.edits, p.editLo, p.editHi, ed)
	case modeScan:
		w.found = slices.Delete(w.found, p.foundLo, p.foundHi)
		w.fs = w.e.AppendFind(w.fs[:0], sc, str(v))
		for _, f := range w.fs {
			w.report(f, p.vs, p.ve)
		}
	}
}
