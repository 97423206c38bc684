// Package testutil holds helpers shared by the module's tests.
package testutil

import (
	"testing"

	"github.com/logredact/logredact/internal/race"
)

// WantAllocs fails t unless f allocates exactly want times per run. Like
// log/slog's wantAllocs it skips under the race detector, which allocates
// on its own account.
func WantAllocs(t *testing.T, want int, f func()) {
	t.Helper()
	if race.Enabled {
		t.Skip("allocation counts are not meaningful under -race")
	}
	if testing.Short() {
		t.Skip("allocation test skipped in -short mode")
	}
	got := int(testing.AllocsPerRun(100, f))
	if got != want {
		t.Errorf("got %d allocs per run, want %d", got, want)
	}
}
