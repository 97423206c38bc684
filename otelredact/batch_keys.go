package otelredact

import "github.com/logredact/logredact/internal/jsonredact"

// A service sends the same few dozen attribute keys in every record, and
// keys are read as data: a key that a clean record, or the walk of a
// record that is not clean, has already proved to hold nothing is not
// read again. The proof is the engine's answer for the key alone, which
// never changes for one engine, so the memory can only save work, never
// change a verdict.
//
// Most of those keys also add nothing to what their values hold
// (patterns.Engine.KeyAddsNothing), which the batch would otherwise look
// up for every value: such a key is remembered as quiet, and its value
// goes to the batch as if it had no key, which the batch judges the same
// way. One lookup then settles both questions.

// keyMemory is the keys a pass knows to be clean as data.
type keyMemory struct {
	clean jsonredact.KeySet
	// quiet holds keys that are clean as data and add nothing to their
	// values: a subset of clean.
	quiet jsonredact.KeySet
	// pending holds the keys of the record being judged that were read,
	// to be remembered once the record proves clean; pendingQuiet those
	// whose values the batch took under them, which proves that they add
	// nothing.
	pending, pendingQuiet []string
}

// has reports whether k is known to hold nothing.
func (m *keyMemory) has(k string) bool { return k == "" || m.clean.Has(k) }

// isQuiet reports whether k is known to hold nothing and to add nothing
// to its value.
func (m *keyMemory) isQuiet(k string) bool { return k != "" && m.quiet.Has(k) }

// read notes k as read in the record being judged.
func (m *keyMemory) read(k string) { m.pending = append(m.pending, k) }

// tookValue notes that the batch took a value under k, so that k adds
// nothing: once its record proves clean, k is quiet.
func (m *keyMemory) tookValue(k string) { m.pendingQuiet = append(m.pendingQuiet, k) }

// settle remembers the keys read since the last call when clean says
// their record held nothing; either way it forgets the pending keys.
func (m *keyMemory) settle(clean bool) {
	if clean {
		for _, k := range m.pending {
			m.add(k)
		}
		for _, k := range m.pendingQuiet {
			if k != "" && m.clean.Has(k) {
				m.quiet.Add(k)
			}
		}
	}
	clear(m.pending)
	clear(m.pendingQuiet)
	m.pending, m.pendingQuiet = m.pending[:0], m.pendingQuiet[:0]
}

// add remembers k, which the engine found clean alone.
func (m *keyMemory) add(k string) {
	if k != "" {
		m.clean.Add(k)
	}
}
