package zapredact

import (
	"math"
	"strings"
	"time"

	"go.uber.org/zap/zapcore"
)

// kind is the encoder method that recorded a node, so that replaying
// calls the same method with the same type.
type kind uint8

const (
	kObject kind = iota + 1
	kArray
	kNamespace
	kString
	kByteString // s aliases the caller's bytes until the node is kept
	kBinary     // likewise
	kBool
	kInt
	kInt64
	kInt32
	kInt16
	kInt8
	kUint
	kUint64
	kUint32
	kUint16
	kUint8
	kUintptr
	kFloat64
	kFloat32
	kComplex128
	kComplex64
	kDuration
	kTime      // n is UnixNano, v the *time.Location
	kTimeFull  // v is the time.Time
	kReflected // v is the value, or its redacted JSON as a json.RawMessage
)

// node is one recorded value. Objects and arrays are followed by their
// contents; end is the index just past them.
type node struct {
	kind kind
	key  string
	s    string
	n, m uint64
	// v holds a time's location, a full time, a reflected value, or, for
	// a kept object or array, its replay. While recording it holds the
	// error an object's or array's marshaler returned.
	v   any
	end int
}

func (n *node) next(i int) int {
	if n.kind == kObject || n.kind == kArray {
		return n.end
	}
	return i + 1
}

// objectReplay replays recorded nodes lo to hi into an object encoder.
type objectReplay struct {
	nodes  []node
	lo, hi int
	err    error
}

// MarshalLogObject implements [zapcore.ObjectMarshaler]. It returns the
// (redacted) error the original marshaler returned.
func (o *objectReplay) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	for i := o.lo; i < o.hi; i = o.nodes[i].next(i) {
		addNode(enc, &o.nodes[i])
	}
	return o.err
}

// arrayReplay replays recorded nodes lo to hi into an array encoder.
type arrayReplay struct {
	nodes  []node
	lo, hi int
	err    error
}

// MarshalLogArray implements [zapcore.ArrayMarshaler].
func (a *arrayReplay) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	for i := a.lo; i < a.hi; i = a.nodes[i].next(i) {
		appendNode(enc, &a.nodes[i])
	}
	return a.err
}

// keep copies the recording out of the pooled recorder, takes its own
// copy of borrowed bytes, and builds the replays of its objects and
// arrays. The result is immutable and may outlive the Write that made it:
// cores such as zaptest/observer keep fields.
func (rec *recorder) keep() []node {
	nodes := make([]node, len(rec.nodes))
	copy(nodes, rec.nodes)
	for i := range nodes {
		n := &nodes[i]
		switch n.kind {
		case kByteString:
			n.kind, n.s = kString, strings.Clone(n.s)
		case kBinary:
			n.v, n.s = []byte(n.s), ""
		case kObject:
			err, _ := n.v.(error)
			n.v = &objectReplay{nodes: nodes, lo: i + 1, hi: n.end, err: err}
		case kArray:
			err, _ := n.v.(error)
			n.v = &arrayReplay{nodes: nodes, lo: i + 1, hi: n.end, err: err}
		}
	}
	return nodes
}

func addNode(enc zapcore.ObjectEncoder, n *node) {
	k := n.key
	switch n.kind {
	case kObject:
		_ = enc.AddObject(k, n.v.(*objectReplay))
	case kArray:
		_ = enc.AddArray(k, n.v.(*arrayReplay))
	case kNamespace:
		enc.OpenNamespace(k)
	case kString:
		enc.AddString(k, n.s)
	case kBinary:
		enc.AddBinary(k, n.v.([]byte))
	case kBool:
		enc.AddBool(k, n.n == 1)
	case kInt:
		enc.AddInt(k, int(int64(n.n)))
	case kInt64:
		enc.AddInt64(k, int64(n.n))
	case kInt32:
		enc.AddInt32(k, int32(int64(n.n)))
	case kInt16:
		enc.AddInt16(k, int16(int64(n.n)))
	case kInt8:
		enc.AddInt8(k, int8(int64(n.n)))
	case kUint:
		enc.AddUint(k, uint(n.n))
	case kUint64:
		enc.AddUint64(k, n.n)
	case kUint32:
		enc.AddUint32(k, uint32(n.n))
	case kUint16:
		enc.AddUint16(k, uint16(n.n))
	case kUint8:
		enc.AddUint8(k, uint8(n.n))
	case kUintptr:
		enc.AddUintptr(k, uintptr(n.n))
	case kFloat64:
		enc.AddFloat64(k, math.Float64frombits(n.n))
	case kFloat32:
		enc.AddFloat32(k, math.Float32frombits(uint32(n.n)))
	case kComplex128:
		enc.AddComplex128(k, complex(math.Float64frombits(n.n), math.Float64frombits(n.m)))
	case kComplex64:
		enc.AddComplex64(k, complex(float32(math.Float64frombits(n.n)), float32(math.Float64frombits(n.m))))
	case kDuration:
		enc.AddDuration(k, time.Duration(n.n))
	case kTime, kTimeFull:
		enc.AddTime(k, n.time())
	case kReflected:
		_ = enc.AddReflected(k, n.v)
	}
}

func appendNode(enc zapcore.ArrayEncoder, n *node) {
	switch n.kind {
	case kObject:
		_ = enc.AppendObject(n.v.(*objectReplay))
	case kArray:
		_ = enc.AppendArray(n.v.(*arrayReplay))
	case kString:
		enc.AppendString(n.s)
	case kBinary:
		// Arrays have no binary form; zap's own marshalers never
		// append one, and base64 is what the JSON encoder writes.
		_ = enc.AppendReflected(n.v)
	case kBool:
		enc.AppendBool(n.n == 1)
	case kInt:
		enc.AppendInt(int(int64(n.n)))
	case kInt64:
		enc.AppendInt64(int64(n.n))
	case kInt32:
		enc.AppendInt32(int32(int64(n.n)))
	case kInt16:
		enc.AppendInt16(int16(int64(n.n)))
	case kInt8:
		enc.AppendInt8(int8(int64(n.n)))
	case kUint:
		enc.AppendUint(uint(n.n))
	case kUint64:
		enc.AppendUint64(n.n)
	case kUint32:
		enc.AppendUint32(uint32(n.n))
	case kUint16:
		enc.AppendUint16(uint16(n.n))
	case kUint8:
		enc.AppendUint8(uint8(n.n))
	case kUintptr:
		enc.AppendUintptr(uintptr(n.n))
	case kFloat64:
		enc.AppendFloat64(math.Float64frombits(n.n))
	case kFloat32:
		enc.AppendFloat32(math.Float32frombits(uint32(n.n)))
	case kComplex128:
		enc.AppendComplex128(complex(math.Float64frombits(n.n), math.Float64frombits(n.m)))
	case kComplex64:
		enc.AppendComplex64(complex(float32(math.Float64frombits(n.n)), float32(math.Float64frombits(n.m))))
	case kDuration:
		enc.AppendDuration(time.Duration(n.n))
	case kTime, kTimeFull:
		enc.AppendTime(n.time())
	case kReflected:
		_ = enc.AppendReflected(n.v)
	}
}

func (n *node) time() time.Time {
	if n.kind == kTimeFull {
		return n.v.(time.Time)
	}
	t := time.Unix(0, int64(n.n))
	if loc, ok := n.v.(*time.Location); ok && loc != nil {
		t = t.In(loc)
	}
	return t
}
