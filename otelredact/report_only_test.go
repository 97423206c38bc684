package otelredact

import (
	"context"
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/logredact/logredact/internal/reportonly"
)

// TestReportOnly runs the processor with report_only: records pass in
// clear, the findings are still counted in the summary, and the processor
// warns once that it redacts nothing.
func TestReportOnly(t *testing.T) {
	core, logs := observer.New(zapcore.InfoLevel)
	set := nopSettings()
	set.Logger = zap.New(core)
	cfg := newFactory(osEnvironment).CreateDefaultConfig().(*Config)
	cfg.ReportOnly = true
	cfg.Summary = true
	p, sink := newLogs(t, cfg, testEnv(nil), set)
	msg := "login failed for alice@example.com"
	if err := p.ConsumeLogs(context.Background(), oneLog(t, msg, map[string]any{"card": "4111 1111 1111 1111"})); err != nil {
		t.Fatal(err)
	}
	lr := firstRecord(t, sink)
	if got := lr.Body().Str(); got != msg {
		t.Errorf("body = %q, want it unchanged: %q", got, msg)
	}
	if v, _ := lr.Attributes().Get("card"); v.Str() != "4111 1111 1111 1111" {
		t.Errorf("card = %q, want it unchanged", v.Str())
	}
	for _, id := range []string{"email", "credit-card"} {
		if v, ok := lr.Attributes().Get("logredact.redacted." + id); !ok || v.Int() != 1 {
			t.Errorf("summary for %s = %v (%v), want 1", id, v.AsRaw(), ok)
		}
	}
	warned := logs.FilterMessage(reportonly.Warning).FilterLevelExact(zapcore.WarnLevel).Len()
	if warned != 1 {
		t.Errorf("the processor logged the report-only warning %d times, want 1; logs: %v", warned, logs.All())
	}
}
