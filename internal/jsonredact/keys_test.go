package jsonredact

import (
	"testing"

	"github.com/logredact/logredact/patterns"
)

// TestKeyCacheSlots checks that keys sharing a cache slot each keep their
// own class: one key must not answer for another.
func TestKeyCacheSlots(t *testing.T) {
	w := newWalker(patterns.Default(), "", "", modeCheck, nil)
	defer putWalker(w)
	// Same length, same first, middle and last bytes: the same slot.
	keys := map[string]uint8{"password": keySensitive, "pxxxwxxd": keyPlain, "pabcwefd": keyPlain}
	for round := 0; round < 2; round++ {
		for k, want := range keys {
			if got := w.flagsOf([]byte(k)) &^ keyFlagBits; got != want {
				t.Errorf("round %d: class of %q = %d, want %d", round, k, got, want)
			}
		}
	}
}
