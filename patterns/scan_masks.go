package patterns

import "strings"

// Text that has been redacted once is full of this engine's masks, and a
// label mask is full of keywords: "[REDACTED:aws-access-key-id]" holds a
// key word and a detector's keyword, and reading them costs three times
// what the text around it does. That is paid by every settle pass after
// a partial mask and by every pipeline stage after the first. A mask
// hides nothing and starts nothing: the scan skips the inside of one
// whose label is the ID of one of this engine's detectors (so a secret
// written as a label, "[REDACTED:sk-proj-…]", is still read), with or
// without an HMAC tag. The bytes before and after it are read as ever.

// detMaskLabel files the start of a label mask with the prefilter.
const detMaskLabel = -1 << 20

// skipMasks lets tests compare the scan with and without the skip.
var skipMasks = true

// registerMaskLabels files the label prefix with the prefilter, and
// remembers the labels this engine writes.
func (e *Engine) registerMaskLabels() {
	e.maskIDs = new(idSet)
	for i := range e.dets {
		e.maskIDs.add(e.dets[i].ID)
	}
	// "[R" is rare in log text, and no keyword of the catalog holds it.
	e.pf.addKeywordAt(maskPrefix+":", 0, false, detMaskLabel)
}

// maskEnd returns the end of the label mask of one of this engine's IDs
// that starts at s[at:], which holds maskPrefix and ':', or -1.
func (e *Engine) maskEnd(s string, at int) int {
	i := at + len(maskPrefix) + 1
	rest := s[i:min(len(s), i+maxMaskLabel)]
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return -1
	}
	// An HMAC mask has its tag after the label: 16 hexadecimal digits.
	id, tag, hmac := strings.Cut(rest[:end], ":")
	if !e.maskIDs.has(id) || hmac && (len(tag) != hmacTagLen || !allIn(tag, setHex)) {
		return -1
	}
	return i + end + 1
}

// maxMaskLabel bounds what maskEnd reads of a label, an HMAC tag
// included; hmacTagLen is the length of that tag.
const (
	maxMaskLabel = 96
	hmacTagLen   = 16
)

// idSet is a set of detector IDs: an open-addressed table that answers
// with a hash of three bytes and one comparison, where a map's hash
// would cost more than the rest of maskEnd. A fuller table than the
// catalog makes (idSlots/2 IDs) only probes further.
type idSet struct {
	slots [idSlots]string
	n     int
}

const idSlots = 1 << 10

func idHash(s string) uint {
	return (uint(len(s))*131 + uint(s[0])*31 + uint(s[len(s)/2])*7 + uint(s[len(s)-1])) % idSlots
}

// add puts id, which is not empty, in the set; past idSlots-1 IDs it
// keeps none more, and has answers false for those.
func (t *idSet) add(id string) {
	if id == "" || t.has(id) || t.n == idSlots-1 {
		return
	}
	h := idHash(id)
	for t.slots[h] != "" {
		h = (h + 1) % idSlots
	}
	t.slots[h] = id
	t.n++
}

// has reports whether id is in the set.
func (t *idSet) has(id string) bool {
	if id == "" {
		return false
	}
	for h := idHash(id); t.slots[h] != ""; h = (h + 1) % idSlots {
		if t.slots[h] == id {
			return true
		}
	}
	return false
}
