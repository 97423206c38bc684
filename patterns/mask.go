package patterns

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// Mask decides what replaces a finding. Build one with [LabelMask],
// [FixedMask], [PartialMask], [HMACMask] or [MaskFunc] and hand it to
// [WithMask]. Every mask's output is itself clean, so redacting twice
// gives the same text as redacting once.
type Mask struct {
	kind maskKind
	text string
	key  []byte
	fn   func(detectorID, value string) string
	// eng is the engine the mask serves, set by New for a MaskFunc so
	// that the function's output can be checked.
	eng *Engine
}

type maskKind uint8

const (
	maskLabel maskKind = iota
	maskFixed
	maskPartial
	maskHMAC
	maskFunc
)

// minHMACKey is the shortest key HMACMask accepts: a short key would let
// anyone who guesses it reverse low-entropy values such as SSNs.
const minHMACKey = 16

// maskPrefix starts every label; a value that already starts with it is
// treated as redacted so that redaction is idempotent.
const maskPrefix = "[REDACTED"

// LabelMask replaces a finding with "[REDACTED:<detector-id>]". It is the
// default.
func LabelMask() Mask { return Mask{kind: maskLabel} }

// FixedMask replaces every finding with text.
func FixedMask(text string) Mask { return Mask{kind: maskFixed, text: text} }

// PartialMask keeps what helps a reader without revealing the value: the
// last four digits of a card ("**** **** **** 1111") and of an SSN
// ("***-**-6789"), the domain of an email ("***@example.com"), the calling
// code and last two digits of a phone number ("+44 ** **** **58"), the
// country code and last four characters of an IBAN, and the network of an
// IP address ("10.1.2.***"); the package documentation has the table.
// Other findings get the label of [LabelMask].
func PartialMask() Mask { return Mask{kind: maskPartial} }

// HMACMask replaces a finding with "[REDACTED:<detector-id>:<hmac>]", where
// hmac is the first 16 hex digits of HMAC-SHA256(key, value), so that equal
// values can be correlated across lines without being revealed. The key must
// be at least 16 bytes; [New] reports a shorter one.
func HMACMask(key []byte) Mask {
	return Mask{kind: maskHMAC, key: append([]byte(nil), key...)}
}

// MaskFunc builds a mask from fn, which is given the ID of the detector
// that found a value ("credit-card", "sensitive-key", ...) and the value,
// and returns its replacement: a team's own scheme, such as the first six
// and last four digits of a card or a hash of its own. fn is called from
// the goroutines that log, possibly concurrently, and must be safe for
// that.
//
// Its output is settled like every other mask's: the engine checks it
// and scans the text around it again. A replacement that the engine would
// itself find (an email, a token, "password=..."), one that holds the
// value itself, an empty one, and a call that panics all give the label
// of [LabelMask] instead, so a function can neither write a finding into
// the output nor make redaction fail.
func MaskFunc(fn func(detectorID, value string) string) Mask {
	return Mask{kind: maskFunc, fn: fn}
}

// String names the mask for error messages and listings.
func (m Mask) String() string {
	switch m.kind {
	case maskFixed:
		return fmt.Sprintf("fixed(%q)", m.text)
	case maskPartial:
		return "partial"
	case maskHMAC:
		return "hmac"
	case maskFunc:
		return "func"
	}
	return "label"
}

func (m Mask) validate() error {
	switch m.kind {
	case maskHMAC:
		if len(m.key) < minHMACKey {
			return fmt.Errorf("HMACMask key is %d bytes, need at least %d", len(m.key), minHMACKey)
		}
	case maskFixed:
		if m.text == "" {
			return fmt.Errorf("FixedMask text is empty: use a visible marker such as \"***\"")
		}
	case maskFunc:
		if m.fn == nil {
			return fmt.Errorf("MaskFunc: nil function")
		}
	}
	return nil
}

// checkFixed reports a FixedMask text that e would find, once e is built.
func (m *Mask) checkFixed(e *Engine) error {
	if m.kind != maskFixed {
		return nil
	}
	if fs := e.Find(m.text); len(fs) > 0 {
		return fmt.Errorf("FixedMask text %s would itself be found by %q: every masked value would hold it", abbrev(m.text), fs[0].DetectorID)
	}
	return nil
}

// callFunc runs a MaskFunc; ok is false when its output cannot be used.
func (m *Mask) callFunc(id, value string) (out string, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = "", false
		}
	}()
	out = m.fn(id, value)
	if out == "" || strings.Contains(out, value) || m.eng != nil && m.eng.Contains(out) {
		return "", false
	}
	return out, true
}

// appendMask appends the replacement for value, found by detector id.
func (m *Mask) appendMask(dst []byte, id, value string) []byte {
	switch m.kind {
	case maskFixed:
		return append(dst, m.text...)
	case maskPartial:
		switch id {
		case "credit-card", "us-ssn", "email", "phone-number", "iban", ipAddressID:
			return appendPartial(dst, id, value)
		}
	case maskFunc:
		if out, ok := m.callFunc(id, value); ok {
			return append(dst, out...)
		}
	case maskHMAC:
		mac := hmac.New(sha256.New, m.key)
		mac.Write([]byte(value))
		var sum [sha256.Size]byte
		mac.Sum(sum[:0])
		dst = append(dst, maskPrefix...)
		dst = append(dst, ':')
		dst = append(dst, id...)
		dst = append(dst, ':')
		dst = hex.AppendEncode(dst, sum[:8])
		return append(dst, ']')
	}
	dst = append(dst, maskPrefix...)
	dst = append(dst, ':')
	dst = append(dst, id...)
	return append(dst, ']')
}

// lastAt finds the '@' of an email, also when it is percent-encoded.
func lastAt(v string) int {
	for i := len(v) - 1; i >= 0; i-- {
		if v[i] == '@' {
			return i
		}
		if v[i] == '%' && i+2 < len(v) && v[i+1] == '4' && v[i+2] == '0' {
			return i
		}
	}
	return -1
}

// appendPartialDigits stars every digit but the last keep, preserving the
// separators so the shape stays readable.
func appendPartialDigits(dst []byte, v string, keep int) []byte {
	digits := 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			digits++
		}
	}
	seen := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		if isDigit(c) {
			seen++
			if seen <= digits-keep {
				c = '*'
			}
		}
		dst = append(dst, c)
	}
	return dst
}
