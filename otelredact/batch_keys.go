package otelredact

import "github.com/logredact/logredact/internal/jsonredact"

// A service sends the same few dozen attribute keys in every record, and
// keys are read as data: a key that a clean record, or the walk of a
// record that is not clean, has already proved to hold nothing is not
// read again. The proof is the engine's answer for the key alone, which
// never changes for one engine, so the memory can only save work, never
// change a verdict.

// keyMemory is the keys a pass knows to be clean as data.
type keyMemory struct {
	clean jsonredact.KeySet
	// pending holds the keys of the record being judged that were read,
	// to be remembered once the record proves clean.
	pending []string
}

// has reports whether k is known to hold nothing.
func (m *keyMemory) has(k string) bool { return k == "" || m.clean.Has(k) }

// read notes k as read in the record being judged.
func (m *keyMemory) read(k string) { m.pending = append(m.pending, k) }

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

// add remembers k, which the engine found clean alone.
func (m *keyMemory) add(k string) {
	if k != "" {
		m.clean.Add(k)
	}
}
