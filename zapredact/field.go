package zapredact

import (
	"fmt"
	"math"
	"reflect"
	"time"
	"unicode/utf8"
	"unsafe"

	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/marker"
)

// fields redacts a fields slice whose values sit at p. It returns fields
// itself when nothing changed, and a new slice otherwise: the caller's
// slice is never written to. The returned place is p moved by the
// Namespace fields in the slice; its path may alias scratch, where the
// paths of nested namespaces are built. ep, when the entry's pass judged
// some fields (judge), settles those without reading them again.
func (r *redactor) fields(p place, fields []zapcore.Field, scratch []byte, ep *entryPass) ([]zapcore.Field, place) {
	if p.swallowed {
		// Inside a namespace masked whole: nothing more is written.
		if len(fields) == 0 {
			return fields, p
		}
		return nil, p
	}
	var out []zapcore.Field
	for i := range fields {
		f := &fields[i]
		if ep != nil && i < maxJudged && ep.known>>i&1 != 0 {
			// Judged in the entry's pass: as it came, or masked with
			// what the pass found in it.
			if ep.held>>i&1 != 0 {
				if s, changed := r.judgedString(ep, i, f); changed {
					out = copyOnce(out, fields, i)
					out[i] = stringField(f.Key, s)
				}
			}
			continue
		}
		var nf zapcore.Field
		var changed bool
		switch f.Type {
		case zapcore.StringType:
			// The most common field, handled here to keep the clean path
			// short.
			var s string
			if s, changed = r.str(p, f.Key, f.String); changed {
				nf = stringField(f.Key, s)
			}
		case zapcore.NamespaceType:
			if r.sensitive(p, f.Key) {
				// A namespace under a sensitive key holds everything
				// logged after it: it is written as one mask, and the
				// rest is dropped.
				out = copyOnce(out, fields, i)
				out[i] = stringField(f.Key, r.eng.MaskWhole(scope(p, f.Key)))
				return out[:i+1], place{path: p.path, swallowed: true}
			}
			if p.path == "" {
				p = r.enter(p, f.Key)
				continue
			}
			scratch = append(append(append(scratch[:0], p.path...), '.'), f.Key...)
			p = place{path: unsafe.String(unsafe.SliceData(scratch), len(scratch))}
			continue
		case zapcore.ObjectMarshalerType, zapcore.ArrayMarshalerType,
			zapcore.InlineMarshalerType, zapcore.ReflectType:
			nf, p, changed = r.marshaled(p, f)
			if p.swallowed {
				out = copyOnce(out, fields, i)
				out[i] = nf
				return out[:i+1], p
			}
		default:
			nf, changed = r.field(p, f)
		}
		if !changed {
			continue
		}
		out = copyOnce(out, fields, i)
		out[i] = nf
	}
	if out == nil {
		return fields, p
	}
	return out, p
}

// copyOnce returns out, or a copy of fields when out is still nil.
func copyOnce(out, fields []zapcore.Field, i int) []zapcore.Field {
	if out == nil {
		out = make([]zapcore.Field, len(fields))
		copy(out, fields)
	}
	return out
}

// field redacts one field that holds a scalar, a Stringer or an error,
// returning its replacement and true when something was masked. Booleans
// and complex numbers never change.
func (r *redactor) field(p place, f *zapcore.Field) (zapcore.Field, bool) {
	var out string
	var changed bool
	switch f.Type {
	case zapcore.StringType:
		out, changed = r.str(p, f.Key, f.String)
	case zapcore.ByteStringType:
		b, _ := f.Interface.([]byte)
		out, changed = r.str(p, f.Key, unsafe.String(unsafe.SliceData(b), len(b)))
	case zapcore.BinaryType:
		// Opaque bytes are written as base64; bytes that are text are
		// examined as text, and stay binary.
		b, _ := f.Interface.([]byte)
		if !utf8.Valid(b) {
			return zapcore.Field{}, false
		}
		s, ok := r.str(p, f.Key, unsafe.String(unsafe.SliceData(b), len(b)))
		if !ok {
			return zapcore.Field{}, false
		}
		return zapcore.Field{Key: f.Key, Type: zapcore.BinaryType, Interface: []byte(s)}, true
	case zapcore.Int64Type, zapcore.Int32Type, zapcore.Int16Type, zapcore.Int8Type:
		out, changed = r.int64(p, f.Key, f.Integer)
	case zapcore.Uint64Type, zapcore.Uint32Type, zapcore.Uint16Type, zapcore.Uint8Type, zapcore.UintptrType:
		out, changed = r.uint64(p, f.Key, uint64(f.Integer))
	case zapcore.Float64Type:
		out, changed = r.float64(p, f.Key, math.Float64frombits(uint64(f.Integer)))
	case zapcore.Float32Type:
		out, changed = r.float64(p, f.Key, float64(math.Float32frombits(uint32(f.Integer))))
	case zapcore.DurationType:
		out, changed = r.keyed(p, f.Key, durationText(time.Duration(f.Integer)))
	case zapcore.TimeType:
		t := time.Unix(0, f.Integer)
		if loc, ok := f.Interface.(*time.Location); ok {
			t = t.In(loc)
		}
		out, changed = r.keyed(p, f.Key, timeText(t))
	case zapcore.TimeFullType:
		t, _ := f.Interface.(time.Time)
		out, changed = r.keyed(p, f.Key, timeText(t))
	case zapcore.StringerType:
		s, ok := callString(f.Interface)
		if !ok {
			return stringField(f.Key, marker.Panic), true
		}
		out, changed = r.str(p, f.Key, s)
	case zapcore.ErrorType:
		err, _ := f.Interface.(error)
		changed, ok, red := r.redactError(p, f.Key, err)
		if !ok {
			return stringField(f.Key, marker.Panic), true
		}
		if !changed {
			return zapcore.Field{}, false
		}
		return zapcore.Field{Key: f.Key, Type: zapcore.ErrorType, Interface: red}, true
	}
	if !changed {
		return zapcore.Field{}, false
	}
	return stringField(f.Key, out), true
}

