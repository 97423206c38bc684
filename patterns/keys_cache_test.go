package patterns

import (
	"fmt"
	"testing"
)

// TestKeyCacheSharedSet puts keys whose hashes pick one set: as many as
// the set has slots are all remembered, each with its own code, and one
// more evicts only one of them.
func TestKeyCacheSharedSet(t *testing.T) {
	c := newKeyCache()
	var keys []string
	var hs []uint64
	for i := 0; len(keys) < keyCacheWays+1; i++ {
		k := fmt.Sprintf("field_%d", i)
		h := c.hash(k)
		if len(hs) == 0 || h%keyCacheSets == hs[0]%keyCacheSets {
			keys, hs = append(keys, k), append(hs, h)
		}
	}
	for round := range 3 {
		for i, h := range hs[:keyCacheWays] {
			if code, ok := c.get(h); ok && code != uint64(i+1) {
				t.Fatalf("round %d: %s read code %d, want %d", round, keys[i], code, i+1)
			} else if !ok {
				if round > 0 {
					t.Errorf("round %d: %s was forgotten; %d keys share its set", round, keys[i], keyCacheWays)
				}
				c.put(h, uint64(i+1))
			}
		}
	}
	c.put(hs[keyCacheWays], keyCacheWays+1)
	held := 0
	for i, h := range hs {
		if code, ok := c.get(h); ok {
			if code != uint64(i+1) {
				t.Fatalf("%s read code %d, want %d", keys[i], code, i+1)
			}
			held++
		}
	}
	if held != keyCacheWays {
		t.Errorf("after one key more than the set holds, %d keys are remembered, want %d", held, keyCacheWays)
	}
}
