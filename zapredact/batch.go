package zapredact

import (
	"math"
	"math/bits"

	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/jsonredact"
	"github.com/logredact/logredact/patterns"
)

// Most entries are clean, and most of their fields are short strings and
// numbers under plain keys: judge reads the message and all such fields
// in one engine pass, so that a clean entry does not pay the engine's
// fixed cost once per field. An entry that is not clean still goes field
// by field, but the pass has settled most of it: a field it found nothing
// in is written as it came, and one it found something in is masked with
// those findings, unread. Only the fields the pass could not judge (an
// object, an error, a Stringer, a key with rules of its own) are read
// again.

// judgeEntries lets tests compare the pass with the field path it stands
// in for.
var judgeEntries = true

// maxJudged is how many fields of an entry the pass judges: one bit each.
const maxJudged = 64

// entryPass is what the pass settled about one entry.
type entryPass struct {
	b *jsonredact.Batch
	// clean says the whole entry is written as it came.
	clean bool
	// msg is the message's value in the batch, or msgClean or
	// msgUnjudged.
	msg int
	// known has bit i set when fields[i] was judged: clean, or, when
	// held has bit i set too, with the findings of value values[i] of
	// the batch.
	known, held uint64
	values      [maxJudged]int8
}

const (
	msgClean    = -1
	msgUnjudged = -2
)

// judge reads an entry with message msg and fields, at the top level of
// the logger, into ep; ep.done gives the batch back. A clean entry costs
// what proving it clean costs: the findings are only kept, and the
// fields past one the batch cannot take only judged, once the entry is
// known not to be clean.
func (r *redactor) judge(ep *entryPass, msg string, fields []zapcore.Field) {
	b := jsonredact.GetBatch(r.eng)
	ep.b, ep.msg = b, msgUnjudged
	if !judgeEntries || !b.String(jsonredact.MessageKey, msg) {
		return
	}
	ep.msg = msgClean
	msgValue := b.Values() > 0
	all := true
fields:
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
		case zapcore.NamespaceType, zapcore.ObjectMarshalerType, zapcore.ArrayMarshalerType,
			zapcore.InlineMarshalerType, zapcore.ReflectType:
			// The fields after a namespace sit under its key, and a
			// marshaler may swallow them: none of them is judged here.
			if all {
				ep.known = 1<<min(i, maxJudged) - 1
			}
			all = false
			break fields
		}
		switch {
		case !ok && all:
			// The entry is not clean as a whole: the fields so far
			// are judged, and so are the ones the batch takes after.
			ep.known = 1<<min(i, maxJudged) - 1
			all = false
		case ok && !all:
			ep.known |= 1 << i // none past the 64th
		}
	}
	if all && b.Clean() {
		ep.clean = true
		return
	}
	if all {
		ep.known = 1<<min(len(fields), maxJudged) - 1
	}
	if !b.Find() {
		return
	}
	// Which value is whose: the message's first, then each judged
	// string that is not empty, in order (the batch's other values are
	// settled without a span).
	k := 0
	if msgValue {
		if len(b.Found(0)) > 0 {
			ep.msg = 0
		}
		k++
	}
	for m := ep.known; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		if f := &fields[i]; f.Type == zapcore.StringType && f.String != "" {
			if len(b.Found(k)) > 0 {
				ep.held |= 1 << i
				ep.values[i] = int8(k)
			}
			k++
		}
	}
}

// done gives the batch back; the findings are not kept past the entry.
func (ep *entryPass) done() {
	if ep.b != nil {
		ep.b.Done()
		ep.b = nil
	}
}

// judgedMessage returns the entry's message, redacted as the field path
// does.
func (r *redactor) judgedMessage(ep *entryPass, msg string) (string, bool) {
	switch ep.msg {
	case msgClean:
		return msg, false
	case msgUnjudged:
		return r.message(msg)
	}
	return r.eng.RedactFound(patterns.Scope{Layer: layer, Key: jsonredact.MessageKey}, msg, ep.b.Found(ep.msg))
}

// judgedString returns the string of fields[i], which the pass found
// something in, masked with those findings.
func (r *redactor) judgedString(ep *entryPass, i int, f *zapcore.Field) (string, bool) {
	return r.eng.RedactFound(patterns.Scope{Layer: layer, Key: f.Key}, f.String, ep.b.Found(int(ep.values[i])))
}
