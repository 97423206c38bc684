package patterns

import (
	"encoding/base64"
	"strings"
)

// Masks are no values: a value that is wholly the output of a mask hides
// nothing, and skipping it keeps redaction idempotent.

// isMask reports whether v is the output of this engine's mask, or of a
// mask of any engine: a label "[REDACTED:...]", an all-star run, a
// partial mask ("**** **** **** 1111", "***@example.com"). Masks hide
// nothing, and skipping them keeps redaction idempotent.
func (e *Engine) isMask(v string) bool {
	if e.mask.kind == maskFixed && v == e.mask.text {
		return true
	}
	return isLabelMask(v) || isPartialMask(v) || isBase64Mask(v)
}

// base64MaskPrefix is how "[REDACTED" starts in base64, the form JSON
// encoders give a []byte that holds a mask.
const base64MaskPrefix = "W1JFREFDVEVE"

// isBase64Mask reports whether v is a label mask written in base64: an
// adapter that keeps a []byte a []byte hands its mask on that way.
func isBase64Mask(v string) bool {
	if len(v) > 128 || !strings.HasPrefix(v, base64MaskPrefix) {
		return false
	}
	var buf [96]byte
	n, err := base64.StdEncoding.Decode(buf[:], []byte(v))
	return err == nil && isLabelMask(string(buf[:n]))
}

// isLabelMask reports whether v is "[REDACTED]" or a label or HMAC mask,
// exactly: "[REDACTED:github-pat]", "[REDACTED:email:9f86d081884c7d65]".
func isLabelMask(v string) bool {
	// Masks side by side are what masking adjacent findings leaves.
	for {
		end := strings.IndexByte(v, ']')
		if end < 0 || end == len(v)-1 {
			break
		}
		if !isOneLabelMask(v[:end+1]) {
			return false
		}
		v = v[end+1:]
	}
	return isOneLabelMask(v)
}

// isOneLabelMask reports whether v is exactly one label or HMAC mask.
func isOneLabelMask(v string) bool {
	if !strings.HasPrefix(v, maskPrefix) || v[len(v)-1] != ']' {
		return false
	}
	rest := v[len(maskPrefix) : len(v)-1]
	if rest == "" {
		return true
	}
	if rest[0] != ':' {
		return false
	}
	for i := 1; i < len(rest); i++ {
		if c := rest[i]; !(isLowerAlnum(c) || c == '-' || c == ':') {
			return false
		}
	}
	return true
}

// isPartialMask reports whether v is what PartialMask leaves: stars, with
// separators and at most four trailing digits, or stars before an email
// domain.
func isPartialMask(v string) bool {
	if len(v) < 3 || v[0] != '*' {
		return false
	}
	if at := strings.IndexByte(v, '@'); at > 0 {
		return strings.Trim(v[:at], "*") == ""
	}
	digits := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '*':
			if digits > 0 {
				return false
			}
		case isDigit(c):
			digits++
		case c == ' ' || c == '-' || c == '.':
		default:
			return false
		}
	}
	return digits <= 4
}
