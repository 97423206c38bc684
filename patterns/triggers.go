package patterns

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// Triggers are the byte pairs that wake the personal-data scanners beyond
// an '@', "%40" and a digit run. They are listed here, apart from the
// scanners, so that a faster prefilter can take them over as data: each
// names its anchor, the bytes that start the pair and a test of the byte
// after. The prefilter knows them all as one class bit, clsPII, and
// scanPIIAt tells them apart by the first byte.

type trigger struct {
	anchor anchor
	first  string
	second func(byte) bool
}

// ibanSecondLetters are the second letters of the registry's country
// codes but T.
const ibanSecondLetters = "ABCDEFGHIJKLMNOPQRSUVWYZ"

var triggers = []trigger{
	// "+44 20 7946 0958", "tel:+1-415-867-5309".
	{anchorPhone, "+", isDigit},
	// "GB82WEST...": the country code's second letter, then the first
	// check digit; but for the codes that end in T (AT, GT, IT, LT, MT,
	// PT, ST) the code itself, since 'T' and a digit start the time of
	// every ISO 8601 timestamp. No code ends in X, which keeps "X11"
	// out.
	{anchorIBAN, ibanSecondLetters, isDigit},
	{anchorIBAN, "AGILMPS", func(b byte) bool { return b == 'T' }},
	// "&#64;", "&#x40;" and "&commat;" in HTML; "\u0040" and "\x40"
	// left in plain text; "%2540", an '@' encoded twice; "＠" (U+FF20,
	// EF BC A0).
	{anchorEmail, "&", func(b byte) bool { return b == '#' || b == 'c' }},
	{anchorEmail, `\`, func(b byte) bool { return b == 'u' || b == 'x' }},
	{anchorEmail, "%", func(b byte) bool { return b == '2' }},
	{anchorEmail, "\xef", func(b byte) bool { return b == 0xbc }},
	// IPv6 around its colons; IPv4 right after a '/' ("http://10.1.2.3"),
	// where digit runs are not otherwise looked at.
	{anchorIP, ":", anyByte},
	{anchorIP, "/", isDigit},
}

// addTriggers records the structural detector at index i and wakes its
// scanners.
func (e *Engine) addTriggers(i int, a anchor) {
	switch a {
	case anchorPhone:
		e.phone = i
		e.pf.addDigitRuns()
	case anchorIBAN:
		e.iban = i
	case anchorIP:
		e.ip = i
		e.pf.addDigitRuns()
	case anchorCard, anchorSSN:
		// Numbers written in other Unicode digits ("４１１１ ...").
		pairs := wideDigitPairs()
		for c := 0x80; c < 0x100; c++ {
			if pairs[c] != ([4]uint64{}) {
				set := pairs[c]
				e.pf.addClass(byte(c), clsPII, func(b byte) bool { return set[b>>6]&(1<<(b&63)) != 0 })
			}
		}
	}
	for _, t := range triggers {
		if t.anchor == a {
			for j := 0; j < len(t.first); j++ {
				e.pf.addClass(t.first[j], clsPII, t.second)
			}
		}
	}
}

// addDigitRuns wakes the number scanner at digit runs, and at a digit run
// at the very start of the input.
func (p *prefilter) addDigitRuns() {
	if p.digitStart {
		return // another detector woke them already
	}
	p.digitStart = true
	// Bytes after which a number can start: never a word byte, and
	// not the bytes that make it part of a path, decimal, identifier
	// or longer number.
	for c := 0; c < 256; c++ {
		switch {
		case isAlnum(byte(c)), c == '.', c == '/', c == '_', c == '+', c == '-':
		default:
			p.addClass(byte(c), clsDigit, isDigit)
		}
	}
}

var (
	widePairsOnce sync.Once
	widePairs     [256][4]uint64
)

// wideDigitPairs returns, for each lead byte, the set of second bytes
// that begin the UTF-8 encoding of a decimal digit outside ASCII.
func wideDigitPairs() *[256][4]uint64 {
	widePairsOnce.Do(func() {
		var buf [utf8.UTFMax]byte
		for _, rg := range unicode.Nd.R16 {
			for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
				if r >= utf8.RuneSelf {
					utf8.EncodeRune(buf[:], r)
					widePairs[buf[0]][buf[1]>>6] |= 1 << (buf[1] & 63)
				}
			}
		}
		for _, rg := range unicode.Nd.R32 {
			for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
				utf8.EncodeRune(buf[:], r)
				widePairs[buf[0]][buf[1]>>6] |= 1 << (buf[1] & 63)
			}
		}
	})
	return &widePairs
}

// scanPIIAt runs the scanner that the trigger at s[i] wakes; s[i+1]
// exists. The most frequent trigger, an upper-case letter before a digit
// ("X11"), is settled here by the letter before it.
func (e *Engine) scanPIIAt(dst []Finding, s string, i int) []Finding {
	// Byte arithmetic wraps: c-'A' < 26 is an upper-case letter.
	if s[i]-'A' < 26 {
		if !piiMayWake(s, i) {
			return dst
		}
		if s[i+1] == 'T' {
			i++ // "AT61...": go on from the 'T'
		}
	}
	return e.scanPIIMore(dst, s, i)
}

func (e *Engine) scanPIIMore(dst []Finding, s string, i int) []Finding {
	c, next := s[i], s[i+1]
	switch {
	case c == '+':
		if e.phone >= 0 && isDigit(next) {
			return e.scanPhonePlus(dst, s, i)
		}
	case c == ':':
		if e.ip >= 0 {
			return e.scanIPv6At(dst, s, i)
		}
	case c == '/':
		if e.ip >= 0 && isDigit(next) {
			return e.scanIPv4After(dst, s, i)
		}
	case c == '&', c == '\\', c == '%':
		if e.email >= 0 {
			return e.scanEncodedAt(dst, s, i)
		}
	case c >= utf8.RuneSelf:
		if c == 0xef && next == 0xbc && i+2 < len(s) && s[i+2] == 0xa0 {
			return e.scanEmailAt(dst, s, i, 3)
		}
		if e.card >= 0 || e.ssn >= 0 {
			return e.scanWideNumber(dst, s, i)
		}
	default:
		if e.iban >= 0 && isDigit(next) {
			return e.scanIBANAt(dst, s, i)
		}
	}
	return dst
}

// piiMayWake reports whether the clsPII pair at s[i] may wake
// scanPIIAt: false only for an upper-case letter where no IBAN starts.
// Most upper-case candidates are a keyword's pair ("KI" of "cookie" in
// "AKIA...") or a letter and a digit inside a token ("aB3dE5"). An IBAN
// starts at its country code: the second letter after a first, then a
// check digit, or a code that ends in 'T' (read from the 'T'), then a
// digit.
func piiMayWake(s string, i int) bool {
	if s[i]-'A' >= 26 {
		return true
	}
	if s[i+1] == 'T' {
		return i+2 < len(s) && isDigit(s[i+2])
	}
	return isDigit(s[i+1]) && i > 0 && s[i-1]-'A' < 26
}
