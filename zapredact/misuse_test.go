package zapredact_test

import (
	"testing"

	"go.uber.org/zap"

	"github.com/logredact/logredact/internal/testutil"
	"github.com/logredact/logredact/zapredact"
)

// TestMisuseFailsClosed checks that what a program gets wrong panics at
// once with a message that says what to do, instead of dropping every
// entry or logging with the wrong configuration.
func TestMisuseFailsClosed(t *testing.T) {
	t.Run("nil core", func(t *testing.T) {
		testutil.WantPanic(t, func() { zapredact.Wrap(nil) }, "zapredact: nil core")
	})
	t.Run("nil engine", func(t *testing.T) {
		testutil.WantPanic(t, func() { zapredact.Wrap(plainCore(), zapredact.WithEngine(nil)) }, "WithEngine(nil)", "patterns.New", "error")
		testutil.WantPanic(t, func() { zap.New(plainCore(), zapredact.WrapCore(zapredact.WithEngine(nil))) }, "WithEngine(nil)")
	})
}
