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
	// plain remembers keys that add nothing (patterns.Engine.
	// KeyAddsNothing), for the engine in plainFor: a service logs the
	// same few dozen keys, and the engine's own answer costs a hash.
	plain    KeySet
	plainFor *patterns.Engine
	// adds remembers keys that add something.
	adds KeySet
	// fs are the findings of Find, value after value; at[k] is the
	// index of value k's first.
	fs []patterns.Finding
	at []int32
}

// batchPad is room past the values, at least the 33 bytes the engine's
// candidate pass reads for a block of 32 positions.
const batchPad = 64

// Bounds of what one batch holds: when either is reached, an Add method
// reports false.
const (
	batchBytes = 1024
	batchSpans = 64
)

// The engine may keep what it reads (its observer is handed findings),
// so the values cannot sit on the caller's stack: batches are pooled.
var batches = sync.Pool{New: func() any {
	// The room past batchBytes lets the candidate pass read the last
	// value's block whole (see Clean).
	return &Batch{buf: make([]byte, 0, batchBytes+batchPad), spans: make([]int32, 0, 2*batchSpans)}
}}

// GetBatch returns an empty Batch for e. Give it back with [Batch.Done].
func GetBatch(e *patterns.Engine) *Batch {
	b := batches.Get().(*Batch)
	b.e = e
	if b.plainFor != e {
		b.plain, b.adds, b.plainFor = KeySet{}, KeySet{}, e
	}
	return b
}

// Done empties b and gives it back; b must not be used after.
func (b *Batch) Done() {
	b.e, b.buf, b.spans = nil, b.buf[:0], b.spans[:0]
	// Findings name detectors and keys of the engine: they are not
	// kept past the entry.
	clear(b.fs)
	b.fs, b.at = b.fs[:0], b.at[:0]
	batches.Put(b)
}

// String adds s logged under key, as [RedactString] judges it.
func (b *Batch) String(key, s string) bool {
	if !b.addsNothing(key) || docOrHex(s) {
		return false
	}
	if s == "" {
		return true
	}
	if len(b.buf)+len(s) > batchBytes || len(b.spans)+2 > cap(b.spans) {
		return false
	}
	st := len(b.buf)
	b.buf = append(b.buf, s...)
	b.spans = append(b.spans, int32(st), int32(len(b.buf)))
	return true
}

// Int adds v logged under key, as [RedactInt] judges it: under a plain
// key only a number of card length can change, and it is judged here by
// its digits alone (Engine.ContainsInt needs no scan), so that epoch
// milliseconds and 64-bit IDs do not send the entry field by field.
func (b *Batch) Int(key string, v int64) bool {
	return b.addsNothing(key) && (v > -minCard && v < minCard || !b.e.ContainsInt(patterns.Scope{}, v))
}

// Uint adds v logged under key, as [RedactUint] judges it.
func (b *Batch) Uint(key string, v uint64) bool {
	return b.addsNothing(key) && (v < minCard || !b.e.ContainsUint(patterns.Scope{}, v))
}

// Float adds v logged under key, as [FloatDirty] judges it: a whole
// number of card length as the integer it is.
func (b *Batch) Float(key string, v float64) bool {
	if v == math.Trunc(v) && math.Abs(v) >= minCard {
		if math.Abs(v) >= 1<<63 {
			return false // an infinity, or beyond an int64
		}
		return b.Int(key, int64(v))
	}
	return b.addsNothing(key)
}

// addsNothing is patterns.Engine.KeyAddsNothing, remembered either way:
// an entry that is not clean is judged past a key that adds something,
// on every entry that logs it.
func (b *Batch) addsNothing(key string) bool {
	switch {
	case key == "":
		return true
	case b.plain.Has(key):
		return true
	case b.adds.Has(key):
		return false
	case b.e.KeyAddsNothing(key):
		b.plain.Add(key)
		return true
	}
	b.adds.Add(key)
	return false
}

// Values returns how many values b holds for the engine pass. An Add
// method that reports true has either added one (its index for
// [Batch.Found] is the count before the call) or settled its value clean
// without the pass.
func (b *Batch) Values() int { return len(b.spans) / 2 }

// Find reads every value added in one engine pass, as Clean does, and
// keeps what it finds: it reports whether any value holds a finding, and
// [Batch.Found] then gives each value's. For an entry that is not clean,
// a layer rewrites only the fields whose values hold one, masking them
// with their findings ([patterns.Engine.RedactFound]), and passes the
// others on as they came.
func (b *Batch) Find() bool {
	b.fs, b.at = b.fs[:0], b.at[:0]
	if len(b.spans) == 0 {
		return false
	}
	s := b.buf[:len(b.buf)+batchPad]
	b.fs = b.e.FindSpans(b.fs, unsafe.String(unsafe.SliceData(s), len(s)), b.spans)
	if len(b.fs) == 0 {
		return false
	}
	// The findings come value after value: each value's first one, and
	// offsets taken back to the value.
	j := 0
	for k := 0; k+1 < len(b.spans); k += 2 {
		b.at = append(b.at, int32(j))
		st, en := int(b.spans[k]), int(b.spans[k+1])
		for ; j < len(b.fs) && b.fs[j].Start < en; j++ {
			b.fs[j].Start -= st
			b.fs[j].End -= st
		}
	}
	b.at = append(b.at, int32(j))
	return true
}

// Found returns the findings of the value added k-th (see
// [Batch.Values]), offsets into the value, after [Batch.Find] reported
// some; none for a value that holds nothing.
func (b *Batch) Found(k int) []patterns.Finding {
	if k+1 >= len(b.at) {
		return nil
	}
	return b.fs[b.at[k]:b.at[k+1]]
}

// Clean reports whether no value added holds a finding.
func (b *Batch) Clean() bool {
	if len(b.spans) == 0 {
		return true
	}
	// The bytes past the last value are the buffer's room, read but
	// outside every span: the last block is asked whole.
	s := b.buf[:len(b.buf)+batchPad]
	return !b.e.ContainsSpans(unsafe.String(unsafe.SliceData(s), len(s)), b.spans)
}
