package slogredact_test

import (
	"bytes"
	"log/slog"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/slogredact"
)

func TestReplaceAttr(t *testing.T) {
	fixed, err := patterns.New(patterns.WithMask(patterns.FixedMask("***")))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		opts []slogredact.Option
		log  func(*slog.Logger)
		want map[string]any
	}{
		{
			name: "message and attributes",
			log: func(l *slog.Logger) {
				l.Info("to alice@example.com", "card", "4111 1111 1111 1111", "n", 4111111111111111, "ok", "fine")
			},
			want: map[string]any{
				"level": "INFO", "msg": "to [REDACTED:email]", "card": "[REDACTED:credit-card]",
				"n": "[REDACTED:credit-card]", "ok": "fine",
			},
		},
		{
			name: "group path",
			log: func(l *slog.Logger) {
				l.WithGroup("db").Info("m", "password", "x", slog.Group("conn", "token", "t", "host", "h"))
			},
			want: map[string]any{"level": "INFO", "msg": "m", "db": map[string]any{
				"password": "[REDACTED:sensitive-key]",
				"conn":     map[string]any{"token": "[REDACTED:sensitive-key]", "host": "h"},
			}},
		},
		{
			name: "With attributes",
			log:  func(l *slog.Logger) { l.With("password", "x").Info("m") },
			want: map[string]any{"level": "INFO", "msg": "m", "password": "[REDACTED:sensitive-key]"},
		},
		{
			name: "values of kind Any",
			log: func(l *slog.Logger) {
				l.Info("m", "acct", account{Name: "bob", Email: "bob@example.org"}, "h", handle{email: "alice@example.com"})
			},
			want: map[string]any{
				"level": "INFO", "msg": "m",
				"acct": map[string]any{"name": "bob", "email": "[REDACTED:email]", "password": "", "APIKey": ""},
				"h":    map[string]any{},
			},
		},
		{
			name: "built-ins kept, user attributes of the same name redacted",
			log:  func(l *slog.Logger) { l.WithGroup("g").Info("m", "level", "alice@example.com") },
			want: map[string]any{"level": "INFO", "msg": "m", "g": map[string]any{"level": "[REDACTED:email]"}},
		},
		{
			name: "engine",
			opts: []slogredact.Option{slogredact.WithEngine(fixed)},
			log:  func(l *slog.Logger) { l.Info("to alice@example.com", "password", "x") },
			want: map[string]any{"level": "INFO", "msg": "to ***", "password": "***"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			redact := slogredact.ReplaceAttr(tc.opts...)
			var buf bytes.Buffer
			l := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{
				ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
					return redact(groups, removeTime(groups, a))
				},
			}))
			tc.log(l)
			got := parseJSONLines(t, buf.Bytes())
			if diff := cmp.Diff([]map[string]any{tc.want}, got); diff != "" {
				t.Errorf("JSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReplaceAttrSensitiveGroup checks the one way ReplaceAttr differs
// from the handler on groups: slog never shows it a group, so a group
// under a sensitive name has each of its attributes masked instead of
// being one mask.
func TestReplaceAttrSensitiveGroup(t *testing.T) {
	var buf bytes.Buffer
	l := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: slogredact.ReplaceAttr()}))
	l.WithGroup("credentials").Info("m", "user", "bob", "n", 7, "ok", true)
	l.Info("m", slog.Group("auth", "user", "bob", slog.Group("inner", "k", "v")))
	want := []map[string]any{
		{"level": "INFO", "msg": "m", "credentials": map[string]any{"user": "[REDACTED:sensitive-key]", "n": "[REDACTED:sensitive-key]", "ok": true}},
		{"level": "INFO", "msg": "m", "auth": map[string]any{"user": "[REDACTED:sensitive-key]", "inner": map[string]any{"k": "[REDACTED:sensitive-key]"}}},
	}
	got := parseJSONLines(t, buf.Bytes())
	for _, g := range got {
		delete(g, "time")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
