package slogredact_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/slogredact"
)

// The benchmarks time the complete standard events of internal/workload
// through slog's JSON handler writing to io.Discard: plain, wrapped by
// the redacting handler, and with ReplaceAttr, in the same run so that
// the ratios compare like with like. Compare "slog" and "slog+redact" of
// one scenario:
//
//	go test -run '^$' -bench . -benchmem ./slogredact
//
// Besides ns/op each reports cpu-ns/op, the process CPU time per event,
// which is steadier than wall time on a machine shared with other work.
func BenchmarkClean(b *testing.B) {
	benchEvent(b, workload.CleanMessage, attrsOf(workload.CleanFields))
}

func BenchmarkDirty(b *testing.B) {
	benchEvent(b, workload.DirtyMessage, attrsOf(workload.DirtyFields))
}

// reportCPU adds the process CPU time per operation since start, as
// "cpu-ns/op", beside ns/op.
func reportCPU(b *testing.B, start time.Duration) {
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(used.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func benchEvent(b *testing.B, msg string, attrs []slog.Attr) {
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		h    slog.Handler
	}{
		{"slog", slog.NewJSONHandler(io.Discard, nil)},
		{"slog+redact", slogredact.New(slog.NewJSONHandler(io.Discard, nil))},
		{"slog+ReplaceAttr", slog.NewJSONHandler(io.Discard, &slog.HandlerOptions{ReplaceAttr: slogredact.ReplaceAttr()})},
		{"slog/group", slog.NewJSONHandler(io.Discard, nil).WithGroup("http")},
		{"slog+redact/group", slogredact.New(slog.NewJSONHandler(io.Discard, nil)).WithGroup("http")},
	} {
		b.Run(bc.name, func(b *testing.B) {
			l := slog.New(bc.h)
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				l.LogAttrs(ctx, slog.LevelInfo, msg, attrs...)
			}
			reportCPU(b, start)
		})
	}
}

// BenchmarkWithAttrs times a record logged through a logger that carries
// attributes added once, which are redacted once, not per record.
func BenchmarkWithAttrs(b *testing.B) {
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		h    slog.Handler
	}{
		{"slog", slog.NewJSONHandler(io.Discard, nil)},
		{"slog+redact", slogredact.New(slog.NewJSONHandler(io.Discard, nil))},
	} {
		b.Run(bc.name, func(b *testing.B) {
			l := slog.New(bc.h.WithAttrs(attrsOf(workload.DirtyFields)))
			b.ReportAllocs()
			for b.Loop() {
				l.LogAttrs(ctx, slog.LevelInfo, workload.CleanMessage)
			}
		})
	}
}
