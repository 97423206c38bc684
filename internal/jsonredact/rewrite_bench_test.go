package jsonredact

import (
	"io"
	"testing"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
	"github.com/rs/zerolog"
)

// event renders a workload event as zerolog writes it.
func event(msg string, fields []workload.Field) []byte {
	var out []byte
	l := zerolog.New(writerFunc(func(p []byte) { out = append([]byte(nil), p...) }))
	e := l.Info()
	for _, f := range fields {
		switch v := f.Value.(type) {
		case string:
			e = e.Str(f.Key, v)
		case int:
			e = e.Int(f.Key, v)
		case float64:
			e = e.Float64(f.Key, v)
		}
	}
	e.Msg(msg)
	return out
}

type writerFunc func(p []byte)

func (f writerFunc) Write(p []byte) (int, error) { f(p); return len(p), nil }

var _ = io.Discard

func BenchmarkClean(b *testing.B) {
	clean := event(workload.CleanMessage, workload.CleanFields)
	dirty := event(workload.DirtyMessage, workload.DirtyFields)
	e := patterns.Default()
	b.Run("check/clean", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(clean)))
		for b.Loop() {
			Clean(e, "zerolog", clean)
		}
	})
	b.Run("contains/clean", func(b *testing.B) {
		b.ReportAllocs()
		s := string(clean)
		for b.Loop() {
			e.Contains(s)
		}
	})
	b.Run("append/dirty", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 1024)
		for b.Loop() {
			Append(buf[:0], e, "zerolog", dirty)
		}
	})
}

func BenchmarkPlainZerolog(b *testing.B) {
	l := zerolog.New(io.Discard)
	b.ReportAllocs()
	for b.Loop() {
		l.Info().Str("method", "GET").Str("path", "/api/v1/orders/12345").Int("status", 200).Float64("duration_ms", 12.5).
			Str("user_id", "u_8f3a2c").Str("request_id", workload.RequestID).Int("bytes", 5321).Str("remote_ip", "10.1.2.3").
			Str("user_agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36").Msg(workload.CleanMessage)
	}
}
