package otelredact

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"strconv"
	"testing"
	"time"

	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/logredact/logredact/internal/conformance"
	"github.com/logredact/logredact/patterns"
)

// TestConformance runs the shared conformance rows through the processor:
// each row is one log record, its message the body and its fields the
// attributes, as a Collector receives them from a logging library's
// exporter.
func TestConformance(t *testing.T) {
	conformance.Run(t, conformance.Layer{
		Name: "otel",
		Log:  logRow,
		Values: func(_ *conformance.Row, out []byte) (conformance.Values, error) {
			var v conformance.Values
			err := json.Unmarshal(out, &v)
			return v, err
		},
	})
}

func logRow(e *patterns.Engine, r *conformance.Row) ([]byte, error) {
	ld := plog.NewLogs()
	lr := ld.ResourceLogs().AppendEmpty().ScopeLogs().AppendEmpty().LogRecords().AppendEmpty()
	lr.Body().SetStr(r.Msg)
	attrs := lr.Attributes()
	for _, n := range r.With {
		putNode(attrs, n)
	}
	fields := attrs
	if r.Group != "" {
		fields = attrs.PutEmptyMap(r.Group)
	}
	for _, n := range r.Fields {
		putNode(fields, n)
	}
	if e != nil {
		red, err := newRedactorWith(&Config{}, componenttest.NewNopTelemetrySettings(), e)
		if err != nil {
			return nil, err
		}
		if _, err := red.processLogs(context.Background(), ld); err != nil {
			return nil, err
		}
	}
	vals := conformance.Values{}
	if s := lr.Body().Str(); s != "" {
		vals[conformance.MessageKey] = s
	}
	attrs.Range(func(k string, v pcommon.Value) bool {
		flatten(vals, k, v)
		return true
	})
	return json.Marshal(vals)
}

func putNode(m pcommon.Map, n conformance.Node) {
	setValue(m.PutEmpty(n.Key), n)
}

// setValue stores a node as the Collector's data model holds it: bytes as
// bytes, durations and times as the text a logger writes, reflected values
// as what their JSON decodes to.
func setValue(v pcommon.Value, n conformance.Node) {
	switch n.Kind {
	case conformance.String, conformance.Error, conformance.Stringer:
		v.SetStr(n.Text)
	case conformance.Bytes, conformance.Binary, conformance.Hex:
		v.SetEmptyBytes().FromRaw([]byte(n.Text))
	case conformance.Int:
		v.SetInt(n.Int)
	case conformance.Uint:
		if n.Uint <= math.MaxInt64 {
			v.SetInt(int64(n.Uint))
		} else {
			v.SetStr(strconv.FormatUint(n.Uint, 10))
		}
	case conformance.Float:
		v.SetDouble(n.Float)
	case conformance.Bool:
		v.SetBool(n.Bool)
	case conformance.Duration:
		v.SetStr(n.Dur.String())
	case conformance.Time:
		v.SetStr(n.Time.Format(time.RFC3339Nano))
	case conformance.Object, conformance.Valuer:
		m := v.SetEmptyMap()
		for _, k := range n.Kids {
			putNode(m, k)
		}
	case conformance.Array:
		s := v.SetEmptySlice()
		for _, k := range n.Kids {
			setValue(s.AppendEmpty(), k)
		}
	case conformance.Reflect, conformance.RawJSON:
		data := []byte(n.Text)
		if n.Kind == conformance.Reflect {
			var err error
			if data, err = json.Marshal(n.Go); err != nil {
				panic(err)
			}
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var x any
		if err := dec.Decode(&x); err != nil {
			panic(err)
		}
		setJSON(v, x)
	default:
		panic("otel runner: no conversion for " + n.Kind.String())
	}
}

func setJSON(v pcommon.Value, x any) {
	switch x := x.(type) {
	case map[string]any:
		m := v.SetEmptyMap()
		for k, e := range x {
			setJSON(m.PutEmpty(k), e)
		}
	case []any:
		s := v.SetEmptySlice()
		for _, e := range x {
			setJSON(s.AppendEmpty(), e)
		}
	case json.Number:
		if i, err := x.Int64(); err == nil {
			v.SetInt(i)
		} else {
			f, _ := x.Float64()
			v.SetDouble(f)
		}
	case string:
		v.SetStr(x)
	case bool:
		v.SetBool(x)
	}
}

func flatten(vals conformance.Values, path string, v pcommon.Value) {
	switch v.Type() {
	case pcommon.ValueTypeMap:
		if v.Map().Len() == 0 {
			vals[path] = "{}"
		}
		v.Map().Range(func(k string, e pcommon.Value) bool {
			flatten(vals, conformance.Join(path, k), e)
			return true
		})
	case pcommon.ValueTypeSlice:
		if v.Slice().Len() == 0 {
			vals[path] = "[]"
		}
		for i := 0; i < v.Slice().Len(); i++ {
			flatten(vals, path+"["+strconv.Itoa(i)+"]", v.Slice().At(i))
		}
	case pcommon.ValueTypeBytes:
		vals[path] = string(v.Bytes().AsRaw())
	case pcommon.ValueTypeDouble:
		vals[path] = strconv.FormatFloat(v.Double(), 'f', -1, 64)
	case pcommon.ValueTypeEmpty:
		vals[path] = "null"
	default:
		vals[path] = v.AsString()
	}
}
