package patterns

import (
	"strconv"
	"unsafe"
)

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
	id, cat := sensitiveKeyID, Secret
	if _, v := e.classify(sc.Key); v.ok() {
		id, cat = v.id, v.rule.category
	}
	f := Finding{DetectorID: id, Category: cat}
	b := e.mask.appendMask(make([]byte, 0, 32), id, "")
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

// ContainsInt reports whether [Engine.RedactInt] would mask v under sc,
// without telling the observer and without allocating: adapters ask it
// before they build the key path the observer is given.
func (e *Engine) ContainsInt(sc Scope, v int64) bool {
	if v < minCardInt && v > -minCardInt {
		return sc.Key != "" && e.SensitiveKey(sc.Key)
	}
	var buf [24]byte
	return e.digitsFound(sc, strconv.AppendInt(buf[:0], v, 10))
}

// ContainsUint is [Engine.ContainsInt] for unsigned integers.
func (e *Engine) ContainsUint(sc Scope, v uint64) bool {
	if v < minCardInt {
		return sc.Key != "" && e.SensitiveKey(sc.Key)
	}
	var buf [24]byte
	return e.digitsFound(sc, strconv.AppendUint(buf[:0], v, 10))
}

// digitsFound is redactDigits without the masking.
func (e *Engine) digitsFound(sc Scope, digits []byte) bool {
	if sc.Key != "" {
		switch class, _ := e.classify(sc.Key); class {
		case keyAllowed:
			return false
		case keySensitive:
			return true
		}
	}
	str := unsafe.String(unsafe.SliceData(digits), len(digits))
	return e.card >= 0 && len(str) >= 13 && str[0] != '-' && validCard(str)
}

// ReferenceText reports whether s, a container written as JSON or as Go
// prints maps and structs, only says where a secret lives: every member
// key, at every depth, satisfies [Engine.ReferenceKey] (Kubernetes'
// {"secretName":"db-creds","defaultMode":420}). Such a container under a
// sensitive key holds no secret, and layers walk it instead of masking it
// whole, as the engine does in text.
func (e *Engine) ReferenceText(s string) bool {
	return e.referenceContainer(s)
}

// KeyAddsNothing reports whether nothing is found in a value under key
// that is not found in it with no key: no key rule, allowed-key rule,
// provider name or phone rule applies, and what personal-data rules do
// under key is drop findings (a card number under an ID key is an
// identifier). A value that [Engine.Contains] finds clean is then clean
// under key too. Layers that judge many fields in one
// [Engine.ContainsSpans] pass use it to know which fields may join it.
func (e *Engine) KeyAddsNothing(key string) bool {
	if key == "" {
		return true
	}
	switch e.keyCode(key) {
	case keyCodePlain:
		return true
	case keyCodePIIField:
		return !e.phoneField(key)
	}
	return false
}

// PairMember reports which member of a name/value pair key names: 1 for
// the name ("name", "Key", "ParameterKey", "headerName"), 2 for the value
// ("value", "Value", "ParameterValue", "val"), 0 for neither. Layers that
// walk structures use it to find the secret of
// {"name":"DB_PASSWORD","value":"x"}, as the engine does in text: the
// value member is judged under the name when [Engine.SensitiveKey] holds
// for it.
func (e *Engine) PairMember(key string) int {
	switch {
	case key == "":
		return 0
	case e.keys.vocab.lastWordIs(key, "name", "key"):
		return 1
	case e.valueMemberKey(key):
		return 2
	}
	return 0
}

// PrefilterStats reports how many positions of s the engine's candidate
// pass hands to its matchers and scanners: the measure of how much work
// the prefilter leaves, for benchmarks. It finds nothing and reports
// nothing to the observer.
func (e *Engine) PrefilterStats(s string) (candidates int) {
	for i := 0; i+1 < len(s); i++ {
		w := uint16(s[i])<<8 | uint16(s[i+1])
		if e.pf.bits[w>>6]&(1<<(w&63)) != 0 {
			candidates++
		}
	}
	return candidates
}

// Paired reports whether findings of the detector id are identifiers whose
// secret may sit beside them with no form of its own (an AWS access key ID
// and its secret access key). A layer that judges a structure member by
// member reads the members around such a finding together, as text, so
// that the pair is found as it would be in a line.
func (e *Engine) Paired(id string) bool { return pairedIdentifiers[id] }
