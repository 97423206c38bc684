package zapredact

import (
	"math"

	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/jsonredact"
)

// Most entries are clean, and most of their fields are short strings and
// numbers under plain keys: cleanEntry judges the message and all such
// fields in one engine pass, so that a clean entry does not pay the
// engine's fixed cost once per field. Any other field (an object, an
// error, a Stringer, a namespace, a key with rules of its own) leaves the
// entry to the field-by-field path.

// cleanEntry reports whether an entry with message msg and fields, at the
// top level of the logger, is certain to be written as it came.
func (r *redactor) cleanEntry(msg string, fields []zapcore.Field) bool {
	b := jsonredact.GetBatch(r.eng)
	defer b.Done()
	if !b.String(jsonredact.MessageKey, msg) {
		return false
	}
	for i := range fields {
		f := &fields[i]
		var ok bool
		switch f.Type {
		case zapcore.StringType:
			ok = b.String(f.Key, f.String)
		case zapcore.Int64Type, zapcore.Int32Type, zapcore.Int16Type, zapcore.Int8Type:
			ok = b.Int(f.Key, f.Integer)
		case zapcore.Uint64Type, zapcore.Uint32Type, zapcore.Uint16Type, zapcore.Uint8Type, zapcore.UintptrType:
			ok = b.Uint(f.Key, uint64(f.Integer))
		case zapcore.Float64Type:
			ok = b.Float(f.Key, math.Float64frombits(uint64(f.Integer)))
		case zapcore.Float32Type:
			ok = b.Float(f.Key, float64(math.Float32frombits(uint32(f.Integer))))
		case zapcore.BoolType:
			ok = true // booleans hide nothing
		}
		if !ok {
			return false
		}
	}
	return b.Clean()
}
