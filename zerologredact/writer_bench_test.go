//go:build !binary_log

package zerologredact_test

import (
	"io"
	"testing"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/zerologredact"
	"github.com/rs/zerolog"
)

// BenchmarkWriter times the standard CLEAN and DIRTY events through plain
// zerolog and through the redacting writer, both to io.Discard with a
// timestamp, in the same run, so that the ratio is the writer's cost.
func BenchmarkWriter(b *testing.B) {
	for _, ev := range []struct {
		name   string
		msg    string
		fields []workload.Field
	}{
		{"CLEAN", workload.CleanMessage, workload.CleanFields},
		{"DIRTY", workload.DirtyMessage, workload.DirtyFields},
	} {
		for _, lg := range []struct {
			name string
			w    io.Writer
		}{
			{"zerolog", io.Discard},
			{"zerolog+redact", zerologredact.New(io.Discard)},
		} {
			b.Run(ev.name+"/"+lg.name, func(b *testing.B) {
				l := zerolog.New(lg.w).With().Timestamp().Logger()
				b.ReportAllocs()
				for b.Loop() {
					workload.ZerologFields(l.Info(), ev.fields).Msg(ev.msg)
				}
			})
		}
	}
}
