package patterns

import (
	"strings"
	"unicode/utf8"
)

// What PartialMask keeps of each kind of personal data (the table in
// doc.go): enough to tell values apart and to know where they come from,
// never enough to use them. Every output is clean by the engine's own
// detectors, so redaction stays idempotent.

// appendPartial writes the partial mask of value, found by detector id.
func appendPartial(dst []byte, id, value string) []byte {
	switch id {
	case "credit-card", "us-ssn":
		if e := strings.IndexAny(value, "eE"); e > 0 && strings.IndexByte(value, '.') == 1 {
			// A card logged as a float: keep its last four digits.
			return appendCardFloat(dst, value)
		}
		if dot := strings.IndexByte(value, '.'); dot > 0 && strings.Trim(value[dot+1:], "0") == "" {
			// "4111111111111111.0".
			return append(appendKeepDigits(dst, value[:dot], 0, 4), value[dot:]...)
		}
		if isASCII(value) {
			return appendPartialDigits(dst, value, 4)
		}
		return appendKeepDigits(dst, value, 0, 4)
	case "email":
		if at := emailAt(value); at >= 0 {
			dst = append(dst, "***"...)
			return append(dst, value[at:]...)
		}
	case "phone-number":
		return appendKeepDigits(dst, value, phonePrefixDigits(value), 2)
	case "iban":
		return appendPartialIBAN(dst, value)
	case ipAddressID:
		return appendPartialIP(dst, value)
	}
	return appendLabel(dst, id)
}

func appendLabel(dst []byte, id string) []byte {
	dst = append(dst, maskPrefix...)
	dst = append(dst, ':')
	dst = append(dst, id...)
	return append(dst, ']')
}

// appendKeepDigits stars every decimal digit of v, ASCII or not, but the
// first head and the last tail, and keeps everything else ("+", spaces,
// dashes, parentheses) so that the shape stays readable.
func appendKeepDigits(dst []byte, v string, head, tail int) []byte {
	n := 0
	for _, r := range v {
		if digitValue(r) >= 0 {
			n++
		}
	}
	seen := 0
	for i := 0; i < len(v); {
		r, w := utf8.DecodeRuneInString(v[i:])
		if digitValue(r) >= 0 {
			seen++
			if seen > head && seen <= n-tail {
				dst = append(dst, '*')
				i += w
				continue
			}
		}
		dst = append(dst, v[i:i+w]...)
		i += w
	}
	return dst
}

// appendCardFloat masks "4.111111111111111e+15" as the whole number it
// is, "************1111".
func appendCardFloat(dst []byte, v string) []byte {
	e := strings.IndexAny(v, "eE")
	digits := v[:1] + v[2:e]
	exp := 0
	for _, c := range strings.TrimPrefix(v[e+1:], "+") {
		exp = exp*10 + int(c-'0')
	}
	for len(digits) < exp+1 {
		digits += "0"
	}
	return appendKeepDigits(dst, digits, 0, 4)
}

// emailAt returns where the '@' of an email starts, in whichever form it
// is written.
func emailAt(v string) int {
	best := lastAt(v)
	if i := strings.LastIndex(v, "＠"); i > best {
		best = i
	}
	lv := strings.ToLower(v)
	for _, a := range encodedAts {
		if i := strings.LastIndex(lv, a); i > best {
			best = i
			if a[0] == '\\' && i > 0 && v[i-1] == '\\' {
				best--
			}
		}
	}
	return best
}

// phonePrefixDigits returns how many leading digits of a phone number
// name its country: the calling code after a '+', or after an
// international call prefix ("0044 ...", "011 44 ..."), which is kept too.
// A national number has none.
func phonePrefixDigits(v string) int {
	var digits [maxPhoneDigits]byte
	n := 0
	for i := 0; i < len(v) && n < len(digits); i++ {
		if isDigit(v[i]) {
			digits[n] = v[i]
			n++
		}
	}
	d := string(digits[:n])
	if strings.HasPrefix(v, "+") {
		return callingCodeLen(d)
	}
	if idd := iddLen(d, 0); idd > 0 {
		if cc := callingCodeLen(d[idd:]); cc > 0 {
			return idd + cc
		}
	}
	return 0
}

// appendPartialIBAN keeps the country code and the last four characters:
// "GB82 WEST 1234 5698 7654 32" becomes "GB** **** **** **** **54 32".
func appendPartialIBAN(dst []byte, v string) []byte {
	n := 0
	for i := 0; i < len(v); i++ {
		if isAlnum(v[i]) {
			n++
		}
	}
	seen := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		if isAlnum(c) {
			seen++
			if seen > 2 && seen <= n-4 {
				c = '*'
			}
		}
		dst = append(dst, c)
	}
	return dst
}

// appendPartialIP keeps the network: the first three parts of an IPv4
// address ("10.1.2.***", a /24) and the first three groups of an IPv6
// address ("2001:db8:0:*:*:*:*:*", a /48), with its zone. An IPv4-mapped
// address is masked as the IPv4 address it is.
func appendPartialIP(dst []byte, v string) []byte {
	if strings.IndexByte(v, ':') < 0 {
		last := strings.LastIndexByte(v, '.')
		dst = append(dst, v[:last+1]...)
		return append(dst, "***"...)
	}
	addr, zone := v, ""
	if i := strings.IndexByte(v, '%'); i >= 0 {
		addr, zone = v[:i], v[i:]
	}
	if dot := strings.LastIndexByte(addr, '.'); dot >= 0 {
		dst = append(dst, addr[:dot+1]...)
		dst = append(dst, "***"...)
		return append(dst, zone...)
	}
	var groups [8]string
	head, tail, _ := strings.Cut(addr, "::")
	hs, ts := splitGroups(head), splitGroups(tail)
	if len(hs)+len(ts) > len(groups) {
		return appendLabel(dst, ipAddressID)
	}
	copy(groups[:], hs)
	copy(groups[8-len(ts):], ts)
	for i := range groups {
		if groups[i] == "" {
			groups[i] = "0"
		}
	}
	dst = append(dst, groups[0]...)
	dst = append(dst, ':')
	dst = append(dst, groups[1]...)
	dst = append(dst, ':')
	dst = append(dst, groups[2]...)
	dst = append(dst, ":*:*:*:*:*"...)
	return append(dst, zone...)
}

func splitGroups(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ":")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
