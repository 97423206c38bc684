package zapredact

import (
	"errors"
	"math"
	"sync"
	"time"
	"unicode/utf8"
	"unsafe"

	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/marker"
)

// recorder is the encoder handed to ObjectMarshalers, ArrayMarshalers and
// reflected values. Every value they add passes through the engine on its
// way in, and is recorded, in order and with its type, as a flat list of
// nodes. When nothing was masked the recording is thrown away and the
// original field goes to the wrapped core; otherwise the recording
// replaces the field and is replayed into the real encoder (replay.go).
type recorder struct {
	r       *redactor
	nodes   []node
	changed bool

	// path is where the next value sits, as in place; frames saves its
	// length for each open object or array.
	path   []byte
	frames []int
	// swallow is the depth of frames at which a namespace under a
	// sensitive key was opened, or -1: until that object ends, what is
	// added is dropped, the namespace being one mask.
	swallow int
}

var (
	_ zapcore.ObjectEncoder = (*recorder)(nil)
	_ zapcore.ArrayEncoder  = (*recorder)(nil)
)

var recorders = sync.Pool{New: func() any { return new(recorder) }}

// maxPooledNodes keeps a recorder that once held a huge value from
// pinning its memory in the pool.
const maxPooledNodes = 4096

func getRecorder(r *redactor, p place) *recorder {
	rec := recorders.Get().(*recorder)
	rec.r = r
	rec.path = append(rec.path[:0], p.path...)
	rec.swallow = -1
	if p.swallowed {
		rec.swallow = 0
	}
	return rec
}

func putRecorder(rec *recorder) {
	if cap(rec.nodes) > maxPooledNodes {
		return
	}
	clear(rec.nodes)
	*rec = recorder{nodes: rec.nodes[:0], path: rec.path[:0], frames: rec.frames[:0]}
	recorders.Put(rec)
}

// place returns where the next value sits. Its path aliases rec.path.
func (rec *recorder) place() place {
	return place{path: unsafe.String(unsafe.SliceData(rec.path), len(rec.path))}
}

// dropping reports whether what is added now is inside a masked
// namespace.
func (rec *recorder) dropping() bool { return rec.swallow >= 0 }

func (rec *recorder) push(n node) int {
	if rec.dropping() {
		return -1
	}
	rec.nodes = append(rec.nodes, n)
	return len(rec.nodes) - 1
}

// container records an object or array under key, masked whole when the
// key is sensitive. It reports false when it was, and the marshaler must
// not run.
func (rec *recorder) container(key string) bool {
	if rec.dropping() {
		return false
	}
	if key == "" || !rec.r.sensitive(rec.place(), key) {
		return true
	}
	rec.changed = true
	rec.push(node{kind: kString, key: key, s: rec.r.eng.MaskWhole(scope(rec.place(), key))})
	return false
}

// open starts an object or array under key.
func (rec *recorder) open(k kind, key string) int {
	i := rec.push(node{kind: k, key: key})
	rec.frames = append(rec.frames, len(rec.path))
	rec.descend(key)
	return i
}

// close ends the object or array that open started at i.
func (rec *recorder) close(i int, err error) error {
	n := rec.frames[len(rec.frames)-1]
	rec.frames = rec.frames[:len(rec.frames)-1]
	rec.path = rec.path[:n]
	if rec.swallow > len(rec.frames) {
		rec.swallow = -1
	}
	if i < 0 {
		return err
	}
	rec.nodes[i].end = len(rec.nodes)
	if err != nil {
		err = rec.redactErr(err)
		rec.nodes[i].v = err
	}
	return err
}

// descend extends the path by key.
func (rec *recorder) descend(key string) {
	if key == "" {
		return
	}
	if len(rec.path) > 0 {
		rec.path = append(rec.path, '.')
	}
	rec.path = append(rec.path, key...)
}

// redactErr redacts the text of an error a marshaler returned, which zap
// logs under key+"Error".
func (rec *recorder) redactErr(err error) error {
	msg, ok := callError(err)
	if !ok {
		rec.changed = true
		return errors.New(marker.Panic)
	}
	out, changed := rec.r.str(rec.place(), "", msg)
	if !changed {
		return err
	}
	rec.changed = true
	return errors.New(out)
}

func (rec *recorder) addString(k kind, key, s string) {
	out, changed := rec.r.str(rec.place(), key, s)
	if changed {
		rec.changed = true
		k, s = kString, out
	}
	rec.push(node{kind: k, key: key, s: s})
}

func (rec *recorder) addInt(k kind, key string, v int64) {
	if out, changed := rec.r.int64(rec.place(), key, v); changed {
		rec.changed = true
		rec.push(node{kind: kString, key: key, s: out})
		return
	}
	rec.push(node{kind: k, key: key, n: uint64(v)})
}

