package otelredact

import (
	"context"
	"go.opentelemetry.io/collector/component"
	"testing"

	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/processor"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/otelredact/internal/metadata"
	"github.com/logredact/logredact/patterns"
)

// testEnv is an environment with fixed variables, so that tests never
// depend on the machine's.
func testEnv(vars map[string]string) environment {
	return environment{
		lookup: func(name string) (string, bool) {
			v, ok := vars[name]
			return v, ok
		},
		environ: func() []string {
			var out []string
			for k, v := range vars {
				out = append(out, k+"="+v)
			}
			return out
		},
	}
}

// newLogs builds a logs processor from cfg (nil: the default) that sends
// to a sink.
func newLogs(t testing.TB, cfg *Config, env environment, set processor.Settings) (processor.Logs, *consumertest.LogsSink) {
	t.Helper()
	f := newFactory(env)
	if cfg == nil {
		cfg = f.CreateDefaultConfig().(*Config)
	}
	sink := new(consumertest.LogsSink)
	p, err := f.CreateLogs(context.Background(), set, cfg, sink)
	if err != nil {
		t.Fatalf("CreateLogs: %v", err)
	}
	started(t, p)
	return p, sink
}

// newTraces is newLogs for traces.
func newTraces(t testing.TB, cfg *Config, env environment, set processor.Settings) (processor.Traces, *consumertest.TracesSink) {
	t.Helper()
	f := newFactory(env)
	if cfg == nil {
		cfg = f.CreateDefaultConfig().(*Config)
	}
	sink := new(consumertest.TracesSink)
	p, err := f.CreateTraces(context.Background(), set, cfg, sink)
	if err != nil {
		t.Fatalf("CreateTraces: %v", err)
	}
	started(t, p)
	return p, sink
}

// started starts c and shuts it down when the test ends.
func started(t testing.TB, c component.Component) {
	t.Helper()
	if err := c.Start(context.Background(), nil); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Shutdown(context.Background()); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
	})
}

func nopSettings() processor.Settings { return processortest.NewNopSettings(metadata.Type) }

// oneLog returns logs holding one record with body and attributes given
// as raw Go values (see pcommon.Value.FromRaw).
func oneLog(t testing.TB, body any, attrs map[string]any) plog.Logs {
	t.Helper()
	ld := plog.NewLogs()
	lr := ld.ResourceLogs().AppendEmpty().ScopeLogs().AppendEmpty().LogRecords().AppendEmpty()
	if body != nil {
		if err := lr.Body().FromRaw(body); err != nil {
			t.Fatalf("body FromRaw: %v", err)
		}
	}
	if err := lr.Attributes().FromRaw(attrs); err != nil {
		t.Fatalf("attributes FromRaw: %v", err)
	}
	return ld
}

// firstRecord returns the first log record the sink received.
func firstRecord(t testing.TB, sink *consumertest.LogsSink) plog.LogRecord {
	t.Helper()
	all := sink.AllLogs()
	if len(all) == 0 || all[0].LogRecordCount() == 0 {
		t.Fatal("the sink received no log record")
	}
	return all[0].ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0)
}

// putField stores a workload field as the attribute type it would have in
// a Collector: strings, ints and doubles.
func putField(m pcommon.Map, f workload.Field) {
	switch v := f.Value.(type) {
	case string:
		m.PutStr(f.Key, v)
	case int:
		m.PutInt(f.Key, int64(v))
	case float64:
		m.PutDouble(f.Key, v)
	}
}

// workloadLogs returns n records of one standard event: the message as
// body, the fields as attributes.
func workloadLogs(n int, msg string, fields []workload.Field) plog.Logs {
	ld := plog.NewLogs()
	lrs := ld.ResourceLogs().AppendEmpty().ScopeLogs().AppendEmpty().LogRecords()
	for range n {
		lr := lrs.AppendEmpty()
		lr.Body().SetStr(msg)
		for _, f := range fields {
			putField(lr.Attributes(), f)
		}
	}
	return ld
}

// oneSpan returns traces holding one span.
func oneSpan() (ptrace.Traces, ptrace.Span) {
	td := ptrace.NewTraces()
	span := td.ResourceSpans().AppendEmpty().ScopeSpans().AppendEmpty().Spans().AppendEmpty()
	return td, span
}

// detectable keeps the values that the default engine finds on their own.
// The processor must hide each of them wherever it appears; a value the
// catalog has no detector for is the catalog's business, not the
// processor's, so it is left out rather than asserted.
func detectable(values []string) []string {
	var out []string
	for _, v := range values {
		if patterns.Default().Contains(v) {
			out = append(out, v)
		}
	}
	return out
}
