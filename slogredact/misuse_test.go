package slogredact_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/logredact/logredact/internal/testutil"
	"github.com/logredact/logredact/slogredact"
)

// TestMisuseFailsClosed checks that what a program gets wrong panics at
// once with a message that says what to do, instead of logging with the
// wrong configuration or crashing later with a nil dereference.
func TestMisuseFailsClosed(t *testing.T) {
	t.Run("nil handler", func(t *testing.T) {
		testutil.WantPanic(t, func() { slogredact.New(nil) }, "slogredact: nil handler")
	})
	t.Run("nil engine", func(t *testing.T) {
		testutil.WantPanic(t, func() { slogredact.New(slog.NewJSONHandler(io.Discard, nil), slogredact.WithEngine(nil)) },
			"WithEngine(nil)", "patterns.New", "error")
		testutil.WantPanic(t, func() { slogredact.ReplaceAttr(slogredact.WithEngine(nil)) }, "WithEngine(nil)")
	})
	t.Run("zero Handler", func(t *testing.T) {
		var h slogredact.Handler
		for name, f := range map[string]func(){
			"Handle": func() {
				_ = h.Handle(context.Background(), slog.NewRecord(time.Time{}, slog.LevelInfo, "alice@example.com", 0))
			},
			"Enabled":   func() { h.Enabled(context.Background(), slog.LevelInfo) },
			"WithAttrs": func() { h.WithAttrs([]slog.Attr{slog.String("a", "b")}) },
			"WithGroup": func() { h.WithGroup("g") },
		} {
			t.Run(name, func(t *testing.T) { testutil.WantPanic(t, f, "use", "New") })
		}
	})
}
