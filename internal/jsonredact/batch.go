package jsonredact

import (
	"math"
	"sync"
	"unsafe"

	"github.com/logredact/logredact/patterns"
)

// Batch proves the scalar fields of one event clean with one engine pass
// ([patterns.Engine.ContainsSpans]) instead of one call per field: the
// slog and zap layers add each field of an entry, and write the entry as
// it came when [Batch.Clean] says so. A field the batch cannot judge as
// the field-by-field path would (a key with rules of its own, text that
// is read as a document or as hex, a number long enough to be a card)
// makes its Add method report false, and the caller judges the event
// field by field instead: the batch only ever answers "clean" where that
// path would change nothing.
type Batch struct {
	e     *patterns.Engine
	buf   []byte
	spans []int32
}

// Bounds of what one batch holds: when either is reached, an Add method
// reports false.
const (
	batchBytes = 1024
	batchSpans = 64
)

// The engine may keep what it reads (its observer is handed findings),
// so the values cannot sit on the caller's stack: batches are pooled.
var batches = sync.Pool{New: func() any {
	return &Batch{buf: make([]byte, 0, batchBytes), spans: make([]int32, 0, 2*batchSpans)}
}}

// GetBatch returns an empty Batch for e. Give it back with [Batch.Done].
func GetBatch(e *patterns.Engine) *Batch {
	b := batches.Get().(*Batch)
	b.e = e
	return b
}

// Done empties b and gives it back; b must not be used after.
func (b *Batch) Done() {
	b.e, b.buf, b.spans = nil, b.buf[:0], b.spans[:0]
	batches.Put(b)
}

// String adds s logged under key, as [RedactString] judges it.
func (b *Batch) String(key, s string) bool {
	if !b.e.KeyAddsNothing(key) || special(s) && !plainText(s) {
		return false
	}
	if s == "" {
		return true
	}
	if len(b.buf)+len(s) > cap(b.buf) || len(b.spans)+2 > cap(b.spans) {
		return false
	}
	st := len(b.buf)
	b.buf = append(b.buf, s...)
	b.spans = append(b.spans, int32(st), int32(len(b.buf)))
	return true
}

// Int adds v logged under key, as [RedactInt] judges it: under a plain
// key only a number of card length can change.
func (b *Batch) Int(key string, v int64) bool {
	return v > -minCard && v < minCard && b.e.KeyAddsNothing(key)
}

// Uint adds v logged under key, as [RedactUint] judges it.
func (b *Batch) Uint(key string, v uint64) bool {
	return v < minCard && b.e.KeyAddsNothing(key)
}

// Float adds v logged under key, as [FloatDirty] judges it.
func (b *Batch) Float(key string, v float64) bool {
	if v == math.Trunc(v) && math.Abs(v) >= minCard {
		return false // a whole number of card length, or an infinity
	}
	return b.e.KeyAddsNothing(key)
}

// Clean reports whether no value added holds a finding.
func (b *Batch) Clean() bool {
	if len(b.spans) == 0 {
		return true
	}
	return !b.e.ContainsSpans(unsafe.String(unsafe.SliceData(b.buf), len(b.buf)), b.spans)
}
