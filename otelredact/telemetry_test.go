package otelredact

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"

	"github.com/logredact/logredact/otelredact/internal/metadata"
)

// TestFindingsMetric checks that masked values are counted by detector
// through the MeterProvider the Collector hands the processor, for both
// signals, and that resource findings count too.
func TestFindingsMetric(t *testing.T) {
	tel := componenttest.NewTelemetry()
	t.Cleanup(func() {
		if err := tel.Shutdown(context.Background()); err != nil {
			t.Errorf("Shutdown telemetry: %v", err)
		}
	})
	set := nopSettings()
	set.TelemetrySettings = tel.NewTelemetrySettings()

	logs, _ := newLogs(t, &Config{ResourceAttributes: true}, testEnv(nil), set)
	ld := oneLog(t, "alice@example.com wrote to bob@example.org", map[string]any{"card": "4111 1111 1111 1111", "ok": "fine"})
	ld.ResourceLogs().At(0).Resource().Attributes().PutStr("owner", "carol@example.net")
	if err := logs.ConsumeLogs(context.Background(), ld); err != nil {
		t.Fatalf("ConsumeLogs: %v", err)
	}
	traces, _ := newTraces(t, nil, testEnv(nil), set)
	td, span := oneSpan()
	span.Attributes().PutStr("password", "plain-words")
	span.Status().SetMessage("ssn 123-45-6789")
	if err := traces.ConsumeTraces(context.Background(), td); err != nil {
		t.Fatalf("ConsumeTraces: %v", err)
	}
	// A clean batch adds nothing.
	if err := logs.ConsumeLogs(context.Background(), oneLog(t, "request completed", nil)); err != nil {
		t.Fatalf("ConsumeLogs: %v", err)
	}

	m, err := tel.GetMetric(metadata.FindingsMetric)
	if err != nil {
		t.Fatal(err)
	}
	sum, ok := m.Data.(metricdata.Sum[int64])
	if !ok {
		t.Fatalf("%s is a %T, want a Sum[int64]", metadata.FindingsMetric, m.Data)
	}
	if !sum.IsMonotonic {
		t.Errorf("%s is not monotonic", metadata.FindingsMetric)
	}
	got := map[string]int64{}
	for _, dp := range sum.DataPoints {
		id, _ := dp.Attributes.Value(metadata.DetectorKey)
		got[id.AsString()] += dp.Value
	}
	want := map[string]int64{"email": 3, "credit-card": 1, "sensitive-key": 1, "us-ssn": 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings by detector mismatch (-want +got):\n%s", diff)
	}
	if m.Unit != "{finding}" {
		t.Errorf("unit = %q, want {finding}", m.Unit)
	}
}
