package patterns

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// keyCache remembers how keys were classified, by their hash: a service
// logs the same few dozen keys on every event, and a key seen before costs
// one hash and a load or two. Each slot holds the hash's upper bits and the
// key's code in one atomic word: the table allocates nothing and is safe
// for concurrent use. The hash is seeded per process, so no key can be
// crafted to pass for another.
//
// A hash picks a set of four slots, not one slot: with one, two of the
// keys a service logs on every event share a slot in about one process
// in ten (sixteen keys in 1,024 slots), and evict each other on every
// event, which cost a DIRTY zerolog event 5,000 instructions. Five keys
// of one event in one set of four is as good as never.
type keyCache struct {
	front keyFront
	seed  maphash.Seed
	next  atomic.Uint32 // turns the slot a full set gives up
	slots [keyCacheSets * keyCacheWays]atomic.Uint64
}

const (
	keyCacheSets = 256
	keyCacheWays = 4
	keyCodeBits  = 16
	keyCodeMask  = 1<<keyCodeBits - 1
)

func newKeyCache() *keyCache { return &keyCache{seed: maphash.MakeSeed()} }

func (c *keyCache) hash(key string) uint64 { return maphash.String(c.seed, key) }

func (c *keyCache) set(h uint64) *[keyCacheWays]atomic.Uint64 {
	return (*[keyCacheWays]atomic.Uint64)(c.slots[h%keyCacheSets*keyCacheWays:])
}

func (c *keyCache) get(h uint64) (uint64, bool) {
	tag := h &^ keyCodeMask
	set := c.set(h)
	for i := range set {
		if v := set[i].Load(); v != 0 && v&^keyCodeMask == tag {
			return v & keyCodeMask, true
		}
	}
	return 0, false
}

func (c *keyCache) put(h, code uint64) {
	if code > keyCodeMask || code >= keyCodePIIField && code != keyCodePIIField && code != keyCodeContext {
		return // more terms than a slot can name: not remembered
	}
	v := h&^keyCodeMask | code
	set := c.set(h)
	for i := range set {
		// Two goroutines may fill one slot at once: the key that
		// loses is settled again next time, which is all a miss costs.
		if set[i].Load() == 0 {
			set[i].Store(v)
			return
		}
	}
	// A full set gives up its slots in turn, so that no two keys can
	// keep evicting each other.
	set[c.next.Add(1)%keyCacheWays].Store(v)
}

// keyFront is the key cache's first table: the keys a service logs on
// every event, each in a slot picked by its length and its end bytes and
// compared whole, which costs less than the hash of the table behind it.
// A slot is filled once and never replaced: a key that finds its slot
// taken is answered by the hash table, so no two keys can take turns at
// a slot, and the copy of a key is made once per slot, not per miss.
// The whole comparison means a key can only ever read its own code.
type keyFront struct {
	slots [keyFrontSlots]atomic.Pointer[keyEntry]
}

// keyEntry is one filled slot of a keyFront; it never changes.
type keyEntry struct {
	key  string
	code uint64
}

const keyFrontSlots = 256

// maxFrontKey bounds the keys a keyFront holds: longer ones are rare, and
// their copies would cost more than their hash.
const maxFrontKey = 64

func (f *keyFront) slot(key string) *atomic.Pointer[keyEntry] {
	i := uint(len(key))
	if len(key) > 0 {
		i = i*31 + uint(key[0])*7 + uint(key[len(key)-1])
	}
	return &f.slots[i%keyFrontSlots]
}

// fill puts key and its code in slot, if the slot is empty.
func (f *keyFront) fill(slot *atomic.Pointer[keyEntry], key string, code uint64) {
	if len(key) <= maxFrontKey && slot.Load() == nil {
		slot.CompareAndSwap(nil, &keyEntry{key: strings.Clone(key), code: code})
	}
}
