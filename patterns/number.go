package patterns

import (
	"strconv"
	"unsafe"
)

// minCardInt is the smallest 13-digit number: integers below it cannot be
// card numbers, which lets RedactInt skip formatting for almost every
// integer a service logs.
const minCardInt = 1_000_000_000_000

// RedactInt reports how to log v under sc: when v is a valid card number,
// or sc.Key is a sensitive key, it returns the masked text and true.
// Otherwise it returns "", false without allocating, and v should be
// logged as the number it is.
func (e *Engine) RedactInt(sc Scope, v int64) (string, bool) {
	if (v < minCardInt && v > -minCardInt) && (sc.Key == "" || !e.SensitiveKey(sc.Key)) && (v < minPhoneInt || !e.phoneField(sc.Key)) {
		return "", false
	}
	var buf [24]byte
	s := strconv.AppendInt(buf[:0], v, 10)
	return e.redactDigits(sc, s)
}

// RedactUint is [Engine.RedactInt] for unsigned integers.
func (e *Engine) RedactUint(sc Scope, v uint64) (string, bool) {
	if v < minCardInt && (sc.Key == "" || !e.SensitiveKey(sc.Key)) && (v < minPhoneInt || !e.phoneField(sc.Key)) {
		return "", false
	}
	var buf [24]byte
	s := strconv.AppendUint(buf[:0], v, 10)
	return e.redactDigits(sc, s)
}

// redactDigits masks a formatted integer, allocating only when it changes.
// An integer can only be a card number or sit under a key rule, so the
// general scan, whose matchers would make the stack buffer escape, is not
// needed.
func (e *Engine) redactDigits(sc Scope, digits []byte) (string, bool) {
	str := unsafe.String(unsafe.SliceData(digits), len(digits))
	keyed := false
	var kv textVerdict
	if sc.Key != "" {
		switch class, v := e.classify(sc.Key); class {
		case keyAllowed:
			return "", false
		case keySensitive:
			// Under an ambiguous key the number decides: "sid": 2 is
			// a server ID, "pin": 4321 a PIN.
			keyed, kv = e.secretValue(v.rule, v.plural, str, ""), v
		}
	}
	// A card under a sensitive key keeps the card's name, and so its
	// partial mask; under an ID key a card-shaped number is an ID.
	if e.card >= 0 && len(str) >= 13 && str[0] != '-' && validCard(str) && (keyed || !idField(sc.Key)) {
		d := &e.dets[e.card]
		f := Finding{DetectorID: d.ID, Category: d.Category, Start: 0, End: len(str)}
		return e.maskOne(sc, string(digits), f)
	}
	if keyed {
		f := Finding{DetectorID: kv.id, Category: kv.rule.category, Start: 0, End: len(str)}
		return e.maskOne(sc, string(digits), f)
	}
	if f, ok := e.phoneDigits(sc.Key, str); ok {
		return e.maskOne(sc, string(digits), f)
	}
	return "", false
}

// maskOne masks the whole of v as finding f; in report-only mode it
// reports f and v is logged as the number it is.
func (e *Engine) maskOne(sc Scope, v string, f Finding) (string, bool) {
	fs := [1]Finding{f}
	if e.reportOnly {
		return "", e.report(sc, fs[:])
	}
	return string(e.appendMasked(make([]byte, 0, 32), sc, v, fs[:])), true
}
