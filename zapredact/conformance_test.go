package zapredact_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/conformance"
	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/zapredact"
)

// TestConformance runs the shared conformance rows through the core
// around zap's JSON encoder.
func TestConformance(t *testing.T) {
	conformance.Run(t, conformance.Layer{
		Name:     "zap",
		Supports: func(conformance.Kind) bool { return true },
		Log:      logRow,
		Values: func(r *conformance.Row, out []byte) (conformance.Values, error) {
			v, err := conformance.JSONValues(out)
			if err != nil {
				return nil, err
			}
			delete(v, "level")
			// zap writes Binary fields as base64.
			return v, v.DecodeBase64(r, conformance.Binary, conformance.Hex)
		},
	})
}

func logRow(e *patterns.Engine, r *conformance.Row) ([]byte, error) {
	var buf bytes.Buffer
	enc := zapcore.NewJSONEncoder(zapcore.EncoderConfig{
		MessageKey: "msg", LevelKey: "level", EncodeLevel: zapcore.LowercaseLevelEncoder,
		EncodeDuration: zapcore.StringDurationEncoder, EncodeTime: zapcore.RFC3339NanoTimeEncoder,
	})
	var core zapcore.Core = zapcore.NewCore(enc, zapcore.AddSync(&buf), zap.DebugLevel)
	if e != nil {
		core = zapredact.Wrap(core, zapredact.WithEngine(e))
	}
	l := zap.New(core)
	with := zapFields(r.With)
	if r.Group != "" {
		with = append(with, zap.Namespace(r.Group))
	}
	if len(with) > 0 {
		l = l.With(with...)
	}
	l.Info(r.Msg, zapFields(r.Fields)...)
	return buf.Bytes(), nil
}

func zapFields(ns []conformance.Node) []zap.Field {
	out := make([]zap.Field, len(ns))
	for i, n := range ns {
		out[i] = zapField(n)
	}
	return out
}

// zapField is a node as zap logs it; a slog LogValuer's nearest zap
// form is an ObjectMarshaler.
func zapField(n conformance.Node) zap.Field {
	k := n.Key
	switch n.Kind {
	case conformance.String:
		return zap.String(k, n.Text)
	case conformance.Bytes:
		return zap.ByteString(k, []byte(n.Text))
	case conformance.Binary, conformance.Hex:
		return zap.Binary(k, []byte(n.Text))
	case conformance.Int:
		return zap.Int64(k, n.Int)
	case conformance.Uint:
		return zap.Uint64(k, n.Uint)
	case conformance.Float:
		return zap.Float64(k, n.Float)
	case conformance.Bool:
		return zap.Bool(k, n.Bool)
	case conformance.Duration:
		return zap.Duration(k, n.Dur)
	case conformance.Time:
		return zap.Time(k, n.Time)
	case conformance.Error:
		return zap.NamedError(k, conformance.Err(n.Text))
	case conformance.Stringer:
		return zap.Stringer(k, conformance.Text(n.Text))
	case conformance.Object, conformance.Valuer:
		return zap.Object(k, object(n.Kids))
	case conformance.Array:
		return zap.Array(k, array(n.Kids))
	case conformance.Reflect:
		return zap.Reflect(k, n.Go)
	case conformance.RawJSON:
		return zap.Reflect(k, json.RawMessage(n.Text))
	case conformance.PanicString:
		return zap.Stringer(k, conformance.PanicStringer{})
	case conformance.PanicError:
		return zap.NamedError(k, conformance.PanicErr{})
	case conformance.PanicValuer:
		return zap.Object(k, panicObject{})
	case conformance.PanicJSON:
		return zap.Reflect(k, conformance.PanicMarshaler{})
	}
	panic("zap runner: no conversion for " + n.Kind.String())
}

// object is an ObjectMarshaler of nodes.
type object []conformance.Node

func (o object) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	for _, n := range o {
		zapField(n).AddTo(enc)
	}
	return nil
}

// array is an ArrayMarshaler of nodes.
type array []conformance.Node

func (a array) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	for _, n := range a {
		switch n.Kind {
		case conformance.String:
			enc.AppendString(n.Text)
		case conformance.Int:
			enc.AppendInt64(n.Int)
		case conformance.Float:
			enc.AppendFloat64(n.Float)
		case conformance.Bool:
			enc.AppendBool(n.Bool)
		case conformance.Object:
			if err := enc.AppendObject(object(n.Kids)); err != nil {
				return err
			}
		default:
			panic("zap runner: no array element for " + n.Kind.String())
		}
	}
	return nil
}

// panicObject is an ObjectMarshaler that panics.
type panicObject struct{}

func (panicObject) MarshalLogObject(zapcore.ObjectEncoder) error { panic(conformance.PanicText) }
