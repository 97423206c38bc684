// Package jsonredact holds the rules for values that every logredact
// layer shares, and applies them to JSON: the zerolog writer and the
// logredact command rewrite JSON log lines with it, and the slog and zap
// adapters and the Collector processor judge single values with it (a
// string that holds JSON, a number, a value encoding/json wrote), so
// that every layer gives a value the same treatment.
//
// A line that is one JSON object or array is walked with a small
// tokenizer: every string value is decoded (\u0040, \", \/, surrogate
// pairs) and handed to the engine with its key path; a string that holds
// a JSON document is walked as JSON under its key path; numbers are
// checked as card numbers and against key rules; an object or array under
// a sensitive key is masked whole, as one string; keys are data and are
// scanned. Only what is masked changes: every other byte of the line,
// escapes included, is copied as it was written. A line that is not JSON
// is redacted as text, and an object with one field that is not JSON is
// read field by field, that field as text.
package jsonredact

import "github.com/logredact/logredact/patterns"

// MessageKey is the key path every layer judges and observes an event's
// message under, whatever key its output writes the message under.
const MessageKey = "msg"

// Rewriter holds what a rewrite needs besides the input. The zero value
// uses [patterns.Default], no layer, and scans every key.
type Rewriter struct {
	// Engine finds and masks values; nil means [patterns.Default].
	Engine *patterns.Engine
	// Layer is passed to the engine's observer ("zerolog", "cli").
	Layer string
	// MessageKey names the top-level field that holds the message: its
	// value is judged and observed under [MessageKey].
	MessageKey string
	// FieldKeys says that the top-level keys of an object are field
	// keys, which a program's code chose and which are not scanned, as
	// in a logger's event. Every other key is data (a map key, a key of
	// a JSON document in a string) and is scanned: a key that holds a
	// finding is masked, and the finding observed under the path of the
	// object that holds it. Without FieldKeys, as for log lines of
	// unknown origin, every key is data.
	FieldKeys bool
	// Prefix is the key path the document sits under, for a document
	// that is the value of a field.
	Prefix string
	// Sensitive lists key paths whose values are masked as under a
	// sensitive key, besides those the engine's key rules name: fields
	// the application marked sensitive itself.
	Sensitive []string
}

// Append appends src, redacted, to dst and reports whether anything
// changed, with the zero [Rewriter] but for e and layer. When changed is
// false, dst is returned exactly as given (nothing appended, no
// allocation): the caller then writes src itself, byte for byte.
//
// src that is a JSON object or array (optionally followed by whitespace or
// a newline) is rewritten value by value, as the package documentation
// says. Key rules see the key path joined with '.' ("db.password"); array
// elements keep their parent's key; an allowed key exempts its own value,
// not what is nested in it. An object with a field that is not JSON (a
// bad RawJSON, a truncated write) is read field by field, that field as
// text under its key, unless its result still holds a finding when read
// as text. Anything else (a plain line, nesting deeper than 512 levels) is
// redacted as text and still returned, never dropped. Trailing bytes
// (newline, CRLF) are kept.
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

// Append is the package-level [Append] with r's settings. It checks src
// first, as [Rewriter.Clean] does, so that a clean line costs one walk and
// a caller need not check it itself.
func (r *Rewriter) Append(dst, src []byte) (out []byte, changed bool) {
	out, changed, whole := r.appendOnce(dst, src)
	if !changed || whole {
		return out, changed
	}
	// A line that is not JSON whole was masked as text, or as JSON but
	// for a field, and masking can change how it reads: "pAss:A", masked
	// as text in a truncated object, makes a key that key rules take for
	// a password's. What comes out must hold nothing more, so it is
	// redacted again until it is settled.
	for pass := 1; pass < maxLinePasses; pass++ {
		next, again, _ := r.appendOnce(nil, out[len(dst):])
		if !again {
			break
		}
		out = append(out[:len(dst)], next...)
	}
	return out, true
}

// maxLinePasses bounds the passes over a line that is not JSON: each
// pass only ever masks more of it.
const maxLinePasses = 3

