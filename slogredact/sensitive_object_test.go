package slogredact_test

import (
	"log/slog"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSensitiveObjects checks that a group, map or struct logged under a
// sensitive key is masked whole, as the zap and zerolog layers mask an
// object there, while the same data under an ordinary key is walked.
func TestSensitiveObjects(t *testing.T) {
	type creds struct {
		User string `json:"user"`
		Code int    `json:"code"`
	}
	got := logJSON(t, nil, func(l *slog.Logger) {
		l.Info("m",
			slog.Group("credentials", "user", "bob", "n", 1),
			"secret", map[string]any{"a": "b"},
			"auth", creds{User: "bob", Code: 7},
			slog.Group("db", "user", "bob"),
			"meta", map[string]any{"a": "b"},
		)
	})
	const mask = "[REDACTED:sensitive-key]"
	want := []map[string]any{{"level": "INFO", "msg": "m",
		"credentials": mask, "secret": mask, "auth": mask,
		"db": map[string]any{"user": "bob"}, "meta": map[string]any{"a": "b"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON mismatch (-want +got):\n%s", diff)
	}
}
