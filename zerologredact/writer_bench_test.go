//go:build !binary_log

package zerologredact_test

import (
	"io"
	"testing"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/zerologredact"
	"github.com/rs/zerolog"
)

// benchWriters runs log, which logs one event through l, as the
// sub-benchmark name/zerolog (plain zerolog) and name/zerolog+redact
// (through the redacting writer), both to io.Discard with a timestamp, in
// the same run, so that the ratio is the writer's cost. The events are
// logged in turn with a count that log may use.
func benchWriters(b *testing.B, name string, log func(l zerolog.Logger, n int)) {
	for _, lg := range []struct {
		name string
		w    io.Writer
	}{
		{"zerolog", io.Discard},
		{"zerolog+redact", zerologredact.New(io.Discard)},
	} {
		b.Run(name+lg.name, func(b *testing.B) {
			l := zerolog.New(lg.w).With().Timestamp().Logger()
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				n++
				log(l, n)
			}
		})
	}
}

// BenchmarkWriter times the standard CLEAN and DIRTY events.
// CLEAN-unixms writes the timestamp as epoch milliseconds
// (zerolog.TimeFormatUnixMs), a number as long as a card number.
func BenchmarkWriter(b *testing.B) {
	for _, ev := range []struct {
		name       string
		msg        string
		fields     []workload.Field
		timeFormat string
	}{
		{"CLEAN", workload.CleanMessage, workload.CleanFields, zerolog.TimeFieldFormat},
		{"CLEAN-unixms", workload.CleanMessage, workload.CleanFields, zerolog.TimeFormatUnixMs},
		{"DIRTY", workload.DirtyMessage, workload.DirtyFields, zerolog.TimeFieldFormat},
	} {
		func() {
			defer func(f string) { zerolog.TimeFieldFormat = f }(zerolog.TimeFieldFormat)
			zerolog.TimeFieldFormat = ev.timeFormat
			benchWriters(b, ev.name+"/", func(l zerolog.Logger, _ int) {
				workload.ZerologFields(l.Info(), ev.fields).Msg(ev.msg)
			})
		}()
	}
}

// BenchmarkWriterInterleaved logs the CLEAN event and a second event of
// other keys in turn, as two call sites of one service do.
func BenchmarkWriterInterleaved(b *testing.B) {
	benchWriters(b, "", func(l zerolog.Logger, n int) {
		if n%2 == 0 {
			workload.ZerologFields(l.Info(), workload.CleanFields).Msg(workload.CleanMessage)
			return
		}
		l.Info().Str("component", "cache").Int("hits", 1200).Int("misses", 31).
			Str("region", "eu-west-1").Float64("ratio", 0.97).Msg("cache stats")
	})
}

// BenchmarkWriterValues logs the CLEAN event with values of the shapes
// services add to it: a string that zerolog escapes (an error with
// quotes in it), and a nested object and an array (Dict and Strs).
func BenchmarkWriterValues(b *testing.B) {
	for _, ev := range []struct {
		name string
		add  func(e *zerolog.Event) *zerolog.Event
	}{
		{"escaped", func(e *zerolog.Event) *zerolog.Event {
			return e.Str("error", `open "/etc/app.yaml": permission denied`)
		}},
		{"dict", func(e *zerolog.Event) *zerolog.Event {
			return e.Dict("req", zerolog.Dict().Str("host", "api.example.com").Int("port", 8443)).Strs("tags", []string{"edge", "eu-west-1"})
		}},
	} {
		benchWriters(b, ev.name+"/", func(l zerolog.Logger, _ int) {
			ev.add(workload.ZerologFields(l.Info(), workload.CleanFields)).Msg(workload.CleanMessage)
		})
	}
}
