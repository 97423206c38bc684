package jsonredact

import (
	"testing"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
	"github.com/rs/zerolog"
)

// event renders a workload event as zerolog writes it.
func event(msg string, fields []workload.Field) []byte {
	var out []byte
	l := zerolog.New(writerFunc(func(p []byte) { out = append([]byte(nil), p...) })).With().Timestamp().Logger()
	workload.ZerologFields(l.Info(), fields).Msg(msg)
	return out
}

type writerFunc func(p []byte)

func (f writerFunc) Write(p []byte) (int, error) { f(p); return len(p), nil }

func BenchmarkRewriter(b *testing.B) {
	e := patterns.Default()
	clean := event(workload.CleanMessage, workload.CleanFields)
	dirty := event(workload.DirtyMessage, workload.DirtyFields)
	buf := make([]byte, 0, 2048)
	for _, bc := range []struct {
		name string
		f    func()
	}{
		{"Clean/clean", func() { Clean(e, "", clean) }},
		{"Clean/dirty", func() { Clean(e, "", dirty) }},
		{"Append/clean", func() { Append(buf[:0], e, "", clean) }},
		{"Append/dirty", func() { Append(buf[:0], e, "", dirty) }},
		{"Engine.Contains/clean", func() { e.Contains(string(clean)) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(clean)))
			for b.Loop() {
				bc.f()
			}
		})
	}
}
