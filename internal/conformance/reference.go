package conformance

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/logredact/logredact/patterns"
)

// Engine is the layer that applies the rules with the engine's own calls
// and nothing else: each leaf through [patterns.Engine.RedactIn] under its
// key path, numbers as their decimal text, a container under a sensitive
// key through [patterns.Engine.MaskWhole], map keys through
// [patterns.Engine.RedactKey]. It is the reference the other layers are
// measured against, written as plainly as the rules in patterns/doc.go.
var Engine = Layer{
	Name: "engine",
	Log: func(e *patterns.Engine, r *Row) ([]byte, error) {
		ref := reference{e: e, vals: Values{}}
		if e != nil && r.Msg != "" {
			ref.vals[MessageKey], _ = e.RedactIn(patterns.Scope{Layer: "engine", Key: MessageKey}, r.Msg)
		} else if r.Msg != "" {
			ref.vals[MessageKey] = r.Msg
		}
		for _, n := range r.With {
			ref.node("", "", n)
		}
		out, key := "", ""
		if r.Group != "" {
			out, key = r.Group, r.Group
			if e != nil && e.SensitiveKey(key) && len(r.Fields) > 0 {
				ref.vals[out] = e.MaskWhole(patterns.Scope{Layer: "engine", Key: key})
				return json.Marshal(ref.vals)
			}
		}
		for _, n := range r.Fields {
			ref.node(out, key, n)
		}
		return json.Marshal(ref.vals)
	},
	Values: func(_ *Row, out []byte) (Values, error) {
		var v Values
		err := json.Unmarshal(out, &v)
		return v, err
	},
}

// reference walks a row. out is the output path, key the key path the
// engine sees: the same but for array indexes, which keys do not carry.
type reference struct {
	e    *patterns.Engine
	vals Values
}

func (ref *reference) sc(key string) patterns.Scope {
	return patterns.Scope{Layer: "engine", Key: key}
}

func (ref *reference) node(out, key string, n Node) {
	if n.Key != "" {
		out, key = Join(out, n.Key), Join(key, n.Key)
	}
	switch n.Kind {
	case String, Bytes, Binary, Hex, Error, Stringer:
		ref.text(out, key, n.Text, false)
	case Int:
		ref.number(out, key, strconv.FormatInt(n.Int, 10))
	case Uint:
		ref.number(out, key, strconv.FormatUint(n.Uint, 10))
	case Float:
		ref.number(out, key, strconv.FormatFloat(n.Float, 'f', -1, 64))
	case Bool:
		ref.vals[out] = strconv.FormatBool(n.Bool)
	case Duration:
		ref.text(out, key, n.Dur.String(), true)
	case Time:
		ref.text(out, key, n.Time.Format(time.RFC3339Nano), true)
	case Object, Valuer, Array:
		if ref.whole(out, key) {
			return
		}
		if len(n.Kids) == 0 {
			ref.vals[out] = map[bool]string{true: "[]", false: "{}"}[n.Kind == Array]
		}
		for i, k := range n.Kids {
			if n.Kind == Array {
				k.Key = ""
				ref.node(out+"["+strconv.Itoa(i)+"]", key, k)
				continue
			}
			ref.node(out, key, k)
		}
	case Reflect, RawJSON:
		data := []byte(n.Text)
		if n.Kind == Reflect {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(n.Go); err != nil {
				ref.vals[out] = "!ERROR:" + err.Error()
				return
			}
			data = buf.Bytes()
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			ref.vals[out] = "!ERROR:" + err.Error()
			return
		}
		ref.json(out, key, v)
	}
}

// whole masks a container under a sensitive key, and reports whether it
// did.
func (ref *reference) whole(out, key string) bool {
	if ref.e == nil || key == "" || !ref.e.SensitiveKey(key) {
		return false
	}
	ref.vals[out] = ref.e.MaskWhole(ref.sc(key))
	return true
}

// text redacts a leaf. A duration or a time only hides something under a
// sensitive key.
func (ref *reference) text(out, key, s string, onlyKeyed bool) {
	if ref.e != nil && (!onlyKeyed || ref.e.SensitiveKey(key)) {
		s, _ = ref.e.RedactIn(ref.sc(key), s)
	}
	ref.vals[out] = s
}

// number redacts a number by its decimal text: a card number, or any
// number under a sensitive key.
func (ref *reference) number(out, key, s string) {
	if ref.e != nil {
		if f, err := strconv.ParseFloat(s, 64); err == nil && f == math.Trunc(f) && !strings.Contains(s, ".") || ref.e.SensitiveKey(key) {
			s, _ = ref.e.RedactIn(ref.sc(key), s)
		}
	}
	ref.vals[out] = s
}

func (ref *reference) json(out, key string, v any) {
	switch x := v.(type) {
	case map[string]any:
		if ref.whole(out, key) {
			return
		}
		if len(x) == 0 {
			ref.vals[out] = "{}"
		}
		for k, e := range x {
			if ref.e != nil {
				k, _ = ref.e.RedactKey(ref.sc(key), k)
			}
			ref.json(Join(out, k), Join(key, k), e)
		}
	case []any:
		if ref.whole(out, key) {
			return
		}
		if len(x) == 0 {
			ref.vals[out] = "[]"
		}
		for i, e := range x {
			ref.json(out+"["+strconv.Itoa(i)+"]", key, e)
		}
	case string:
		ref.text(out, key, x, false)
	case json.Number:
		ref.number(out, key, string(x))
	case bool:
		ref.vals[out] = strconv.FormatBool(x)
	case nil:
		ref.vals[out] = "null"
	}
}
