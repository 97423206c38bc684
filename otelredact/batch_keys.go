package otelredact

import "strings"

// A service sends the same few dozen attribute keys in every record, and
// keys are read as data: a key that a clean record, or the walk of a
// record that is not clean, has already proved to hold nothing is not
// read again. The proof is the
// engine's answer for the key alone, which never changes for one engine,
// so the memory can only save work, never change a verdict.

// keySlots is the number of keys a pass remembers: two slots per key, as
// jsonredact.Batch remembers plain keys.
const keySlots = 64

// maxKeyMemory bounds the keys remembered: longer ones are rare, and
// copying them would cost more than reading them.
const maxKeyMemory = 64

// keyMemory is the keys a pass knows to be clean as data.
type keyMemory struct {
	slots [keySlots]string
	// pending holds the keys of the record being judged that were read,
	// to be remembered once the record proves clean.
	pending []string
}

func keySlot(k string) uint {
	return (uint(len(k))*31 + uint(k[0])*7 + uint(k[len(k)-1])) % keySlots
}

// has reports whether k is known to hold nothing.
func (m *keyMemory) has(k string) bool {
	if k == "" {
		return true
	}
	h := keySlot(k)
	return m.slots[h] == k || m.slots[(h+1)%keySlots] == k
}

// read notes k as read in the record being judged.
func (m *keyMemory) read(k string) {
	if len(k) <= maxKeyMemory {
		m.pending = append(m.pending, k)
	}
}

// settle remembers the keys read since the last call when clean says
// their record held nothing; either way it forgets the pending keys.
func (m *keyMemory) settle(clean bool) {
	if clean {
		for _, k := range m.pending {
			m.add(k)
		}
	}
	clear(m.pending)
	m.pending = m.pending[:0]
}

// add remembers k, which the engine found clean alone. A key takes a
// free one of its two slots and keeps it, so that two keys never evict
// each other on every record.
func (m *keyMemory) add(k string) {
	if k == "" || len(k) > maxKeyMemory {
		return
	}
	switch h := keySlot(k); {
	case m.slots[h] == "":
		m.slots[h] = strings.Clone(k)
	case m.slots[(h+1)%keySlots] == "":
		m.slots[(h+1)%keySlots] = strings.Clone(k)
	}
}
