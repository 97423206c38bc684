package otelredact

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.opentelemetry.io/collector/pdata/ptrace"
)

// TestTraces checks every place of a span the processor redacts, and
// that a clean span name is left alone.
func TestTraces(t *testing.T) {
	td, span := oneSpan()
	span.SetName("GET /users/{id}")
	span.Attributes().PutStr("enduser.email", "bob@example.org")
	span.Attributes().PutStr("http.route", "/users/{id}")
	ev := span.Events().AppendEmpty()
	ev.SetName("exception")
	ev.Attributes().PutStr("exception.message", "card 4111 1111 1111 1111 declined")
	link := span.Links().AppendEmpty()
	link.Attributes().PutStr("db.password", "plain-words")
	span.Status().SetCode(ptrace.StatusCodeError)
	span.Status().SetMessage("no account for alice@example.com")

	p, sink := newTraces(t, nil, testEnv(nil), nopSettings())
	if err := p.ConsumeTraces(context.Background(), td); err != nil {
		t.Fatalf("ConsumeTraces: %v", err)
	}
	got := sink.AllTraces()[0].ResourceSpans().At(0).ScopeSpans().At(0).Spans().At(0)
	for _, c := range []struct {
		name      string
		want, got any
	}{
		{"name", "GET /users/{id}", got.Name()},
		{"attributes", map[string]any{"enduser.email": "[REDACTED:email]", "http.route": "/users/{id}"}, got.Attributes().AsRaw()},
		{"event name", "exception", got.Events().At(0).Name()},
		{"event attributes", map[string]any{"exception.message": "card [REDACTED:credit-card] declined"}, got.Events().At(0).Attributes().AsRaw()},
		{"link attributes", map[string]any{"db.password": "[REDACTED:sensitive-key]"}, got.Links().At(0).Attributes().AsRaw()},
		{"status message", "no account for [REDACTED:email]", got.Status().Message()},
		{"status code", ptrace.StatusCodeError, got.Status().Code()},
	} {
		if diff := cmp.Diff(c.want, c.got); diff != "" {
			t.Errorf("span %s mismatch (-want +got):\n%s", c.name, diff)
		}
	}
}

