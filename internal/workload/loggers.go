package workload

import (
	"fmt"
	"log/slog"

	"github.com/rs/zerolog"
	"go.uber.org/zap"
)

// The events are logged the way application code logs them: with each
// logger's typed field constructors, not through reflection, so that the
// benchmarks time the path services actually take.

// SlogAttrs returns fs as slog attributes of their natural kinds.
func SlogAttrs(fs []Field) []slog.Attr {
	out := make([]slog.Attr, len(fs))
	for i, f := range fs {
		switch v := f.Value.(type) {
		case string:
			out[i] = slog.String(f.Key, v)
		case int:
			out[i] = slog.Int(f.Key, v)
		case float64:
			out[i] = slog.Float64(f.Key, v)
		default:
			panic(unknown(f))
		}
	}
	return out
}

// ZapFields returns fs as zap fields of their natural types.
func ZapFields(fs []Field) []zap.Field {
	out := make([]zap.Field, len(fs))
	for i, f := range fs {
		switch v := f.Value.(type) {
		case string:
			out[i] = zap.String(f.Key, v)
		case int:
			out[i] = zap.Int(f.Key, v)
		case float64:
			out[i] = zap.Float64(f.Key, v)
		default:
			panic(unknown(f))
		}
	}
	return out
}

// ZerologFields adds fs to e with zerolog's typed methods and returns e.
func ZerologFields(e *zerolog.Event, fs []Field) *zerolog.Event {
	for _, f := range fs {
		switch v := f.Value.(type) {
		case string:
			e = e.Str(f.Key, v)
		case int:
			e = e.Int(f.Key, v)
		case float64:
			e = e.Float64(f.Key, v)
		default:
			panic(unknown(f))
		}
	}
	return e
}

func unknown(f Field) string {
	return fmt.Sprintf("workload: field %s has type %T", f.Key, f.Value)
}