// appendOnce is one pass of Append; whole reports that src was read as
// JSON whole, which one pass settles.
func (r *Rewriter) appendOnce(dst, src []byte) (out []byte, changed, whole bool) {
	w := getWalker(r, modeCheck, src)
	defer putWalker(w)
	q := w.quick()
	if q == quickIsClean {
		return dst, false, true
	}
	ok := false
	if q == quickUnknown {
		if ok = w.walk(false); ok && !w.dirty {
			return dst, false, true
		}
	}
	// A value quick found a finding in needs no check walk to say so:
	// the rewrite reads the syntax first, as after a failed check.
	w.reset()
	w.mode = modeRewrite
	whole = ok
	if ok {
		// The check read all of src as JSON: the rewrite need not.
		w.valid = true
		w.walk(false)
	} else {
		whole = w.line()
	}
	// A report-only engine has observed every finding by now and
	// changes nothing: the input stands as it is.
	if !w.dirty || w.e.ReportOnly() {
		return dst, false, whole
	}
	return w.apply(dst), true, whole
}

// Clean is the package-level [Clean] with r's settings.
func (r *Rewriter) Clean(src []byte) bool {
	w := getWalker(r, modeCheck, src)
	defer putWalker(w)
	if w.quickClean() {
		return true
	}
	w.line()
	return !w.dirty
}

// AppendValue is [Rewriter.Append] for src that is one JSON value of any
// kind (what encoding/json writes for a field's value) under the key path
// r.Prefix. ok is false, and dst returned as given, when src is not JSON.
func (r *Rewriter) AppendValue(dst, src []byte) (out []byte, changed, ok bool) {
	w := getWalker(r, modeRewrite, src)
	defer putWalker(w)
	if !w.walk(true) {
		return dst, false, false
	}
	if !w.dirty || w.e.ReportOnly() {
		return dst, false, true
	}
	return w.apply(dst), true, true
}

// ValueClean reports whether [Rewriter.AppendValue] would leave src
// unchanged; ok is false when src is not JSON.
func (r *Rewriter) ValueClean(src []byte) (clean, ok bool) {
	w := getWalker(r, modeCheck, src)
	defer putWalker(w)
	if !w.walk(true) {
		return true, false
	}
	return !w.dirty, true
}

// line visits w.src as a log line: JSON, JSON but for a field, or text.
// whole reports that it was read as JSON whole.
func (w *walker) line() (whole bool) {
	if w.walk(false) {
		return true
	}
	w.reset()
	if w.recoverObject() {
		// A line that is not JSON is read as text downstream: the result
		// must hold nothing as text either, or the line is text.
		switch w.mode {
		case modeCheck:
			if !w.dirty && textDirty(w.e, w.layer, w.src) {
				w.dirty = true
			}
			return false
		case modeRewrite:
			if !textDirty(w.e, w.layer, w.apply(nil)) {
				return false
			}
		case modeScan:
			if w.dirty || !textDirty(w.e, w.layer, w.src) {
				return false
			}
		}
	}
	w.reset()
	w.text = true
	w.matters = w.keyMatters()
	w.textValue(w.src, w.src, 0, false)
	return false
}

// textDirty reports whether b, read as a line of text (as written, and
// with the escapes that can hide a value decoded), holds a finding.
func textDirty(e *patterns.Engine, layer string, b []byte) bool {
	sc := patterns.Scope{Layer: layer}
	if e.ContainsIn(sc, str(b)) {
		return true
	}
	if !hasBackslash(b) {
		return false
	}
	dec, _ := appendDecoded(nil, b, inText)
	return e.ContainsIn(sc, str(dec))
}

// reset forgets a walk that turned out not to be JSON.
func (w *walker) reset() {
	w.dirty, w.skipping = false, false
	w.edits, w.repl, w.found = w.edits[:0], w.repl[:0], w.found[:0]
	w.path = w.path[:w.base]
	w.cur = w.path
}

// apply appends w.src with the edits applied to dst.
func (w *walker) apply(dst []byte) []byte {
	prev := 0
	for _, ed := range w.edits {
		dst = append(dst, w.src[prev:ed.s]...)
		dst = append(dst, w.repl[ed.lo:ed.hi]...)
		prev = ed.e
	}
	return append(dst, w.src[prev:]...)
}

func hasBackslash(b []byte) bool {
	for _, c := range b {
		if c == '\\' {
			return true
		}
	}
	return false
}
