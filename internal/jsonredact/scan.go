package jsonredact

import "github.com/logredact/logredact/patterns"

// Scan calls fn for every finding in src, in order, with Start and End as
// byte offsets into src (covering the raw, still-escaped bytes of the
// value) and Key set to the key path, or to the key a free-text assignment
// named. It never passes the value, and a key path never carries what a
// key held: a key with a finding appears in the paths below it as the
// label of its detector. src is read as by [Append].
func Scan(e *patterns.Engine, layer string, src []byte, fn func(patterns.Finding)) {
	r := Rewriter{Engine: e, Layer: layer}
	r.Scan(src, fn)
}

// Scan is the package-level [Scan] with r's settings.
func (r *Rewriter) Scan(src []byte, fn func(patterns.Finding)) {
	w := getWalker(r, modeScan, src)
	defer putWalker(w)
	w.line()
	for _, f := range w.found {
		fn(f)
	}
}
