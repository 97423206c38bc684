package testutil

import (
	"fmt"
	"strings"
	"testing"
)

// WantPanic fails t unless f panics with a message that holds every one
// of want.
func WantPanic(t *testing.T, f func(), want ...string) {
	t.Helper()
	msg, panicked := func() (msg string, panicked bool) {
		defer func() {
			if r := recover(); r != nil {
				msg, panicked = fmt.Sprint(r), true
			}
		}()
		f()
		return "", false
	}()
	if !panicked {
		t.Errorf("did not panic, want a panic about %q", want)
		return
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("panic %q does not say %q", msg, w)
		}
	}
}