func (rec *recorder) addUint(k kind, key string, v uint64) {
	if out, changed := rec.r.uint64(rec.place(), key, v); changed {
		rec.changed = true
		rec.push(node{kind: kString, key: key, s: out})
		return
	}
	rec.push(node{kind: k, key: key, n: v})
}

func (rec *recorder) addFloat(k kind, key string, v float64, bits uint64) {
	if out, changed := rec.r.float64(rec.place(), key, v); changed {
		rec.changed = true
		rec.push(node{kind: kString, key: key, s: out})
		return
	}
	rec.push(node{kind: k, key: key, n: bits})
}

func (rec *recorder) addTime(key string, t time.Time) {
	if out, changed := rec.r.keyed(rec.place(), key, timeText(t)); changed {
		rec.changed = true
		rec.push(node{kind: kString, key: key, s: out})
		return
	}
	if t.Before(minTimeInt64) || t.After(maxTimeInt64) {
		rec.push(node{kind: kTimeFull, key: key, v: t})
		return
	}
	rec.push(node{kind: kTime, key: key, n: uint64(t.UnixNano()), v: t.Location()})
}

var (
	minTimeInt64 = time.Unix(0, math.MinInt64)
	maxTimeInt64 = time.Unix(0, math.MaxInt64)
)

func bytesView(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// AddArray implements [zapcore.ObjectEncoder].
func (rec *recorder) AddArray(key string, m zapcore.ArrayMarshaler) error {
	if !rec.container(key) {
		return nil
	}
	i := rec.open(kArray, key)
	return rec.close(i, m.MarshalLogArray(rec))
}

// AddObject implements [zapcore.ObjectEncoder].
func (rec *recorder) AddObject(key string, m zapcore.ObjectMarshaler) error {
	if !rec.container(key) {
		return nil
	}
	i := rec.open(kObject, key)
	return rec.close(i, m.MarshalLogObject(rec))
}

// AddBinary implements [zapcore.ObjectEncoder]. Bytes that are text are
// examined as text, and stay binary.
func (rec *recorder) AddBinary(key string, v []byte) {
	if utf8.Valid(v) {
		if out, changed := rec.r.str(rec.place(), key, bytesView(v)); changed {
			rec.changed = true
			rec.push(node{kind: kBinary, key: key, s: out})
			return
		}
	}
	rec.push(node{kind: kBinary, key: key, s: bytesView(v)})
}

// AddByteString implements [zapcore.ObjectEncoder].
func (rec *recorder) AddByteString(key string, v []byte) {
	rec.addString(kByteString, key, bytesView(v))
}

// AddBool implements [zapcore.ObjectEncoder].
func (rec *recorder) AddBool(key string, v bool) {
	rec.push(node{kind: kBool, key: key, n: boolBits(v)})
}

// AddComplex128 implements [zapcore.ObjectEncoder].
func (rec *recorder) AddComplex128(key string, v complex128) {
	rec.push(node{kind: kComplex128, key: key, n: math.Float64bits(real(v)), m: math.Float64bits(imag(v))})
}

// AddComplex64 implements [zapcore.ObjectEncoder].
func (rec *recorder) AddComplex64(key string, v complex64) {
	rec.push(node{kind: kComplex64, key: key, n: math.Float64bits(float64(real(v))), m: math.Float64bits(float64(imag(v)))})
}

// AddDuration implements [zapcore.ObjectEncoder].
func (rec *recorder) AddDuration(key string, v time.Duration) {
	if out, changed := rec.r.keyed(rec.place(), key, durationText(v)); changed {
		rec.changed = true
		rec.push(node{kind: kString, key: key, s: out})
		return
	}
	rec.push(node{kind: kDuration, key: key, n: uint64(v)})
}

// AddFloat64 implements [zapcore.ObjectEncoder].
func (rec *recorder) AddFloat64(key string, v float64) {
	rec.addFloat(kFloat64, key, v, math.Float64bits(v))
}

// AddFloat32 implements [zapcore.ObjectEncoder].
func (rec *recorder) AddFloat32(key string, v float32) {
	rec.addFloat(kFloat32, key, float64(v), uint64(math.Float32bits(v)))
}

// AddInt implements [zapcore.ObjectEncoder].
func (rec *recorder) AddInt(key string, v int) { rec.addInt(kInt, key, int64(v)) }

// AddInt64 implements [zapcore.ObjectEncoder].
func (rec *recorder) AddInt64(key string, v int64) { rec.addInt(kInt64, key, v) }

// AddInt32 implements [zapcore.ObjectEncoder].
func (rec *recorder) AddInt32(key string, v int32) { rec.addInt(kInt32, key, int64(v)) }

// AddInt16 implements [zapcore.ObjectEncoder].
func (rec *recorder) AddInt16(key string, v int16) { rec.addInt(kInt16, key, int64(v)) }

// AddInt8 implements [zapcore.ObjectEncoder].
func (rec *recorder) AddInt8(key string, v int8) { rec.addInt(kInt8, key, int64(v)) }

// AddString implements [zapcore.ObjectEncoder].
func (rec *recorder) AddString(key, v string) { rec.addString(kString, key, v) }

// AddTime implements [zapcore.ObjectEncoder].
func (rec *recorder) AddTime(key string, v time.Time) { rec.addTime(key, v) }

// AddUint implements [zapcore.ObjectEncoder].
func (rec *recorder) AddUint(key string, v uint) { rec.addUint(kUint, key, uint64(v)) }

// AddUint64 implements [zapcore.ObjectEncoder].
func (rec *recorder) AddUint64(key string, v uint64) { rec.addUint(kUint64, key, v) }

// AddUint32 implements [zapcore.ObjectEncoder].
func (rec *recorder) AddUint32(key string, v uint32) { rec.addUint(kUint32, key, uint64(v)) }

// AddUint16 implements [zapcore.ObjectEncoder].
func (rec *recorder) AddUint16(key string, v uint16) { rec.addUint(kUint16, key, uint64(v)) }

// AddUint8 implements [zapcore.ObjectEncoder].
func (rec *recorder) AddUint8(key string, v uint8) { rec.addUint(kUint8, key, uint64(v)) }

// AddUintptr implements [zapcore.ObjectEncoder].
func (rec *recorder) AddUintptr(key string, v uintptr) { rec.addUint(kUintptr, key, uint64(v)) }

// AddReflected implements [zapcore.ObjectEncoder]; see reflect.go.
func (rec *recorder) AddReflected(key string, v any) error { return rec.reflected(key, v) }

// OpenNamespace implements [zapcore.ObjectEncoder]. The namespace lasts
// until the enclosing object ends, and its key joins the key path. A
// namespace under a sensitive key is one mask, and what is added after it
// in the same object is dropped.
func (rec *recorder) OpenNamespace(key string) {
	if rec.dropping() {
		return
	}
	if rec.r.sensitive(rec.place(), key) {
		rec.changed = true
		rec.push(node{kind: kString, key: key, s: rec.r.eng.MaskWhole(scope(rec.place(), key))})
		rec.swallow = len(rec.frames)
		return
	}
	rec.push(node{kind: kNamespace, key: key})
	rec.descend(key)
}

// AppendBool implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendBool(v bool) { rec.AddBool("", v) }

// AppendByteString implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendByteString(v []byte) { rec.AddByteString("", v) }

// AppendComplex128 implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendComplex128(v complex128) { rec.AddComplex128("", v) }

// AppendComplex64 implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendComplex64(v complex64) { rec.AddComplex64("", v) }

// AppendFloat64 implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendFloat64(v float64) { rec.AddFloat64("", v) }

// AppendFloat32 implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendFloat32(v float32) { rec.AddFloat32("", v) }

// AppendInt implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendInt(v int) { rec.AddInt("", v) }

// AppendInt64 implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendInt64(v int64) { rec.AddInt64("", v) }

// AppendInt32 implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendInt32(v int32) { rec.AddInt32("", v) }

// AppendInt16 implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendInt16(v int16) { rec.AddInt16("", v) }

// AppendInt8 implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendInt8(v int8) { rec.AddInt8("", v) }

// AppendString implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendString(v string) { rec.AddString("", v) }

// AppendUint implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendUint(v uint) { rec.AddUint("", v) }

// AppendUint64 implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendUint64(v uint64) { rec.AddUint64("", v) }

// AppendUint32 implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendUint32(v uint32) { rec.AddUint32("", v) }

// AppendUint16 implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendUint16(v uint16) { rec.AddUint16("", v) }

// AppendUint8 implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendUint8(v uint8) { rec.AddUint8("", v) }

// AppendUintptr implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendUintptr(v uintptr) { rec.AddUintptr("", v) }

// AppendDuration implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendDuration(v time.Duration) { rec.AddDuration("", v) }

// AppendTime implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendTime(v time.Time) { rec.AddTime("", v) }

// AppendArray implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendArray(m zapcore.ArrayMarshaler) error { return rec.AddArray("", m) }

// AppendObject implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendObject(m zapcore.ObjectMarshaler) error { return rec.AddObject("", m) }

// AppendReflected implements [zapcore.ArrayEncoder].
func (rec *recorder) AppendReflected(v any) error { return rec.AddReflected("", v) }

func boolBits(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
