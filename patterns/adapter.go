package patterns

import "unsafe"

// MaskWhole returns the engine's mask for a value under a sensitive key
// that has no single text of its own: a group, object, array, map or
// struct, which every layer replaces whole by this one string. It tells
// the observer once, under sc.
//
// The result does not depend on how a layer would print the value, so
// that every logger, the command and the Collector write the same string:
// [HMACMask] digests an empty value, [PartialMask] gives the label of
// [LabelMask], and the category is the one the key rules give sc.Key.
func (e *Engine) MaskWhole(sc Scope) string {
	_, cat := e.classify(sc.Key)
	if cat == 0 {
		cat = Secret
	}
	f := Finding{DetectorID: sensitiveKeyID, Category: cat}
	b := e.mask.appendMask(make([]byte, 0, 32), sensitiveKeyID, "")
	if e.observer != nil {
		e.observe(f, sc)
	}
	return string(b)
}

// RedactKey redacts a map key, which is data to every layer, unlike a
// field key, which is code. The key is scanned as text with no key rules
// of its own (it is not the value of a key), and what is found in it is
// told to the observer under sc.Key, the path of the map that holds it.
// When nothing is found it returns key itself without allocating.
func (e *Engine) RedactKey(sc Scope, key string) (string, bool) {
	if key == "" {
		return key, false
	}
	var arr [2]Finding
	fs := e.scan(arr[:0], key, false)
	if len(fs) == 0 {
		return key, false
	}
	b := e.maskSettled(make([]byte, 0, len(key)+32), sc, key, fs)
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}
