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
	if (v < minCardInt && v > -minCardInt) && (sc.Key == "" || e.kv < 0 || !e.SensitiveKey(sc.Key)) {
		return "", false
	}
	var buf [24]byte
	s := strconv.AppendInt(buf[:0], v, 10)
	return e.redactDigits(sc, s)
}

// RedactUint is [Engine.RedactInt] for unsigned integers.
func (e *Engine) RedactUint(sc Scope, v uint64) (string, bool) {
	if v < minCardInt && (sc.Key == "" || e.kv < 0 || !e.SensitiveKey(sc.Key)) {
		return "", false
	}
	var buf [24]byte
	s := strconv.AppendUint(buf[:0], v, 10)
	return e.redactDigits(sc, s)
}

// redactDigits masks a formatted integer, allocating only when it changes.
func (e *Engine) redactDigits(sc Scope, digits []byte) (string, bool) {
	str := unsafe.String(unsafe.SliceData(digits), len(digits))
	var arr [2]Finding
	fs := e.findIn(arr[:0], sc, str, false)
	if len(fs) == 0 {
		return "", false
	}
	return string(e.appendMasked(make([]byte, 0, 32), sc, str, fs)), true
}
