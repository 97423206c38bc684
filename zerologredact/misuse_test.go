package zerologredact_test

import (
	"bytes"
	"testing"

	"github.com/logredact/logredact/internal/testutil"
	"github.com/logredact/logredact/zerologredact"
)

// TestMisuseFailsClosed checks that what a program gets wrong panics at
// once with a message that says what to do, instead of logging with the
// wrong configuration or crashing on the first event with a nil
// dereference.
func TestMisuseFailsClosed(t *testing.T) {
	t.Run("nil writer", func(t *testing.T) {
		testutil.WantPanic(t, func() { zerologredact.New(nil) }, "zerologredact: nil writer")
	})
	t.Run("nil engine", func(t *testing.T) {
		testutil.WantPanic(t, func() { zerologredact.New(new(bytes.Buffer), zerologredact.WithEngine(nil)) },
			"WithEngine(nil)", "patterns.New", "error")
	})
	t.Run("zero Writer", func(t *testing.T) {
		var w zerologredact.Writer
		testutil.WantPanic(t, func() { _, _ = w.Write([]byte(`{"message":"alice@example.com"}`)) }, "use", "New")
	})
}
