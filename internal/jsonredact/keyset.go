package jsonredact

import "strings"

// KeySet remembers keys a layer has settled once, so that the next event
// that logs them pays a comparison instead of the engine's answer: a
// service logs the same few dozen keys. It holds keySetSlots keys, each
// in one of two slots chosen by its length and end bytes. The zero value
// is empty; a KeySet is not safe for concurrent use.
type KeySet [keySetSlots]string

// keySetSlots is the number of keys a KeySet holds.
const keySetSlots = 64

// maxRemembered bounds the keys a KeySet takes: longer ones are rare, and
// copying them would cost more than asking the engine.
const maxRemembered = 64

func keySetSlot(k string) uint {
	return (uint(len(k))*31 + uint(k[0])*7 + uint(k[len(k)-1])) % keySetSlots
}

// Has reports whether k was added; k must not be empty.
func (s *KeySet) Has(k string) bool {
	h := keySetSlot(k)
	return s[h] == k || s[(h+1)%keySetSlots] == k
}

// Add remembers a copy of k, which must not be empty. A key takes a free
// one of its two slots and keeps it: keys that took turns in one slot
// ("remote_ip" and "order_id" share one) would copy themselves on every
// event. A key that finds both taken, or is too long, is not remembered,
// which costs its caller a lookup next time, not an allocation.
func (s *KeySet) Add(k string) {
	if len(k) > maxRemembered {
		return
	}
	switch h := keySetSlot(k); {
	case s[h] == "":
		s[h] = strings.Clone(k)
	case s[(h+1)%keySetSlots] == "":
		s[(h+1)%keySetSlots] = strings.Clone(k)
	}
}
