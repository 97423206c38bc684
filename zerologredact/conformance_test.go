//go:build !binary_log

package zerologredact_test

import (
	"bytes"
	"testing"

	"github.com/rs/zerolog"

	"github.com/logredact/logredact/internal/conformance"
	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/zerologredact"
)

// TestConformance runs the shared conformance rows through the writer. A
// panicking method has no zerolog form: zerolog calls String, Error and
// MarshalJSON itself, in the logging goroutine, before the writer sees
// anything.
func TestConformance(t *testing.T) {
	conformance.Run(t, conformance.Layer{
		Name:     "zerolog",
		Supports: func(k conformance.Kind) bool { return !k.Panics() },
		Log:      logRow,
		Values: func(r *conformance.Row, out []byte) (conformance.Values, error) {
			v, err := conformance.JSONValues(out)
			if err != nil {
				return nil, err
			}
			delete(v, zerolog.LevelFieldName)
			v.Rename(zerolog.MessageFieldName, conformance.MessageKey)
			return v, v.DecodeHex(r, conformance.Hex)
		},
	})
}

func logRow(e *patterns.Engine, r *conformance.Row) ([]byte, error) {
	var buf bytes.Buffer
	var w = zerolog.LevelWriter(zerolog.LevelWriterAdapter{Writer: &buf})
	if e != nil {
		w = zerologredact.New(&buf, zerologredact.WithEngine(e))
	}
	l := zerolog.New(w)
	if len(r.With) > 0 {
		l = l.With().EmbedObject(fields(r.With)).Logger()
	}
	ev := l.Info()
	if r.Group != "" {
		ev = ev.Dict(r.Group, zerolog.Dict().EmbedObject(fields(r.Fields)))
	} else {
		ev = ev.EmbedObject(fields(r.Fields))
	}
	ev.Msg(r.Msg)
	return buf.Bytes(), nil
}

// fields adds nodes to an event, or to a context through EmbedObject.
type fields []conformance.Node

func (fs fields) MarshalZerologObject(e *zerolog.Event) {
	for _, n := range fs {
		addNode(e, n)
	}
}

func addNode(e *zerolog.Event, n conformance.Node) {
	k := n.Key
	switch n.Kind {
	case conformance.String:
		e.Str(k, n.Text)
	case conformance.Bytes, conformance.Binary:
		e.Bytes(k, []byte(n.Text))
	case conformance.Hex:
		e.Hex(k, []byte(n.Text))
	case conformance.Int:
		e.Int64(k, n.Int)
	case conformance.Uint:
		e.Uint64(k, n.Uint)
	case conformance.Float:
		e.Float64(k, n.Float)
	case conformance.Bool:
		e.Bool(k, n.Bool)
	case conformance.Duration:
		e.Dur(k, n.Dur)
	case conformance.Time:
		e.Time(k, n.Time)
	case conformance.Error:
		e.AnErr(k, conformance.Err(n.Text))
	case conformance.Stringer:
		e.Stringer(k, conformance.Text(n.Text))
	case conformance.Object, conformance.Valuer:
		// zerolog has no value computed when logged: a valuer is the
		// dict it would compute.
		e.Dict(k, zerolog.Dict().EmbedObject(fields(n.Kids)))
	case conformance.Array:
		a := zerolog.Arr()
		for _, el := range n.Kids {
			addElem(a, el)
		}
		e.Array(k, a)
	case conformance.Reflect:
		e.Interface(k, n.Go)
	case conformance.RawJSON:
		e.RawJSON(k, []byte(n.Text))
	default:
		panic("zerolog runner: no conversion for " + n.Kind.String())
	}
}

func addElem(a *zerolog.Array, n conformance.Node) {
	switch n.Kind {
	case conformance.String:
		a.Str(n.Text)
	case conformance.Int:
		a.Int64(n.Int)
	case conformance.Float:
		a.Float64(n.Float)
	case conformance.Bool:
		a.Bool(n.Bool)
	case conformance.Object:
		a.Dict(zerolog.Dict().EmbedObject(fields(n.Kids)))
	default:
		panic("zerolog runner: no array element for " + n.Kind.String())
	}
}
