package otelredact

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/open-telemetry/opentelemetry-collector-contrib/pkg/pdatatest/plogtest"
)

// TestLogsShapes runs one case per body and attribute shape through the
// default processor and compares the raw body and attributes.
func TestLogsShapes(t *testing.T) {
	for _, tc := range []struct {
		name      string
		body      any
		attrs     map[string]any
		wantBody  any
		wantAttrs map[string]any
		allowed   []string
	}{
		{
			name:     "body string clean",
			body:     "request completed in 12ms",
			wantBody: "request completed in 12ms",
		},
		{
			name:     "body string with email",
			body:     "login failed for alice@example.com",
			wantBody: "login failed for [REDACTED:email]",
		},
		{
			name:     "body map with key paths",
			body:     map[string]any{"user": map[string]any{"email": "bob@example.org", "name": "Bob"}, "db": map[string]any{"password": "plain-words", "host": "db1"}},
			wantBody: map[string]any{"user": map[string]any{"email": "[REDACTED:email]", "name": "Bob"}, "db": map[string]any{"password": "[REDACTED:sensitive-key]", "host": "db1"}},
		},
		{
			name:     "body slice of strings and maps",
			body:     []any{"ok", "card 4111 1111 1111 1111", map[string]any{"api_key": "anything"}},
			wantBody: []any{"ok", "card [REDACTED:credit-card]", map[string]any{"api_key": "[REDACTED:sensitive-key]"}},
		},
		{
			name:     "body int card number",
			body:     int64(4111111111111111),
			wantBody: "[REDACTED:credit-card]",
		},
		{
			name:     "body bytes scanned as text",
			body:     []byte("ssn 123-45-6789"),
			wantBody: "ssn [REDACTED:us-ssn]",
		},
		{
			name:      "attribute string",
			attrs:     map[string]any{"note": "mail bob.smith@example.org now", "method": "GET"},
			wantAttrs: map[string]any{"note": "mail [REDACTED:email] now", "method": "GET"},
		},
		{
			name:      "attribute under sensitive key",
			attrs:     map[string]any{"http.request.header.authorization": "Basic dXNlcjpwYXNz", "token_count": "12"},
			wantAttrs: map[string]any{"http.request.header.authorization": "Basic [REDACTED:basic-auth]", "token_count": "12"},
		},
		{
			name:      "attribute ints",
			attrs:     map[string]any{"card": int64(4111111111111111), "order_id": int64(4111111111111112), "pin_password": int64(1234), "status": int64(200)},
			wantAttrs: map[string]any{"card": "[REDACTED:credit-card]", "order_id": int64(4111111111111112), "pin_password": "[REDACTED:sensitive-key]", "status": int64(200)},
		},
		{
			name:      "attribute doubles and bools",
			attrs:     map[string]any{"secret": 1.5, "duration_ms": 12.5, "token": true},
			wantAttrs: map[string]any{"secret": "[REDACTED:sensitive-key]", "duration_ms": 12.5, "token": true},
		},
		{
			name:      "attribute bytes",
			attrs:     map[string]any{"raw": []byte("to alice@example.com"), "blob": []byte{0, 1, 2}},
			wantAttrs: map[string]any{"raw": "to [REDACTED:email]", "blob": []byte{0, 1, 2}},
		},
		{
			name:      "attribute nested map",
			attrs:     map[string]any{"db": map[string]any{"password": "plain-words", "user": "app"}, "user": map[string]any{"contact": map[string]any{"email": "bob@example.org"}}},
			wantAttrs: map[string]any{"db": map[string]any{"password": "[REDACTED:sensitive-key]", "user": "app"}, "user": map[string]any{"contact": map[string]any{"email": "[REDACTED:email]"}}},
		},
		{
			name:      "slice under a sensitive key is one mask",
			attrs:     map[string]any{"auth_token": []any{"one", "two"}, "tags": []any{"a", "ssn 123-45-6789"}},
			wantAttrs: map[string]any{"auth_token": "[REDACTED:sensitive-key]", "tags": []any{"a", "ssn [REDACTED:us-ssn]"}},
		},
		{
			name:      "map under a sensitive key is one mask",
			attrs:     map[string]any{"credentials": map[string]any{"user": "bob", "email": "bob@example.org"}},
			wantAttrs: map[string]any{"credentials": "[REDACTED:sensitive-key]"},
		},
		{
			name:      "keys are data",
			attrs:     map[string]any{"alice@example.com": "x", "counts": map[string]any{"bob@example.org": int64(1)}},
			wantAttrs: map[string]any{"[REDACTED:email]": "x", "counts": map[string]any{"[REDACTED:email]": int64(1)}},
		},
		{
			name:      "allowed key exempts its own value only",
			attrs:     map[string]any{"trace_note": "bob@example.org", "user": map[string]any{"password": "pw"}},
			wantAttrs: map[string]any{"trace_note": "bob@example.org", "user": map[string]any{"password": "[REDACTED:sensitive-key]"}},
			allowed:   []string{"trace_note", "user"},
		},
		{
			name:      "attribute slice of maps",
			attrs:     map[string]any{"users": []any{map[string]any{"email": "bob@example.org"}, map[string]any{"id": "u1"}}},
			wantAttrs: map[string]any{"users": []any{map[string]any{"email": "[REDACTED:email]"}, map[string]any{"id": "u1"}}},
		},
		{
			name:      "empty values",
			body:      "",
			attrs:     map[string]any{"password": "", "empty": nil},
			wantBody:  "",
			wantAttrs: map[string]any{"password": "", "empty": nil},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := createDefaultConfig().(*Config)
			cfg.Keys.Allowed = tc.allowed
			p, sink := newLogs(t, cfg, testEnv(nil), nopSettings())
			if err := p.ConsumeLogs(context.Background(), oneLog(t, tc.body, tc.attrs)); err != nil {
				t.Fatalf("ConsumeLogs: %v", err)
			}
			lr := firstRecord(t, sink)
			if diff := cmp.Diff(tc.wantBody, lr.Body().AsRaw()); diff != "" {
				t.Errorf("body mismatch (-want +got):\n%s", diff)
			}
			want := tc.wantAttrs
			if want == nil {
				want = map[string]any{}
			}
			if diff := cmp.Diff(want, lr.Attributes().AsRaw()); diff != "" {
				t.Errorf("attributes mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestLogsCleanUntouched checks that a batch of clean records comes out
// equal to its input in every field, not only body and attributes.
func TestLogsCleanUntouched(t *testing.T) {
	in := plog.NewLogs()
	rl := in.ResourceLogs().AppendEmpty()
	rl.Resource().Attributes().PutStr("service.name", "checkout")
	sl := rl.ScopeLogs().AppendEmpty()
	sl.Scope().SetName("app")
	for i := range 3 {
		lr := sl.LogRecords().AppendEmpty()
		lr.SetSeverityText("INFO")
		lr.SetTimestamp(pcommon.Timestamp(1_700_000_000_000_000_000 + i))
		lr.Body().SetStr("request completed")
		lr.Attributes().PutStr("path", "/api/v1/orders/12345")
		lr.Attributes().PutInt("status", 200)
	}
	want := plog.NewLogs()
	in.CopyTo(want)

	p, sink := newLogs(t, &Config{Summary: true, ResourceAttributes: true, ScopeAttributes: true}, testEnv(nil), nopSettings())
	if err := p.ConsumeLogs(context.Background(), in); err != nil {
		t.Fatalf("ConsumeLogs: %v", err)
	}
	if err := plogtest.CompareLogs(want, sink.AllLogs()[0]); err != nil {
		t.Errorf("clean logs changed: %v", err)
	}
}

// TestLogsAllowedKeys checks that values under an allowed key are never
// examined, also in nested maps, and that extra sensitive keys apply.
func TestLogsAllowedKeys(t *testing.T) {
	cfg := &Config{Keys: KeysConfig{Allowed: []string{"support_email", "order.reference"}, Sensitive: []string{"customer_pin"}}}
	p, sink := newLogs(t, cfg, testEnv(nil), nopSettings())
	in := oneLog(t, map[string]any{"order": map[string]any{"reference": "4111 1111 1111 1111"}},
		map[string]any{"support_email": "help@example.com", "customer_pin": "0000", "email": "bob@example.org"})
	if err := p.ConsumeLogs(context.Background(), in); err != nil {
		t.Fatalf("ConsumeLogs: %v", err)
	}
	lr := firstRecord(t, sink)
	if diff := cmp.Diff(map[string]any{"order": map[string]any{"reference": "4111 1111 1111 1111"}}, lr.Body().AsRaw()); diff != "" {
		t.Errorf("body mismatch (-want +got):\n%s", diff)
	}
	want := map[string]any{"support_email": "help@example.com", "customer_pin": "[REDACTED:sensitive-key]", "email": "[REDACTED:email]"}
	if diff := cmp.Diff(want, lr.Attributes().AsRaw()); diff != "" {
		t.Errorf("attributes mismatch (-want +got):\n%s", diff)
	}
}
