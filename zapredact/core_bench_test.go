package zapredact_test

import (
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/zapredact"
)

// benchCores are the loggers every benchmark compares in the same run:
// plain zap, and the same core wrapped.
func benchCores() []struct {
	name string
	core zapcore.Core
} {
	return []struct {
		name string
		core zapcore.Core
	}{
		{"zap", plainCore()},
		{"zap+redact", zapredact.Wrap(plainCore())},
	}
}

// loop runs f b.N times and reports, besides ns/op, cpu-ns/op: the
// process CPU time per event, which a loaded machine disturbs far less
// than wall time.
func loop(b *testing.B, f func()) {
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		f()
	}
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(used.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func benchLog(b *testing.B, msg string, fields []zap.Field) {
	for _, bc := range benchCores() {
		b.Run(bc.name, func(b *testing.B) {
			l := zap.New(bc.core)
			loop(b, func() { l.Info(msg, fields...) })
		})
	}
}

// benchEngine times the engine calls the core makes for an event, and
// nothing else: the floor under the core's own cost.
func benchEngine(b *testing.B, msg string, fields []workload.Field) {
	b.Run("engine", func(b *testing.B) {
		e := patterns.Default()
		loop(b, func() {
			e.RedactIn(patterns.Scope{Layer: "zap", Key: "msg"}, msg)
			for _, f := range fields {
				switch v := f.Value.(type) {
				case string:
					e.RedactIn(patterns.Scope{Layer: "zap", Key: f.Key}, v)
				case int:
					e.RedactInt(patterns.Scope{Layer: "zap", Key: f.Key}, int64(v))
				}
			}
		})
	})
}

// BenchmarkClean logs the standard CLEAN event: nothing to mask.
func BenchmarkClean(b *testing.B) {
	benchLog(b, workload.CleanMessage, workload.ZapFields(workload.CleanFields))
	benchEngine(b, workload.CleanMessage, workload.CleanFields)
}

// BenchmarkCleanLongInts logs the CLEAN event with two integers of card
// length that are not card numbers: epoch milliseconds and a 64-bit ID.
func BenchmarkCleanLongInts(b *testing.B) {
	fields := append(workload.ZapFields(workload.CleanFields), zap.Int64("ts_ms", 1796029200356), zap.Uint64("order_id", 1796029200356123456))
	benchLog(b, workload.CleanMessage, fields)
}

// BenchmarkDirty logs the standard DIRTY event: six values to mask.
func BenchmarkDirty(b *testing.B) {
	benchLog(b, workload.DirtyMessage, workload.ZapFields(workload.DirtyFields))
	benchEngine(b, workload.DirtyMessage, workload.DirtyFields)
}

// BenchmarkCleanDict shows the cost of recording a clean marshaler.
func BenchmarkCleanDict(b *testing.B) {
	benchLog(b, workload.CleanMessage, []zap.Field{
		zap.Dict("req", zap.String("method", "GET"), zap.String("path", "/api/v1/orders/12345"), zap.Int("status", 200)),
	})
}

// BenchmarkDirtyReflect shows the cost of a reflected value with a
// secret in it.
func BenchmarkDirtyReflect(b *testing.B) {
	benchLog(b, workload.CleanMessage, []zap.Field{
		zap.Any("user", map[string]string{"name": "bob", "email": "bob.smith@example.org"}),
	})
}

// BenchmarkOneSensitive logs the CLEAN event with one field under a key
// of its own rules (a password) and one with a finding (a token in a
// note): events like it are most of those that hold anything.
func BenchmarkOneSensitive(b *testing.B) {
	fields := append(workload.ZapFields(workload.CleanFields), zap.String("password", "hunter2"),
		zap.String("note", "retry with "+workload.GitHubToken))
	benchLog(b, workload.CleanMessage, fields)
}
