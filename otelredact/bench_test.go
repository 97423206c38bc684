package otelredact

import (
	"context"
	"testing"

	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/processor/processorhelper"

	"github.com/logredact/logredact/internal/workload"
)

// batchSize is the number of records per batch, a typical batch
// processor output for a busy service.
const batchSize = 100

// Benchmark methodology: each operation copies a template batch of 100
// records of one standard event (message as body, fields as attributes)
// and, except for "copy", sends the copy through a processor built by its
// factory, as a Collector pipeline would. Processors rewrite in place, so
// the copy is part of every operation; "copy" times it alone, and a
// processor's own cost is its time minus the copy's. "passthrough" is the
// Collector's processor helper around a function that does nothing, the
// floor for any processor. ns/record divides the whole operation by 100.

func BenchmarkClean(b *testing.B) {
	benchmarkEvent(b, workload.CleanMessage, workload.CleanFields)
}

func BenchmarkDirty(b *testing.B) {
	benchmarkEvent(b, workload.DirtyMessage, workload.DirtyFields)
}

func benchmarkEvent(b *testing.B, msg string, fields []workload.Field) {
	tmpl := workloadLogs(batchSize, msg, fields)
	for _, tc := range []struct {
		name string
		new  func(b *testing.B) consumer.Logs
	}{
		{"copy", func(*testing.B) consumer.Logs { return consumertest.NewNop() }},
		{"passthrough", func(b *testing.B) consumer.Logs {
			// The Collector's processor helper around a function that
			// does nothing: the per-batch cost every processor pays.
			p, err := processorhelper.NewLogs(context.Background(), nopSettings(), &Config{}, consumertest.NewNop(),
				func(_ context.Context, ld plog.Logs) (plog.Logs, error) { return ld, nil },
				processorhelper.WithCapabilities(mutates))
			if err != nil {
				b.Fatal(err)
			}
			return p
		}},
		{"redactionprocessor", func(b *testing.B) consumer.Logs { return newContribLogs(b, consumertest.NewNop()) }},
		{"logredact", func(b *testing.B) consumer.Logs {
			f := NewFactory()
			p, err := f.CreateLogs(context.Background(), nopSettings(), f.CreateDefaultConfig(), consumertest.NewNop())
			if err != nil {
				b.Fatal(err)
			}
			return p
		}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			c := tc.new(b)
			ld := plog.NewLogs()
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				tmpl.CopyTo(ld)
				if err := c.ConsumeLogs(ctx, ld); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*batchSize), "ns/record")
		})
	}
}
