package slogredact

import (
	"log/slog"

	"github.com/logredact/logredact/internal/jsonredact"
)

// Most records are clean, and most of their attributes are short strings
// and numbers under plain keys: cleanRecord judges the message and all
// such attributes in one engine pass, so that a clean record does not pay
// the engine's fixed cost once per attribute. Any other attribute (a
// group, a LogValuer, an any, a time or duration, a key with rules of its
// own) leaves the record to the attribute-by-attribute path.

// cleanRecord reports whether rec, logged with no group open, is certain
// to be passed on as it came.
func (r *redactor) cleanRecord(rec slog.Record) bool {
	b := jsonredact.GetBatch(r.e)
	defer b.Done()
	if !b.String(jsonredact.MessageKey, rec.Message) {
		return false
	}
	ok := true
	rec.Attrs(func(a slog.Attr) bool {
		switch v := a.Value; v.Kind() {
		case slog.KindString:
			ok = b.String(a.Key, v.String())
		case slog.KindInt64:
			ok = b.Int(a.Key, v.Int64())
		case slog.KindUint64:
			ok = b.Uint(a.Key, v.Uint64())
		case slog.KindFloat64:
			ok = b.Float(a.Key, v.Float64())
		case slog.KindBool:
			// Booleans hide nothing.
		default:
			ok = false
		}
		return ok
	})
	return ok && b.Clean()
}
