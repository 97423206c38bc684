package otelredact

import (
	"context"
	"testing"

	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/logredact/logredact/internal/testutil"
	"github.com/logredact/logredact/internal/workload"
)

// TestCleanBatchAllocs pins the promise that a batch in which nothing is
// found costs no allocation, with every option that walks more turned on.
func TestCleanBatchAllocs(t *testing.T) {
	cfg := &Config{Summary: true, ResourceAttributes: true, ScopeAttributes: true}
	r, err := newRedactor(cfg, nopSettings().TelemetrySettings, testEnv(nil))
	if err != nil {
		t.Fatal(err)
	}
	ld := workloadLogs(100, workload.CleanMessage, workload.CleanFields)
	ld.ResourceLogs().At(0).Resource().Attributes().PutStr("service.name", "checkout")
	nested := ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0).Attributes().PutEmptyMap("http")
	nested.PutStr("route", "/api/v1/orders/{id}")
	nested.PutEmptySlice("hosts").AppendEmpty().SetStr("api.internal")
	want := plog.NewLogs()
	ld.CopyTo(want)
	testutil.WantAllocs(t, 0, func() {
		if _, err := r.processLogs(context.Background(), ld); err != nil {
			t.Fatal(err)
		}
	})
	if !ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0).Attributes().Equal(want.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0).Attributes()) {
		t.Error("a clean record was modified")
	}

	td := ptrace.NewTraces()
	spans := td.ResourceSpans().AppendEmpty().ScopeSpans().AppendEmpty().Spans()
	for range 100 {
		span := spans.AppendEmpty()
		span.SetName("GET /api/v1/orders/{id}")
		for _, f := range workload.CleanFields {
			putField(span.Attributes(), f)
		}
		span.Events().AppendEmpty().Attributes().PutStr("message", workload.CleanMessage)
		span.Status().SetMessage("upstream timed out")
	}
	testutil.WantAllocs(t, 0, func() {
		if _, err := r.processTraces(context.Background(), td); err != nil {
			t.Fatal(err)
		}
	})
}