// TestResourceAndScope checks that resource and scope attributes are
// redacted only when configured.
func TestResourceAndScope(t *testing.T) {
	for _, tc := range []struct {
		name         string
		cfg          *Config
		wantResource string
		wantScope    string
	}{
		{"off by default", &Config{}, "owner alice@example.com", "ssn 123-45-6789"},
		{"resource only", &Config{ResourceAttributes: true}, "owner [REDACTED:email]", "ssn 123-45-6789"},
		{"both", &Config{ResourceAttributes: true, ScopeAttributes: true}, "owner [REDACTED:email]", "ssn [REDACTED:us-ssn]"},
	} {
		t.Run(tc.name+"/logs", func(t *testing.T) {
			ld := oneLog(t, "clean", nil)
			ld.ResourceLogs().At(0).Resource().Attributes().PutStr("team", "owner alice@example.com")
			ld.ResourceLogs().At(0).ScopeLogs().At(0).Scope().Attributes().PutStr("note", "ssn 123-45-6789")
			p, sink := newLogs(t, tc.cfg, testEnv(nil), nopSettings())
			if err := p.ConsumeLogs(context.Background(), ld); err != nil {
				t.Fatalf("ConsumeLogs: %v", err)
			}
			rl := sink.AllLogs()[0].ResourceLogs().At(0)
			got := []string{rl.Resource().Attributes().AsRaw()["team"].(string), rl.ScopeLogs().At(0).Scope().Attributes().AsRaw()["note"].(string)}
			if diff := cmp.Diff([]string{tc.wantResource, tc.wantScope}, got); diff != "" {
				t.Errorf("resource, scope mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(map[string]any{}, firstRecord(t, sink).Attributes().AsRaw()); diff != "" {
				t.Errorf("record attributes mismatch (-want +got):\n%s", diff)
			}
		})
		t.Run(tc.name+"/traces", func(t *testing.T) {
			td, _ := oneSpan()
			td.ResourceSpans().At(0).Resource().Attributes().PutStr("team", "owner alice@example.com")
			td.ResourceSpans().At(0).ScopeSpans().At(0).Scope().Attributes().PutStr("note", "ssn 123-45-6789")
			p, sink := newTraces(t, tc.cfg, testEnv(nil), nopSettings())
			if err := p.ConsumeTraces(context.Background(), td); err != nil {
				t.Fatalf("ConsumeTraces: %v", err)
			}
			rs := sink.AllTraces()[0].ResourceSpans().At(0)
			got := []string{rs.Resource().Attributes().AsRaw()["team"].(string), rs.ScopeSpans().At(0).Scope().Attributes().AsRaw()["note"].(string)}
			if diff := cmp.Diff([]string{tc.wantResource, tc.wantScope}, got); diff != "" {
				t.Errorf("resource, scope mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTracesSummary checks that a span's summary counts what was masked
// anywhere in it: attributes, events and the status message.
func TestTracesSummary(t *testing.T) {
	td, span := oneSpan()
	span.Attributes().PutStr("enduser.email", "bob@example.org")
	span.Events().AppendEmpty().Attributes().PutStr("exception.message", "to alice@example.com")
	span.Status().SetMessage("ssn 123-45-6789")
	clean := td.ResourceSpans().At(0).ScopeSpans().At(0).Spans().AppendEmpty()
	clean.Attributes().PutStr("http.route", "/users/{id}")

	p, sink := newTraces(t, &Config{Summary: true}, testEnv(nil), nopSettings())
	if err := p.ConsumeTraces(context.Background(), td); err != nil {
		t.Fatalf("ConsumeTraces: %v", err)
	}
	spans := sink.AllTraces()[0].ResourceSpans().At(0).ScopeSpans().At(0).Spans()
	want := map[string]any{
		"enduser.email":             "[REDACTED:email]",
		"logredact.redacted.email":  int64(2),
		"logredact.redacted.us-ssn": int64(1),
	}
	if diff := cmp.Diff(want, spans.At(0).Attributes().AsRaw()); diff != "" {
		t.Errorf("span attributes mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]any{"http.route": "/users/{id}"}, spans.At(1).Attributes().AsRaw()); diff != "" {
		t.Errorf("clean span attributes mismatch (-want +got):\n%s", diff)
	}
}

// TestNames checks that span and event names are scanned: they carry
// URLs and command lines.
func TestNames(t *testing.T) {
	td, span := oneSpan()
	span.SetName("GET https://deploy:hunter2@registry.example.com/v2/")
	span.Events().AppendEmpty().SetName("mail to alice@example.com")
	p, sink := newTraces(t, nil, testEnv(nil), nopSettings())
	if err := p.ConsumeTraces(context.Background(), td); err != nil {
		t.Fatalf("ConsumeTraces: %v", err)
	}
	got := sink.AllTraces()[0].ResourceSpans().At(0).ScopeSpans().At(0).Spans().At(0)
	if name := got.Name(); strings.Contains(name, "hunter2") || !strings.Contains(name, "registry.example.com") {
		t.Errorf("span name %q: want the password masked and the host kept", name)
	}
	if diff := cmp.Diff("mail to [REDACTED:email]", got.Events().At(0).Name()); diff != "" {
		t.Errorf("event name mismatch (-want +got):\n%s", diff)
	}
}

// TestResourceByDefault checks that the default configuration redacts
// resource attributes: they carry command lines and URLs.
func TestResourceByDefault(t *testing.T) {
	td, _ := oneSpan()
	td.ResourceSpans().At(0).Resource().Attributes().PutStr("process.command_line", "app --db-owner alice@example.com")
	p, sink := newTraces(t, nil, testEnv(nil), nopSettings())
	if err := p.ConsumeTraces(context.Background(), td); err != nil {
		t.Fatalf("ConsumeTraces: %v", err)
	}
	got := sink.AllTraces()[0].ResourceSpans().At(0).Resource().Attributes().AsRaw()
	if diff := cmp.Diff(map[string]any{"process.command_line": "app --db-owner [REDACTED:email]"}, got); diff != "" {
		t.Errorf("resource mismatch (-want +got):\n%s", diff)
	}
}
