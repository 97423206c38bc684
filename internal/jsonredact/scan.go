package jsonredact

import "github.com/logredact/logredact/patterns"

// Scan calls fn for every finding in src, in order, with Start and End as
// byte offsets into src (covering the raw, still-escaped bytes of the
// value) and Key set to the key path, or to the key a free-text assignment
// named. It never passes the value. src is read as by [Append]: value by
// value when it is JSON, as text otherwise.
func Scan(e *patterns.Engine, layer string, src []byte, fn func(patterns.Finding)) {
	r := Rewriter{Engine: e, Layer: layer}
	r.Scan(src, fn)
}

// Scan is the package-level [Scan] with r's settings.
func (r *Rewriter) Scan(src []byte, fn func(patterns.Finding)) {
	w := getWalker(r, modeScan, src)
	defer putWalker(w)
	var buf []patterns.Finding
	w.fn = func(f patterns.Finding) { buf = append(buf, f) }
	if !w.walk() {
		// The walk may have reported values before it met the error:
		// text is the reading that counts.
		buf = buf[:0]
		w.text()
	}
	for _, f := range buf {
		fn(f)
	}
}
