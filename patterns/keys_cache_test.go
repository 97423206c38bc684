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

// TestKeyFrontOwnCode checks that keys sharing a front slot each read
// their own code, the first from the slot and the others from the hash
// table, and that a key that finds its slot taken costs no allocation.
func TestKeyFrontOwnCode(t *testing.T) {
	e := Default()
	fresh := *e
	fresh.keyCache = newKeyCache()
	// Keys of one length and the same end bytes share a slot; the
	// first is plain, the others are not.
	keys := []string{"pinboard", "password", "postcard", "pageload"}
	for _, k := range keys[1:] {
		if fresh.keyCache.front.slot(k) != fresh.keyCache.front.slot(keys[0]) {
			t.Fatalf("%q and %q do not share a slot", k, keys[0])
		}
	}
	if e.settleKey(keys[0]) == e.settleKey(keys[1]) {
		t.Fatalf("%q and %q have one code: the test cannot tell them apart", keys[0], keys[1])
	}
	for round := range 3 {
		for _, k := range keys {
			if got, want := fresh.keyCode(k), e.settleKey(k); got != want {
				t.Fatalf("round %d: keyCode(%q) = %d, want %d", round, k, got, want)
			}
		}
	}
	if p := fresh.keyCache.front.slot(keys[0]).Load(); p == nil || p.key != keys[0] {
		t.Fatalf("the shared slot holds %v, want the first key", p)
	}
	allocs := testing.AllocsPerRun(100, func() {
		for _, k := range keys {
			fresh.keyCode(k)
		}
	})
	if allocs != 0 {
		t.Errorf("keyCode allocates %.1f times per round on keys it has seen", allocs)
	}
}
