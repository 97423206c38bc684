package otelredact

import (
	"strconv"
	"strings"
	"unsafe"

	"go.opentelemetry.io/collector/pdata/pcommon"

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
	// record counts findings in the current log record or span; batch
	// accumulates them for the findings metric.
	record counts
	batch  counts
}

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

// attributes redacts every value of m, keyed by its attribute key. The
// processor's own summary attributes are skipped: "credit-card" in
// "logredact.redacted.credit-card" would otherwise make its count look
// like a card number under a sensitive key.
func (p *pass) attributes(m pcommon.Map) {
	m.Range(func(k string, v pcommon.Value) bool {
		if v.Type() == pcommon.ValueTypeInt && strings.HasPrefix(k, summaryPrefix) {
			return true
		}
		n := p.push(k)
		p.value(v)
		p.path = p.path[:n]
		return true
	})
}

// mapValues redacts every value of a nested map under the current path.
func (p *pass) mapValues(m pcommon.Map) {
	m.Range(func(k string, v pcommon.Value) bool {
		n := p.push(k)
		p.value(v)
		p.path = p.path[:n]
		return true
	})
}

// value redacts v in place under the current key path. Strings are
// scanned; maps and slices are walked, slice elements keeping the slice's
// key; an int is masked when it is a card number or sits under a sensitive
// key, a double only under a sensitive key; bytes are scanned as text.
// A masked value of any type becomes a string, since the mask is text.
// Booleans and empty values carry nothing to hide.
func (p *pass) value(v pcommon.Value) {
	switch v.Type() {
	case pcommon.ValueTypeStr:
		if out, ok := p.redact(v.Str()); ok {
			v.SetStr(out)
		}
	case pcommon.ValueTypeMap:
		p.mapValues(v.Map())
	case pcommon.ValueTypeSlice:
		s := v.Slice()
		for i := 0; i < s.Len(); i++ {
			p.value(s.At(i))
		}
	case pcommon.ValueTypeInt:
		if out, ok := p.redactInt(v.Int()); ok {
			v.SetStr(out)
		}
	case pcommon.ValueTypeDouble:
		if p.eng.SensitiveKey(p.key()) {
			if out, ok := p.redact(strconv.FormatFloat(v.Double(), 'g', -1, 64)); ok {
				v.SetStr(out)
			}
		}
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

// redact returns s redacted under the current key path and counts its
// findings; ok is false, and nothing is allocated, when s is clean.
func (p *pass) redact(s string) (string, bool) {
	sc := patterns.Scope{Layer: layer, Key: p.key()}
	out, finds := p.eng.RedactFind(p.finds[:0], sc, s)
	p.finds = finds
	if len(finds) == 0 {
		return s, false
	}
	for _, f := range finds {
		p.record.add(f.DetectorID, 1)
	}
	return out, true
}

// redactInt masks an integer the engine would mask, counting the detector
// that claims its decimal form.
func (p *pass) redactInt(v int64) (string, bool) {
	sc := patterns.Scope{Layer: layer, Key: p.key()}
	out, ok := p.eng.RedactInt(sc, v)
	if !ok {
		return "", false
	}
	p.scratch = strconv.AppendInt(p.scratch[:0], v, 10)
	p.finds = p.eng.AppendFind(p.finds[:0], sc, unsafe.String(unsafe.SliceData(p.scratch), len(p.scratch)))
	for _, f := range p.finds {
		p.record.add(f.DetectorID, 1)
	}
	return out, true
}
