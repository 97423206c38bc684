package otelredact

import (
	"strconv"
	"unsafe"

	"go.opentelemetry.io/collector/pdata/pcommon"

	"github.com/logredact/logredact/internal/jsonredact"
	"github.com/logredact/logredact/patterns"
)

// layer is the Scope.Layer the processor reports to the engine.
const layer = "otel"

// pass is the working state of one ConsumeLogs or ConsumeTraces call. It
// is pooled, so its buffers grow once and a clean batch allocates nothing.
type pass struct {
	eng *patterns.Engine
	// path is the key path of the value being examined, components joined
	// by '.', as the engine's key rules expect.
	path    []byte
	finds   []patterns.Finding
	scratch []byte
	renames []rename
	// record counts findings in the current log record or span; batch
	// accumulates them for the findings metric.
	record counts
	batch  counts
	// keys are the attribute keys known to hold nothing as data.
	keys keyMemory
}

// rename is a map key that held a finding and its masked form.
type rename struct{ from, to string }

// key returns the current key path. It aliases p.path, which is fine
// because the engine keeps no reference to a Scope after a call returns.
func (p *pass) key() string {
	return unsafe.String(unsafe.SliceData(p.path), len(p.path))
}

// push appends component k to the key path and returns the length to
// restore afterwards.
func (p *pass) push(k string) int {
	n := len(p.path)
	if n > 0 {
		p.path = append(p.path, '.')
	}
	p.path = append(p.path, k...)
	return n
}

// nameKey is the key a span's or an event's name is judged under.
const nameKey = "name"

// body redacts a log record's body: a string is the message, judged and
// observed under "msg" as in every layer; a map's keys are top-level.
func (p *pass) body(v pcommon.Value) {
	if v.Type() != pcommon.ValueTypeStr {
		p.value(v)
		return
	}
	n := p.push(jsonredact.MessageKey)
	p.value(v)
	p.path = p.path[:n]
}

// text redacts a name under key.
func (p *pass) text(key, s string) (string, bool) {
	n := p.push(key)
	out, ok := p.redact(s)
	p.path = p.path[:n]
	return out, ok
}

// sc is the engine scope of the current value.
func (p *pass) sc() patterns.Scope {
	return patterns.Scope{Layer: layer, Key: p.key()}
}

// attributes redacts every value of m, keyed by its attribute key. The
// processor's own summary attributes are skipped: "credit-card" in
// "logredact.redacted.credit-card" would otherwise make its count look
// like a card number under a sensitive key.
func (p *pass) attributes(m pcommon.Map) {
	p.mapValues(m, true)
}

// mapValues redacts the keys and values of a map under the current path.
// Keys are data here, whatever produced them: a key that holds a finding
// is masked, and the finding counted under the map's path.
func (p *pass) mapValues(m pcommon.Map, top bool) {
	p.renames = p.renames[:0]
	m.Range(func(k string, v pcommon.Value) bool {
		if top && isSummary(k, v) {
			return true
		}
		switch {
		case p.keys.has(k):
		case p.eng.Contains(k):
			out, _ := p.eng.RedactKey(p.sc(), k)
			p.count(p.eng.AppendFind(p.finds[:0], patterns.Scope{}, k))
			p.renames = append(p.renames, rename{from: k, to: out})
		default:
			p.keys.add(k) // clean alone, as cleanRecord reads it
		}
		return true
	})
	for _, rn := range p.renames {
		old, _ := m.Get(rn.from)
		old.CopyTo(m.PutEmpty(rn.to))
		m.Remove(rn.from)
	}
	m.Range(func(k string, v pcommon.Value) bool {
		if top && isSummary(k, v) {
			return true
		}
		n := p.push(k)
		p.value(v)
		p.path = p.path[:n]
		return true
	})
}

// value redacts v in place under the current key path, by the rules every
// layer shares: strings through the engine (a string that holds JSON read
// as JSON), an int when it is a card number or sits under a sensitive key,
// a double when it is a whole card number or sits under a sensitive key,
// bytes that are text as text. A map or slice under a sensitive key is
// masked whole, as one string; otherwise maps and slices are walked, slice
// elements keeping the slice's key. A masked scalar becomes a string,
// since the mask is text. Booleans and empty values carry nothing to hide.
func (p *pass) value(v pcommon.Value) {
	switch v.Type() {
	case pcommon.ValueTypeStr:
		if out, ok := p.redact(v.Str()); ok {
			v.SetStr(out)
		}
	case pcommon.ValueTypeMap:
		if p.whole(v) {
			return
		}
		p.mapValues(v.Map(), false)
	case pcommon.ValueTypeSlice:
		if p.whole(v) {
			return
		}
		s := v.Slice()
		for i := 0; i < s.Len(); i++ {
			p.value(s.At(i))
		}
	case pcommon.ValueTypeInt:
		if !jsonredact.IntDirty(p.eng, p.key(), v.Int()) {
			return
		}
		out, _ := jsonredact.RedactInt(p.eng, p.sc(), v.Int())
		p.scratch = strconv.AppendInt(p.scratch[:0], v.Int(), 10)
		p.countText(p.scratch)
		v.SetStr(out)
	case pcommon.ValueTypeDouble:
		if !jsonredact.FloatDirty(p.eng, p.key(), v.Double()) {
			return
		}
		out, _ := jsonredact.RedactFloat(p.eng, p.sc(), v.Double())
		p.scratch = append(p.scratch[:0], jsonredact.FloatText(v.Double())...)
		p.countText(p.scratch)
		v.SetStr(out)
	case pcommon.ValueTypeBytes:
		b := v.Bytes()
		p.scratch = p.scratch[:0]
		for i := 0; i < b.Len(); i++ {
			p.scratch = append(p.scratch, b.At(i))
		}
		if out, ok := p.redact(unsafe.String(unsafe.SliceData(p.scratch), len(p.scratch))); ok {
			v.SetStr(out)
		}
	}
}

// whole masks a map or slice under a sensitive key as one string, and
// reports whether it did.
func (p *pass) whole(v pcommon.Value) bool {
	if len(p.path) == 0 || !p.eng.SensitiveKey(p.key()) {
		return false
	}
	v.SetStr(p.eng.MaskWhole(p.sc()))
	p.record.add("sensitive-key", 1)
	return true
}

// redact returns s redacted under the current key path and counts its
// findings; ok is false, and nothing is allocated, when s is clean.
func (p *pass) redact(s string) (string, bool) {
	out, finds := jsonredact.RedactStringFind(p.eng, p.sc(), s, p.finds[:0])
	p.finds = finds
	if len(finds) == 0 {
		return s, false
	}
	p.count(finds)
	return out, true
}

// countText counts the findings in the text of a masked number.
func (p *pass) countText(b []byte) {
	p.finds = p.eng.AppendFind(p.finds[:0], p.sc(), unsafe.String(unsafe.SliceData(b), len(b)))
	p.count(p.finds)
}

func (p *pass) count(fs []patterns.Finding) {
	for _, f := range fs {
		p.record.add(f.DetectorID, 1)
	}
}
