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
		// A quiet key is clean as data and adds nothing to its value,
		// which the batch then judges as it would under the key.
		key, quiet := k, p.keys.isQuiet(k)
		if quiet {
			key = ""
		} else if !p.keys.has(k) {
			if !b.String("", k) {
				ok = false
				return false
			}
			p.keys.read(k)
		}
		switch v.Type() {
		case pcommon.ValueTypeStr:
			ok = b.String(key, v.Str())
		case pcommon.ValueTypeInt:
			ok = b.Int(key, v.Int())
		case pcommon.ValueTypeDouble:
			ok = b.Float(key, v.Double())
		case pcommon.ValueTypeBool, pcommon.ValueTypeEmpty:
			// Nothing to hide, and nothing learnt of the key.
			return true
		default:
			ok = false
			return false
		}
		if ok && !quiet {
			p.keys.tookValue(k)
		}
		return ok
	})
	clean := ok && b.Clean()
	p.keys.settle(clean)
	return clean
}
