package slogredact

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"reflect"
	"strings"

	"github.com/logredact/logredact/internal/jsonredact"
	"github.com/logredact/logredact/internal/marker"
	"github.com/logredact/logredact/patterns"
)

// rebuilt replaces a value of kind Any that had something to mask. The
// JSON handler writes its MarshalJSON: what encoding/json wrote for the
// original value, with only the masked spans changed, so the line is
// byte for byte what the plain handler writes but for the masks. The text
// handler prints its String: the original's own text (MarshalText,
// Error, String) redacted, or else the JSON view in the style of %+v,
// which shows neither the fields encoding/json leaves out nor Go field
// names its tags replaced.
type rebuilt struct {
	json []byte
	text string
}

// MarshalJSON returns the redacted JSON.
func (v rebuilt) MarshalJSON() ([]byte, error) { return v.json, nil }

// String returns the redacted text.
func (v rebuilt) String() string { return v.text }

// rebuild redacts x, logged under key at p, whose walk found something.
func (r *redactor) rebuild(p keyPath, key string, x any, rv reflect.Value) (slog.Value, bool) {
	sc := patterns.Scope{Layer: layer, Key: p.String(key)}
	text, hasText, ok := textView(x)
	if !ok {
		return slog.StringValue(marker.Panic), true
	}
	_, isJSON := x.(json.Marshaler)
	if _, isErr := x.(error); isErr && !isJSON {
		// slog's JSON handler writes an error as its Error text.
		out, _ := jsonredact.RedactString(r.e, sc, text)
		return slog.StringValue(out), true
	}
	if sc.Key != "" && r.e.SensitiveKey(sc.Key) && container(rv) {
		return slog.StringValue(r.e.MaskWhole(sc)), true
	}
	data, panicked, err := encodeJSON(x)
	switch {
	case panicked:
		return slog.StringValue(marker.Panic), true
	case err != nil:
		out, _ := jsonredact.RedactString(r.e, sc, "!ERROR:"+err.Error())
		return slog.StringValue(out), true
	}
	if hasText && len(data) > 0 && data[0] == '"' {
		var s string
		if json.Unmarshal(data, &s) == nil && s == text {
			// Both handlers print the same text: it is the value.
			out, _ := jsonredact.RedactString(r.e, sc, text)
			return slog.StringValue(out), true
		}
	}
	var marked []string
	w := walker{r: r, collect: &marked}
	w.check(p, key, rv, 0)
	out, changed, ok := jsonredact.RedactJSON(r.e, sc, data, marked)
	if !ok {
		s, _ := jsonredact.RedactString(r.e, sc, string(data))
		return slog.StringValue(s), true
	}
	if !changed {
		out = data
	}
	v := rebuilt{json: out}
	if hasText {
		v.text, _ = jsonredact.RedactString(r.e, sc, text)
	} else {
		v.text = formatJSON(out, rv.Kind() == reflect.Map)
	}
	return slog.AnyValue(v), true
}

// container reports whether v holds a group of values: a struct, map,
// slice or array, or a pointer to one.
func container(v reflect.Value) bool {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return false
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Struct, reflect.Map, reflect.Slice, reflect.Array:
		return true
	}
	return false
}

// textView is the text slog's text handler prints for x when x renders
// itself: MarshalText, else Error, else String. ok is false when the
// method panicked.
func textView(x any) (text string, has, ok bool) {
	switch x.(type) {
	case encoding.TextMarshaler:
		text, ok = callText(x, mText)
	case error:
		text, ok = callText(x, mError)
	case fmt.Stringer:
		text, ok = callText(x, mString)
	default:
		return "", false, true
	}
	return text, true, ok
}

// encodeJSON encodes x as slog's JSON handler does: with encoding/json,
// without escaping HTML.
func encodeJSON(x any) (data []byte, panicked bool, err error) {
	defer func() {
		if recover() != nil {
			data, panicked, err = nil, true, nil
		}
	}()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(x); err != nil {
		return nil, false, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte{'\n'}), false, nil
}

// formatJSON writes JSON in the style of fmt's %+v: {key:value ...},
// [a b], strings bare. A map is written map[key:value ...], as fmt does.
func formatJSON(data []byte, isMap bool) string {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var b strings.Builder
	if err := formatValue(&b, dec, isMap); err != nil {
		return string(data)
	}
	return b.String()
}

var errBadJSON = errors.New("slogredact: unreadable JSON")

func formatValue(b *strings.Builder, dec *json.Decoder, isMap bool) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			if isMap {
				b.WriteString("map[")
			} else {
				b.WriteByte('{')
			}
			for i := 0; dec.More(); i++ {
				if i > 0 {
					b.WriteByte(' ')
				}
				k, err := dec.Token()
				if err != nil {
					return err
				}
				fmt.Fprintf(b, "%v:", k)
				if err := formatValue(b, dec, false); err != nil {
					return err
				}
			}
			if _, err := dec.Token(); err != nil && err != io.EOF {
				return err
			}
			if isMap {
				b.WriteByte(']')
			} else {
				b.WriteByte('}')
			}
		case '[':
			b.WriteByte('[')
			for i := 0; dec.More(); i++ {
				if i > 0 {
					b.WriteByte(' ')
				}
				if err := formatValue(b, dec, false); err != nil {
					return err
				}
			}
			if _, err := dec.Token(); err != nil {
				return err
			}
			b.WriteByte(']')
		default:
			return errBadJSON
		}
	case nil:
		b.WriteString("<nil>")
	default:
		fmt.Fprint(b, t)
	}
	return nil
}
