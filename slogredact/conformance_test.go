package slogredact_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"testing"

	"github.com/logredact/logredact/internal/conformance"
	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/slogredact"
)

// TestConformance runs the shared conformance rows through the handler
// around slog's JSON and text handlers.
func TestConformance(t *testing.T) {
	for _, text := range []bool{false, true} {
		name, read := "slog-json", jsonValues
		if text {
			name, read = "slog-text", textValues
		}
		t.Run(name, func(t *testing.T) {
			conformance.Run(t, conformance.Layer{
				Name:     name,
				Supports: func(conformance.Kind) bool { return true },
				Log:      func(e *patterns.Engine, r *conformance.Row) ([]byte, error) { return logRow(e, r, text) },
				Values:   read,
			})
		})
	}
}

func logRow(e *patterns.Engine, r *conformance.Row, text bool) ([]byte, error) {
	var buf bytes.Buffer
	opts := &slog.HandlerOptions{ReplaceAttr: removeTime}
	var h slog.Handler = slog.NewJSONHandler(&buf, opts)
	if text {
		h = slog.NewTextHandler(&buf, opts)
	}
	if e != nil {
		h = slogredact.New(h, slogredact.WithEngine(e))
	}
	if len(r.With) > 0 {
		h = h.WithAttrs(slogAttrs(r.With))
	}
	if r.Group != "" {
		h = h.WithGroup(r.Group)
	}
	slog.New(h).LogAttrs(context.Background(), slog.LevelInfo, r.Msg, slogAttrs(r.Fields)...)
	return buf.Bytes(), nil
}

func jsonValues(r *conformance.Row, out []byte) (conformance.Values, error) {
	v, err := conformance.JSONValues(out)
	if err != nil {
		return nil, err
	}
	delete(v, "level")
	// encoding/json writes a []byte as base64.
	return v, v.DecodeBase64(r, conformance.Bytes, conformance.Binary, conformance.Hex)
}

func textValues(_ *conformance.Row, out []byte) (conformance.Values, error) {
	v, err := conformance.PairValues(out)
	delete(v, "level")
	return v, err
}

func slogAttrs(ns []conformance.Node) []slog.Attr {
	out := make([]slog.Attr, len(ns))
	for i, n := range ns {
		out[i] = slog.Attr{Key: n.Key, Value: slogValue(n)}
	}
	return out
}

// slogValue is a node as slog logs it. slog has no arrays: a slice is
// logged as a value of kind Any, like any Go value.
func slogValue(n conformance.Node) slog.Value {
	switch n.Kind {
	case conformance.String:
		return slog.StringValue(n.Text)
	case conformance.Bytes, conformance.Binary, conformance.Hex:
		return slog.AnyValue([]byte(n.Text))
	case conformance.Int:
		return slog.Int64Value(n.Int)
	case conformance.Uint:
		return slog.Uint64Value(n.Uint)
	case conformance.Float:
		return slog.Float64Value(n.Float)
	case conformance.Bool:
		return slog.BoolValue(n.Bool)
	case conformance.Duration:
		return slog.DurationValue(n.Dur)
	case conformance.Time:
		return slog.TimeValue(n.Time)
	case conformance.Error:
		return slog.AnyValue(conformance.Err(n.Text))
	case conformance.Stringer:
		return slog.AnyValue(conformance.Text(n.Text))
	case conformance.Object:
		return slog.GroupValue(slogAttrs(n.Kids)...)
	case conformance.Valuer:
		return slog.AnyValue(valuer(n.Kids))
	case conformance.Array:
		return slog.AnyValue(goValue(n))
	case conformance.Reflect:
		return slog.AnyValue(n.Go)
	case conformance.RawJSON:
		return slog.AnyValue(json.RawMessage(n.Text))
	case conformance.PanicString:
		return slog.AnyValue(conformance.PanicStringer{})
	case conformance.PanicError:
		return slog.AnyValue(conformance.PanicErr{})
	case conformance.PanicValuer:
		return slog.AnyValue(panicValuer{})
	case conformance.PanicJSON:
		return slog.AnyValue(conformance.PanicMarshaler{})
	}
	panic("slog runner: no conversion for " + n.Kind.String())
}

// goValue is a node as a plain Go value, for the elements of a slice.
func goValue(n conformance.Node) any {
	switch n.Kind {
	case conformance.Object, conformance.Valuer:
		m := make(map[string]any, len(n.Kids))
		for _, k := range n.Kids {
			m[k.Key] = goValue(k)
		}
		return m
	case conformance.Array:
		s := make([]any, len(n.Kids))
		for i, k := range n.Kids {
			s[i] = goValue(k)
		}
		return s
	}
	return slogValue(n).Any()
}

// valuer is a LogValuer that resolves to a group.
type valuer []conformance.Node

func (v valuer) LogValue() slog.Value { return slog.GroupValue(slogAttrs(v)...) }

// panicValuer is a LogValuer whose LogValue panics.
type panicValuer struct{}

func (panicValuer) LogValue() slog.Value { panic(conformance.PanicText) }
