package slogredact

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// object is a struct or map rebuilt after redaction: its members in the
// order encoding/json writes them (fields in declaration order, map keys
// sorted). It renders as the original would have, minus what was masked:
// as a JSON object through [json.Marshaler] and as "{key:value ...}"
// through [fmt.Stringer] for text handlers.
type object []member

type member struct {
	Key   string
	Value any
}

// MarshalJSON writes o as a JSON object, without escaping HTML, as
// slog's JSON handler writes everything else.
func (o object) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	buf.WriteByte('{')
	encode := func(v any) error {
		if err := enc.Encode(v); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1) // the newline Encode adds
		return nil
	}
	for i, m := range o {
		if i > 0 {
			buf.WriteByte(',')
		}
		if err := encode(m.Key); err != nil {
			return nil, err
		}
		buf.WriteByte(':')
		if err := encode(m.Value); err != nil {
			return nil, err
		}
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// String writes o the way fmt's %+v writes a struct.
func (o object) String() string {
	var b strings.Builder
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s:%+v", m.Key, m.Value)
	}
	b.WriteByte('}')
	return b.String()
}
