package zapredact

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/exampletext"
	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
)

// TestJudgedEntries checks that an entry judged in one pass is written
// exactly as the field-by-field path writes it, and observed the same:
// random entries of catalog examples and clean values, under keys of
// every class, with numbers, booleans, a namespace and an object among
// them.
func TestJudgedEntries(t *testing.T) {
	keys := []string{"method", "path", "note", "password", "email", "customer_id", "phone", "card", "user_agent", "alice@example.com"}
	var vals []string
	for _, f := range workload.CleanFields {
		if s, ok := f.Value.(string); ok {
			vals = append(vals, s)
		}
	}
	vals = append(vals, exampletext.Of(patterns.Default())...)
	r := rand.New(rand.NewPCG(8, 13))
	var seen [2][]patterns.Observation
	var bufs [2]bytes.Buffer
	var loggers [2]*zap.Logger
	for k := range loggers {
		e, err := patterns.New(patterns.WithObserver(func(o patterns.Observation) { seen[k] = append(seen[k], o) }))
		if err != nil {
			t.Fatal(err)
		}
		enc := zap.NewProductionEncoderConfig()
		enc.TimeKey = ""
		inner := zapcore.NewCore(zapcore.NewJSONEncoder(enc), zapcore.AddSync(&bufs[k]), zap.DebugLevel)
		loggers[k] = zap.New(Wrap(inner, WithEngine(e)))
	}
	defer func() { judgeEntries = true }()
	write := func(k int, msg string, fields []zap.Field) string {
		bufs[k].Reset()
		judgeEntries = k == 1
		loggers[k].Info(msg, fields...)
		return bufs[k].String()
	}
	for n := 0; n < 1500; n++ {
		msg := workload.CleanMessage
		if r.IntN(3) == 0 {
			msg = vals[r.IntN(len(vals))]
		}
		var fields []zap.Field
		for j := 0; j < 1+r.IntN(12); j++ {
			k := keys[r.IntN(len(keys))]
			switch r.IntN(12) {
			case 0:
				fields = append(fields, zap.Int64(k, []int64{200, 4111111111111111, 1796029200356}[r.IntN(3)]))
			case 1:
				fields = append(fields, zap.Bool(k, true))
			case 2:
				fields = append(fields, zap.Float64(k, 12.5))
			case 3:
				if r.IntN(4) == 0 {
					fields = append(fields, zap.Namespace(k))
				} else {
					fields = append(fields, zap.Error(errString(vals[r.IntN(len(vals))])))
				}
			case 4:
				if r.IntN(4) == 0 {
					fields = append(fields, zap.Dict(k, zap.String("note", vals[r.IntN(len(vals))])))
				} else {
					fields = append(fields, zap.String(k, ""))
				}
			default:
				fields = append(fields, zap.String(k, vals[r.IntN(len(vals))]))
			}
		}
		seen = [2][]patterns.Observation{}
		want, got := write(0, msg, fields), write(1, msg, fields)
		if got != want {
			t.Fatalf("judged entry written otherwise:\n got %s\nwant %s", got, want)
		}
		if diff := cmp.Diff(seen[0], seen[1]); diff != "" {
			t.Fatalf("judged entry %s observed otherwise (-field path +judged):\n%s", want, diff)
		}
	}
}

type errString string

func (e errString) Error() string { return string(e) }
