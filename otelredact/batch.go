package otelredact

import (
	"go.opentelemetry.io/collector/pdata/pcommon"

	"github.com/logredact/logredact/internal/jsonredact"
)

// Most records are clean, and most of their attributes are short strings
// and numbers under plain keys: cleanRecord judges the body and every
// such attribute, keys included (they are data here), in one engine pass,
// so that a clean record does not pay the engine's fixed cost once per
// value. Anything else (a map, a slice, bytes, a key with rules of its
// own) leaves the record to the value-by-value walk. Keys that an earlier
// clean record proved clean are not read again (batch_keys.go).

// cleanRecord reports whether a log record with body and attrs, judged at
// the top of the key path, is certain to come out of the walk unchanged.
func (p *pass) cleanRecord(body pcommon.Value, attrs pcommon.Map) bool {
	if len(p.path) != 0 {
		return false
	}
	b := jsonredact.GetBatch(p.eng)
	defer b.Done()
	switch body.Type() {
	case pcommon.ValueTypeStr:
		if !b.String(jsonredact.MessageKey, body.Str()) {
			return false
		}
	case pcommon.ValueTypeEmpty:
	default:
		return false
	}
	ok := true
	attrs.Range(func(k string, v pcommon.Value) bool {
		if isSummary(k, v) {
			return true // the processor's own counts, which the walk skips
		}
		if !p.keys.has(k) {
			if !b.String("", k) {
				ok = false
				return false
			}
			p.keys.read(k)
		}
		switch v.Type() {
		case pcommon.ValueTypeStr:
			ok = b.String(k, v.Str())
		case pcommon.ValueTypeInt:
			ok = b.Int(k, v.Int())
		case pcommon.ValueTypeDouble:
			ok = b.Float(k, v.Double())
		case pcommon.ValueTypeBool, pcommon.ValueTypeEmpty:
			// Nothing to hide.
		default:
			ok = false
		}
		return ok
	})
	clean := ok && b.Clean()
	p.keys.settle(clean)
	return clean
}
