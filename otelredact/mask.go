package otelredact

import (
	"github.com/logredact/logredact/patterns"
)

// The processor needs both the masked text and the findings (for the
// summary and the metric). The engine's RedactIn returns only the text, so
// calling it after AppendFind would scan every dirty value twice. For the
// label and fixed masks, whose output depends on nothing but the detector
// ID, the processor writes the masked text itself from the findings of a
// single scan; a test holds it to the engine's output byte for byte. The
// partial and HMAC masks look at the value, so they stay with the engine.

// labelPrefix starts the engine's label mask: "[REDACTED:<id>]".
const labelPrefix = "[REDACTED:"

// splice is how a pass masks findings itself; its zero value means "ask
// the engine".
type splice struct {
	on    bool
	fixed string // "" for the label mask
}

func newSplice(m *MaskConfig) splice {
	switch m.Type {
	case "", MaskLabel:
		return splice{on: true}
	case MaskFixed:
		return splice{on: true, fixed: m.Text}
	}
	return splice{}
}

// appendMasked appends s with the findings fs replaced, as the engine's
// label or fixed mask would.
func (sp splice) appendMasked(dst []byte, s string, fs []patterns.Finding) []byte {
	prev := 0
	for _, f := range fs {
		dst = append(dst, s[prev:f.Start]...)
		if sp.fixed != "" {
			dst = append(dst, sp.fixed...)
		} else {
			dst = append(dst, labelPrefix...)
			dst = append(dst, f.DetectorID...)
			dst = append(dst, ']')
		}
		prev = f.End
	}
	return append(dst, s[prev:]...)
}
