// Package jsonredact redacts JSON log lines value by value. It is shared
// by the zerolog writer and the logredact command, so that both give a
// line the same treatment.
//
// A line that is one JSON object or array is walked with a small
// tokenizer: every string value is decoded (\u0040, \", \/, surrogate
// pairs) and handed to the engine with its key path, numbers are checked as
// card numbers and against key rules, and a value of any type under a
// sensitive key is masked whole. Only values that change are written again;
// the rest of the line is copied byte for byte. A line that is not JSON is
// redacted as text.
package jsonredact

import "github.com/logredact/logredact/patterns"

// Rewriter holds what a rewrite needs besides the input. The zero value
// uses [patterns.Default] and no layer.
type Rewriter struct {
	// Engine finds and masks values; nil means [patterns.Default].
	Engine *patterns.Engine
	// Layer is passed to the engine's observer ("zerolog", "cli").
	Layer string
	// MessageKey names a top-level field that holds free text, such as
	// a log message: its string value is scanned with no key, as a
	// message and not as a keyed field.
	MessageKey string
}

// Append appends src, redacted, to dst and reports whether anything
// changed. When changed is false, dst is returned exactly as given
// (nothing appended, no allocation): the caller then writes src itself,
// byte for byte.
//
// src that is a JSON object or array (optionally followed by whitespace or
// a newline) is rewritten value by value: every string value (escapes
// decoded before detection and the result re-encoded as valid JSON),
// numbers that are card numbers or sit under sensitive keys, and values of
// any JSON type but true, false and null under a sensitive key, masked
// whole as a JSON string. Key rules see the key path joined with '.'
// ("db.password"); array elements keep their parent's key; a value under
// an allowed key is not examined at all, nested values included. Anything
// else (a plain line, truncated or malformed JSON, nesting deeper than 512
// levels) is redacted as text and still returned, never dropped. Trailing
// bytes (newline, CRLF) are kept.
func Append(dst []byte, e *patterns.Engine, layer string, src []byte) (out []byte, changed bool) {
	r := Rewriter{Engine: e, Layer: layer}
	return r.Append(dst, src)
}

// Clean reports whether [Append] would leave src unchanged. It is the
// same walk without the output, and asks the engine nothing once a value
// would change, so a caller that expects most lines to be clean checks
// first and writes src as it is.
func Clean(e *patterns.Engine, layer string, src []byte) bool {
	r := Rewriter{Engine: e, Layer: layer}
	return r.Clean(src)
}

// Append is the package-level [Append] with r's settings.
func (r *Rewriter) Append(dst, src []byte) (out []byte, changed bool) {
	w := getWalker(r, modeRewrite, src)
	defer putWalker(w)
	w.out = dst
	if w.walk() {
		if !w.dirty {
			return dst, false
		}
		return append(w.out, src[w.copied:]...), true
	}
	w.out, w.copied, w.dirty = dst, 0, false
	w.text()
	return w.out, w.dirty
}

// Clean is the package-level [Clean] with r's settings.
func (r *Rewriter) Clean(src []byte) bool {
	w := getWalker(r, modeCheck, src)
	defer putWalker(w)
	if w.walk() {
		return !w.dirty
	}
	w.dirty = false
	w.text()
	return !w.dirty
}

// text redacts w.src as a line of text. Escapes that could hide a value
// from the engine (\u0040 for '@', \/ in a URL) are decoded first; when the
// decoded line holds a finding, the line is written decoded and redacted,
// otherwise the line as written is redacted.
func (w *walker) text() {
	sc := patterns.Scope{Layer: w.layer}
	v, esc := w.src, false
	if hasBackslash(w.src) {
		w.dec, _ = appendDecoded(w.dec[:0], w.src, inText)
		if len(w.dec) != len(w.src) && w.e.Contains(str(w.dec)) {
			v, esc = w.dec, true
		}
	}
	if !esc && !w.e.Contains(str(v)) {
		return
	}
	w.dirty = true
	switch w.mode {
	case modeRewrite:
		w.out = w.redact(w.out, sc, v)
	case modeScan:
		w.fs = w.e.AppendFind(w.fs[:0], sc, str(v))
		for _, f := range w.fs {
			if esc {
				f.Start, f.End = rawOffset(w.src, f.Start, inText, false), rawOffset(w.src, f.End, inText, true)
			}
			w.fn(f)
		}
	}
}

func hasBackslash(b []byte) bool {
	for _, c := range b {
		if c == '\\' {
			return true
		}
	}
	return false
}