func stringField(key, val string) zapcore.Field {
	return zapcore.Field{Key: key, Type: zapcore.StringType, String: val}
}

// callString calls v's String method. A panic reports ok false, except
// for a nil pointer receiver, which reads "<nil>" as zap writes it: a nil
// pointer hides nothing.
func callString(v any) (s string, ok bool) {
	defer func() {
		if recover() != nil {
			s, ok = nilOrPanic(v)
		}
	}()
	st, isStringer := v.(fmt.Stringer)
	if !isStringer {
		return "", false
	}
	return st.String(), true
}

func nilOrPanic(v any) (string, bool) {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
		return "<nil>", true
	}
	return "", false
}

// marshaled redacts a field whose value is only known by running it:
// ObjectMarshalers, ArrayMarshalers, inline marshalers and reflected
// values. One under a sensitive key is masked whole without being run.
// Otherwise the value is recorded once through a redacting encoder; when
// nothing was masked the field is returned as it is, to be marshaled again
// by the wrapped encoder, and otherwise it is replaced by a replay of the
// redacted recording. A panic replaces the field by [marker.Panic].
func (r *redactor) marshaled(p place, f *zapcore.Field) (zapcore.Field, place, bool) {
	if f.Type != zapcore.InlineMarshalerType && r.sensitive(p, f.Key) && !(f.Type == zapcore.ReflectType && f.Interface == nil) {
		return stringField(f.Key, r.eng.MaskWhole(scope(p, f.Key))), p, true
	}
	rec := getRecorder(r, p)
	defer putRecorder(rec)
	err, panicked := rec.record(f)
	if panicked {
		return stringField(f.Key, marker.Panic), p, true
	}
	if f.Type == zapcore.InlineMarshalerType {
		if err != nil {
			err = rec.redactErr(err)
		}
		// An inline marshaler can open namespaces that hold the fields
		// after it.
		if len(rec.path) != len(p.path) || rec.swallow >= 0 {
			p = place{path: string(rec.path), swallowed: rec.swallow >= 0}
		}
		if !rec.changed {
			return zapcore.Field{}, p, false
		}
		nodes := rec.keep()
		return zapcore.Field{Type: zapcore.InlineMarshalerType, Interface: &objectReplay{nodes: nodes, hi: len(nodes), err: err}}, p, true
	}
	if !rec.changed {
		return zapcore.Field{}, p, false
	}
	if len(rec.nodes) == 0 {
		if err == nil {
			return zapcore.Field{}, p, false
		}
		// Only the error was redacted: zap writes it under key+"Error".
		return stringField(f.Key+"Error", err.Error()), p, true
	}
	nodes := rec.keep()
	switch n := &nodes[0]; n.kind {
	case kObject:
		return zapcore.Field{Key: f.Key, Type: zapcore.ObjectMarshalerType, Interface: n.v}, p, true
	case kArray:
		return zapcore.Field{Key: f.Key, Type: zapcore.ArrayMarshalerType, Interface: n.v}, p, true
	case kString:
		return stringField(f.Key, n.s), p, true
	case kReflected:
		return zapcore.Field{Key: f.Key, Type: zapcore.ReflectType, Interface: n.v}, p, true
	}
	return zapcore.Field{Type: zapcore.InlineMarshalerType, Interface: &objectReplay{nodes: nodes, hi: len(nodes)}}, p, true
}

// record runs the value of f through rec, recovering from a panic in the
// user's marshaler.
func (rec *recorder) record(f *zapcore.Field) (err error, panicked bool) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	switch f.Type {
	case zapcore.ObjectMarshalerType:
		err = rec.AddObject(f.Key, f.Interface.(zapcore.ObjectMarshaler))
	case zapcore.ArrayMarshalerType:
		err = rec.AddArray(f.Key, f.Interface.(zapcore.ArrayMarshaler))
	case zapcore.InlineMarshalerType:
		err = f.Interface.(zapcore.ObjectMarshaler).MarshalLogObject(rec)
	case zapcore.ReflectType:
		err = rec.AddReflected(f.Key, f.Interface)
	}
	return err, panicked
}
