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
// domain; and the heads those kinds keep: a phone number's calling code
// ("+44 ** **** **58"), an IBAN's country code ("GB** ... **54 32"), an IP
// address's network ("10.1.2.***", "2001:db8:0:*:*:*:*:*").
func isPartialMask(v string) bool {
	if len(v) < 3 {
		return false
	}
	switch c := v[0]; {
	case c == '*':
	case c == '+':
		// A phone number's calling code, then its masked rest.
		i := 1
		for i < len(v) && i < 5 && isDigit(v[i]) {
			i++
		}
		return i > 1 && starsThenTail(v[i:], 2, false)
	case c >= 'A' && c <= 'Z' && v[1] >= 'A' && v[1] <= 'Z' && v[2] == '*':
		return starsThenTail(v[2:], 4, true)
	default:
		return isPartialIP(v)
	}
	if at := strings.IndexByte(v, '@'); at > 0 {
		return strings.Trim(v[:at], "*") == ""
	}
	return starsThenTail(v, 4, false)
}

// starsThenTail reports whether v is stars and separators, then at most
// tail digits (letters too when alnum is set) with separators, holding at
// least one star.
func starsThenTail(v string, tail int, alnum bool) bool {
	stars, kept := 0, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '*':
			if kept > 0 {
				return false
			}
			stars++
		case isDigit(c) || alnum && isAlnum(c):
			kept++
		case c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')':
		default:
			return false
		}
	}
	return stars > 0 && kept <= tail
}

// isPartialIP reports the masks of IP addresses: an IPv4 network and
// "***", or three IPv6 groups and five stars, with an optional zone.
func isPartialIP(v string) bool {
	if i := strings.IndexByte(v, '%'); i > 0 {
		v = v[:i]
	}
	if strings.HasSuffix(v, ".***") {
		net := v[:len(v)-4]
		return net != "" && strings.Trim(net, "0123456789.:abcdefABCDEF") == ""
	}
	if strings.HasSuffix(v, ":*:*:*:*:*") {
		net := v[:len(v)-10]
		return strings.Count(net, ":") == 2 && strings.Trim(net, "0123456789abcdefABCDEF:") == ""
	}
	return false
}
