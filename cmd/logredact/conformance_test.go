package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/logredact/logredact/internal/conformance"
	"github.com/logredact/logredact/patterns"
)

// TestConformance runs the shared conformance rows through the filter's
// own code path: each row is written as a JSON line, a logfmt line and a
// line of text, as the loggers would write it, and redacted line by line.
// The plain output is the line itself.
func TestConformance(t *testing.T) {
	// A JSON line has no zap.Binary: bytes a logger wrote as base64 are
	// opaque to the command. Panicking methods never reach a file.
	supports := func(k conformance.Kind) bool { return !k.Panics() && k != conformance.Binary }
	layers := []conformance.Layer{
		{Name: "cmd-json", Supports: supports, Log: filter(jsonLine), Values: func(r *conformance.Row, out []byte) (conformance.Values, error) {
			v, err := conformance.JSONValues(out)
			if err != nil {
				return nil, err
			}
			delete(v, "level")
			return v, v.DecodeHex(r, conformance.Hex)
		}},
		{Name: "cmd-logfmt", Supports: supports, Flat: true, Log: filter(logfmtLine), Values: func(_ *conformance.Row, out []byte) (conformance.Values, error) {
			v, err := conformance.PairValues(out)
			delete(v, "level")
			return v, err
		}},
		{Name: "cmd-text", Supports: supports, Flat: true, Text: true, Log: filter(textLine), Values: func(_ *conformance.Row, out []byte) (conformance.Values, error) {
			return conformance.Values{"": strings.TrimSuffix(string(out), "\n")}, nil
		}},
	}
	for _, l := range layers {
		t.Run(l.Name, func(t *testing.T) { conformance.Run(t, l) })
	}
}

// filter returns a Log that writes a row as a line and, given an engine,
// redacts it as the filter does.
func filter(line func(*conformance.Row) []byte) func(*patterns.Engine, *conformance.Row) ([]byte, error) {
	return func(e *patterns.Engine, r *conformance.Row) ([]byte, error) {
		in := line(r)
		if e == nil {
			return in, nil
		}
		p := &lineProc{e: e, maxLine: defaultMaxLine}
		out, changed := p.redactChunk(nil, in)
		if !changed {
			return in, nil
		}
		return out, nil
	}
}

// jsonLine writes a row as a JSON logger writes it.
func jsonLine(r *conformance.Row) []byte {
	var b bytes.Buffer
	b.WriteString(`{"level":"info"`)
	if r.Msg != "" {
		b.WriteString(`,"msg":`)
		writeJSON(&b, r.Msg)
	}
	for _, n := range r.With {
		member(&b, n)
	}
	if r.Group != "" {
		b.WriteByte(',')
		writeJSON(&b, r.Group)
		b.WriteString(":{")
		for i, n := range r.Fields {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(&b, n.Key)
			b.WriteByte(':')
			jsonValue(&b, n)
		}
		b.WriteByte('}')
	} else {
		for _, n := range r.Fields {
			member(&b, n)
		}
	}
	b.WriteString("}\n")
	return b.Bytes()
}

func member(b *bytes.Buffer, n conformance.Node) {
	b.WriteByte(',')
	writeJSON(b, n.Key)
	b.WriteByte(':')
	jsonValue(b, n)
}

// writeJSON writes v with encoding/json, HTML left unescaped, as loggers
// write.
func writeJSON(b *bytes.Buffer, v any) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	b.Truncate(b.Len() - 1)
}

func jsonValue(b *bytes.Buffer, n conformance.Node) {
	switch n.Kind {
	case conformance.Object, conformance.Valuer:
		b.WriteByte('{')
		for i, k := range n.Kids {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(b, k.Key)
			b.WriteByte(':')
			jsonValue(b, k)
		}
		b.WriteByte('}')
	case conformance.Array:
		b.WriteByte('[')
		for i, k := range n.Kids {
			if i > 0 {
				b.WriteByte(',')
			}
			jsonValue(b, k)
		}
		b.WriteByte(']')
	case conformance.Reflect:
		writeJSON(b, n.Go)
	case conformance.RawJSON:
		b.WriteString(n.Text)
	case conformance.Hex:
		writeJSON(b, hex.EncodeToString([]byte(n.Text)))
	case conformance.Int, conformance.Uint, conformance.Float, conformance.Bool:
		b.WriteString(scalar(n))
	default:
		writeJSON(b, scalar(n))
	}
}

// scalar is the text of a scalar node.
func scalar(n conformance.Node) string {
	switch n.Kind {
	case conformance.Int:
		return strconv.FormatInt(n.Int, 10)
	case conformance.Uint:
		return strconv.FormatUint(n.Uint, 10)
	case conformance.Float:
		return strconv.FormatFloat(n.Float, 'f', -1, 64)
	case conformance.Bool:
		return strconv.FormatBool(n.Bool)
	case conformance.Duration:
		return n.Dur.String()
	case conformance.Time:
		return n.Time.Format(time.RFC3339Nano)
	}
	return n.Text
}

// logfmtLine writes a flat row as logfmt.
func logfmtLine(r *conformance.Row) []byte {
	var b strings.Builder
	b.WriteString("level=info msg=" + quote(r.Msg))
	for _, ns := range [][]conformance.Node{r.With, r.Fields} {
		for _, n := range ns {
			b.WriteString(" " + n.Key + "=" + quote(scalar(n)))
		}
	}
	return []byte(b.String() + "\n")
}

// textLine writes a flat row as a line of text with its fields after the
// message.
func textLine(r *conformance.Row) []byte {
	var b strings.Builder
	b.WriteString("2024-05-01T10:00:00Z INFO " + r.Msg)
	for _, ns := range [][]conformance.Node{r.With, r.Fields} {
		for _, n := range ns {
			b.WriteString(" " + n.Key + "=" + quote(scalar(n)))
		}
	}
	return []byte(b.String() + "\n")
}

func quote(s string) string {
	if s == "" || strings.ContainsAny(s, " =\"") {
		return strconv.Quote(s)
	}
	return s
}
