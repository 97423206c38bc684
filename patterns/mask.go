package patterns

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// Mask decides what replaces a finding. Build one with [LabelMask],
// [FixedMask], [PartialMask] or [HMACMask] and hand it to [WithMask].
// Every mask's output is itself clean, so redacting twice gives the same
// text as redacting once.
type Mask struct {
	kind maskKind
	text string
	key  []byte
}

type maskKind uint8

const (
	maskLabel maskKind = iota
	maskFixed
	maskPartial
	maskHMAC
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

// String names the mask for error messages and listings.
func (m Mask) String() string {
	switch m.kind {
	case maskFixed:
		return fmt.Sprintf("fixed(%q)", m.text)
	case maskPartial:
		return "partial"
	case maskHMAC:
		return "hmac"
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
	}
	return nil
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
