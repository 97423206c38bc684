package otelredact

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.opentelemetry.io/collector/pdata/plog"
)

// TestSummary checks the per-detector counts on a touched record, that a
// clean record gets none, and that a second processor (a gateway after an
// agent) adds to the counts instead of masking them.
func TestSummary(t *testing.T) {
	ld := plog.NewLogs()
	lrs := ld.ResourceLogs().AppendEmpty().ScopeLogs().AppendEmpty().LogRecords()
	dirty := lrs.AppendEmpty()
	dirty.Body().SetStr("mail alice@example.com and bob@example.org")
	dirty.Attributes().PutStr("password", "plain-words")
	dirty.Attributes().PutInt("card", 4111111111111111)
	clean := lrs.AppendEmpty()
	clean.Body().SetStr("request completed")

	agent, agentSink := newLogs(t, &Config{Summary: true}, testEnv(nil), nopSettings())
	if err := agent.ConsumeLogs(context.Background(), ld); err != nil {
		t.Fatalf("ConsumeLogs: %v", err)
	}
	out := agentSink.AllLogs()[0].ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
	want := map[string]any{
		"password":                         "[REDACTED:sensitive-key]",
		"card":                             "[REDACTED:credit-card]",
		"logredact.redacted.email":         int64(2),
		"logredact.redacted.sensitive-key": int64(1),
		"logredact.redacted.credit-card":   int64(1),
	}
	if diff := cmp.Diff(want, out.At(0).Attributes().AsRaw()); diff != "" {
		t.Errorf("dirty record attributes mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]any{}, out.At(1).Attributes().AsRaw()); diff != "" {
		t.Errorf("clean record attributes mismatch (-want +got):\n%s", diff)
	}

	// The gateway sees the agent's output plus one new finding.
	second := plog.NewLogs()
	agentSink.AllLogs()[0].CopyTo(second)
	rec := second.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0)
	rec.Attributes().PutStr("ssn", "123-45-6789")
	rec.Attributes().PutStr("api_token", "opaque")
	gateway, gatewaySink := newLogs(t, &Config{Summary: true}, testEnv(nil), nopSettings())
	if err := gateway.ConsumeLogs(context.Background(), second); err != nil {
		t.Fatalf("ConsumeLogs: %v", err)
	}
	want["ssn"] = "[REDACTED:us-ssn]"
	want["logredact.redacted.us-ssn"] = int64(1)
	want["api_token"] = "[REDACTED:sensitive-key]"
	want["logredact.redacted.sensitive-key"] = int64(2)
	got := gatewaySink.AllLogs()[0].ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0)
	if diff := cmp.Diff(want, got.Attributes().AsRaw()); diff != "" {
		t.Errorf("gateway record attributes mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff("mail [REDACTED:email] and [REDACTED:email]", got.Body().Str()); diff != "" {
		t.Errorf("gateway body mismatch (-want +got):\n%s", diff)
	}
}

// TestSummaryOff checks that without summary nothing is added.
func TestSummaryOff(t *testing.T) {
	p, sink := newLogs(t, nil, testEnv(nil), nopSettings())
	if err := p.ConsumeLogs(context.Background(), oneLog(t, "to alice@example.com", map[string]any{"k": "v"})); err != nil {
		t.Fatalf("ConsumeLogs: %v", err)
	}
	if diff := cmp.Diff(map[string]any{"k": "v"}, firstRecord(t, sink).Attributes().AsRaw()); diff != "" {
		t.Errorf("attributes mismatch (-want +got):\n%s", diff)
	}
}
