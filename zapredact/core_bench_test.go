package zapredact_test

import (
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/workload"
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

func benchLog(b *testing.B, msg string, fields []zap.Field) {
	for _, bc := range benchCores() {
		b.Run(bc.name, func(b *testing.B) {
			l := zap.New(bc.core)
			b.ReportAllocs()
			for b.Loop() {
				l.Info(msg, fields...)
			}
		})
	}
}

// BenchmarkClean logs the standard CLEAN event: nothing to mask.
func BenchmarkClean(b *testing.B) {
	benchLog(b, workload.CleanMessage, zapFields(workload.CleanFields))
}

// BenchmarkDirty logs the standard DIRTY event: six values to mask.
func BenchmarkDirty(b *testing.B) {
	benchLog(b, workload.DirtyMessage, zapFields(workload.DirtyFields))
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
