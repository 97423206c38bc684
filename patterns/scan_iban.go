package patterns

// An IBAN is a country code, two check digits and the country's BBAN,
// written compact ("GB82WEST12345698765432") or in groups of four
// separated by single spaces, as printed ("GB82 WEST 1234 5698 7654 32").
// The standard writes it in upper case only, and only upper case is taken:
// lower and mixed case are what base64 and hex identifiers look like, and
// waking the scanner at every lower-case letter before a digit would cost
// every UUID. It must have its country's length and BBAN structure
// (iban_registry.go) and pass the ISO 7064 mod-97 check, and it must stand
// alone: not inside a longer word or run of characters.

// scanIBANAt examines s[i], a letter followed by a digit, as the second
// letter of an IBAN's country code.
func (e *Engine) scanIBANAt(dst []Finding, s string, i int) []Finding {
	start := i - 1
	if start < 0 || i+3 >= len(s) || !isDigit(s[i+2]) {
		return dst
	}
	c1, c2 := s[start], s[i]
	if c1 < 'A' || c1 > 'Z' || c2 < 'A' || c2 > 'Z' {
		return dst
	}
	if start > 0 {
		if p := s[start-1]; isAlnum(p) || p == '_' || p == '-' || p >= 0x80 {
			return dst
		}
	}
	format := bbanFormat(c1, c2)
	if format == "" {
		return dst
	}
	var bban [maxBBAN]byte
	n := 0
	j := i + 3
	grouped := s[j] == ' '
	for n < len(format) {
		if grouped && n%4 == 0 {
			// Groups of four after the four characters of the header.
			if j+1 >= len(s) || s[j] != ' ' {
				return dst
			}
			j++
		}
		if j >= len(s) {
			return dst
		}
		c := s[j]
		switch format[n] {
		case 'n':
			if !isDigit(c) {
				return dst
			}
		case 'a':
			if !isLetterASCII(c) {
				return dst
			}
		default:
			if !isAlnum(c) {
				return dst
			}
		}
		if c >= 'a' && c <= 'z' {
			return dst
		}
		bban[n] = c
		n++
		j++
	}
	if j < len(s) {
		if c := s[j]; isAlnum(c) || c == '_' || c >= 0x80 {
			return dst
		}
	}
	if !ibanChecksum(c1, c2, s[i+1], s[i+2], bban[:n]) {
		return dst
	}
	d := &e.dets[e.iban]
	return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: start, End: j})
}

func isLetterASCII(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// ibanChecksum runs ISO 7064 MOD 97-10 over the BBAN, the country code
// and the check digits, in that order, with letters counted as 10 to 35:
// the remainder of a valid IBAN is 1.
func ibanChecksum(c1, c2, d1, d2 byte, bban []byte) bool {
	r := 0
	add := func(c byte) {
		if isDigit(c) {
			r = (r*10 + int(c-'0')) % 97
			return
		}
		v := int(c-'A') + 10
		r = (r*100 + v) % 97
	}
	for _, c := range bban {
		add(c)
	}
	add(c1)
	add(c2)
	add(d1)
	add(d2)
	return r == 1
}
