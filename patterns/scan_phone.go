package patterns

// Phone numbers are found three ways, each followed by the numbering-plan
// check of phone_plan.go:
//
//   - international: a '+' and a calling code ("+44 20 7946 0958",
//     "+1 (415) 867-5309", "+14158675309", "tel:+1-415-867-5309"), or the
//     "00" and "011" call prefixes when a separator sets the calling code
//     apart ("0044 20 7946 0958", "011 44 20 7946 0958");
//   - national, only after a word that says so ("call 020 7946 0958",
//     "phone=07700 900123", `"mobile":"(415) 867-5309"`, "Tel.", "SMS
//     to"): see phone_words.go;
//   - any of these as the value of a field whose key names a phone
//     ("phone", "customer_phone", "phoneNumber", "msisdn"), where the
//     digits may also be a calling code and number without the '+'
//     ("447700900123").
//
// Digit runs with no such signal are never phones: counts, IDs, epochs,
// prices, ports, versions and dates have the same digits.

const (
	maxPhoneDigits = 17
	maxPhoneGroups = 8
	// minPhoneDigits is the fewest digits of a number looked at: shorter
	// ones exist (Niue's have 4 after +683) but are too like counts.
	minPhoneDigits = 7
	// maxPhoneField bounds a field value read as a phone number under
	// a phone key.
	maxPhoneField = 64
)

// phoneRun is a number as written: groups of digits with separators and
// parentheses between them.
type phoneRun struct {
	start, end int
	digits     [maxPhoneDigits]byte
	n          int
	groups     int
	groupEnd   [maxPhoneGroups]int // where each group ends in s
	groupN     [maxPhoneGroups]int // digits up to the end of each group
	groupLen   [maxPhoneGroups]int
	sep        byte // the separator between the first groups, or 0
	mixed      bool // separators differ
}

// phoneSep returns the length of a separator between the groups of a
// phone number at s[j]: a space, dash, dot, slash or no-break space.
func phoneSep(s string, j int) int {
	if j >= len(s) {
		return 0
	}
	switch s[j] {
	case ' ', '-', '.', '/':
		return 1
	case 0xC2:
		if j+1 < len(s) && s[j+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

// readPhone reads the groups of a number starting at s[i], a digit or a
// '(' before one. It stops before anything that cannot continue a number,
// such as an extension ("x12", "ext. 12").
func readPhone(r *phoneRun, s string, i int) bool {
	r.start = i
	j := i
	for {
		open := j < len(s) && s[j] == '('
		if open {
			j++
		}
		g := 0
		for j < len(s) && isDigit(s[j]) {
			if r.n == maxPhoneDigits {
				return false
			}
			r.digits[r.n] = s[j]
			r.n++
			j++
			g++
		}
		if g == 0 || open && (j >= len(s) || s[j] != ')') {
			if r.groups == 0 {
				return false
			}
			// "... 0958 (home)": the number ended before.
			r.n = r.groupN[r.groups-1]
			break
		}
		if open {
			j++
		}
		if r.groups == maxPhoneGroups {
			return false
		}
		r.groupEnd[r.groups], r.groupN[r.groups], r.groupLen[r.groups] = j, r.n, g
		r.groups++
		if open && j < len(s) && isDigit(s[j]) {
			continue // "(0)20 7946 0958", "(415)867-5309"
		}
		n := phoneSep(s, j)
		if n == 0 || j+n >= len(s) || !isDigit(s[j+n]) && s[j+n] != '(' {
			break
		}
		switch c := s[j]; {
		case r.sep == 0:
			r.sep = c
		case r.sep != c:
			r.mixed = true
		}
		j += n
	}
	// A last group of one digit, or of two after a longer group, is not
	// how anyone groups a number: "020 7946 0958 3 times".
	if g := r.groups; g > 1 && (r.groupLen[g-1] == 1 || r.groupLen[g-1] == 2 && r.groupLen[g-2] > 3) {
		r.groups--
		r.n = r.groupN[g-2]
	}
	r.end = r.groupEnd[r.groups-1]
	return true
}

// phoneBoundary reports whether a number may end at s[end]: not inside a
// word, a decimal or a longer number.
func phoneBoundary(s string, end int) bool {
	if end >= len(s) {
		return true
	}
	c := s[end]
	if isAlnum(c) || c == '_' || c == '@' {
		return false
	}
	return !((c == '.' || c == ',' || c == ':' || c == '-') && end+1 < len(s) && isDigit(s[end+1]))
}

// nationalShape rejects runs that are written like something else than a
// phone number: dates ("2026-11-30", "30.11.2026"), IPv4 addresses and
// versions ("10.1.2.3"), decimals ("1234567.89").
func (r *phoneRun) nationalShape() bool {
	if r.sep == '.' && (r.groups == 2 || r.groups == 4 && r.groupLen[0] <= 3 && r.groupLen[1] <= 3 && r.groupLen[2] <= 3 && r.groupLen[3] <= 3) {
		return false
	}
	if r.groups == 3 && !r.mixed && r.sep != ' ' {
		a, b, c := r.groupLen[0], r.groupLen[1], r.groupLen[2]
		if a == 4 && b == 2 && c == 2 || a == 2 && b == 2 && c == 4 || a == 2 && b == 2 && c == 2 {
			return false
		}
	}
	return true
}

// scanPhonePlus examines the '+' at s[i].
func (e *Engine) scanPhonePlus(dst []Finding, s string, i int) []Finding {
	if s[i+1] == '0' {
		return dst // no calling code starts with 0: "+0000", "+05:30"
	}
	if i > 0 {
		// Not a sum, an exponent ("1e+15") or a version ("1.0+build").
		if p := s[i-1]; isAlnum(p) || p == '_' || p == '+' || p == '.' || p == '-' || p == '%' {
			return dst
		}
	}
	var r phoneRun
	if !readPhone(&r, s, i+1) {
		return dst
	}
	for g := r.groups; g > 0; g-- {
		n, end := r.groupN[g-1], r.groupEnd[g-1]
		if n < minPhoneDigits {
			break
		}
		if !phoneBoundary(s, end) {
			continue
		}
		if validIntlDigits(r.digits, n) {
			d := &e.dets[e.phone]
			return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: i, End: end})
		}
	}
	return dst
}

// validIntlDigits and validNationalDigits check the first n digits of d.
// The string they build is only made for a candidate, never for clean
// text.
func validIntlDigits(d [maxPhoneDigits]byte, n int) bool {
	_, ok := validIntlPhone(string(d[:n]))
	return ok
}

func validNationalDigits(d [maxPhoneDigits]byte, n int) bool {
	return validNationalPhone(string(d[:n]))
}

// validNANPDigits checks a North American number of ten digits, or eleven
// after its trunk prefix 1.
func validNANPDigits(d [maxPhoneDigits]byte, n int) bool {
	from := 0
	if n == 11 && d[0] == '1' {
		from = 1
	}
	if n-from != 10 {
		return false
	}
	return plans().validNSN(1, string(d[from:n]))
}

// scanNumberMore examines the digit run s[i:end] that is neither a card
// nor an SSN as an IP address, then as a phone number.
func (e *Engine) scanNumberMore(dst []Finding, s string, i, end int) ([]Finding, int) {
	if e.ip >= 0 {
		n := len(dst)
		if dst = e.scanIPv4At(dst, s, i); len(dst) > n {
			return dst, max(end, dst[len(dst)-1].End)
		}
	}
	if e.phone >= 0 {
		n := len(dst)
		if dst = e.scanNationalAt(dst, s, i, false); len(dst) > n {
			return dst, max(end, dst[len(dst)-1].End)
		}
	}
	return dst, end
}

// scanNationalAt examines the digit run at s[i] as a phone number written
// without a '+'. keyed is set for the value of a phone-named field, which
// needs no context word.
func (e *Engine) scanNationalAt(dst []Finding, s string, i int, keyed bool) []Finding {
	start := i
	if i > 0 && s[i-1] == '(' {
		start = i - 1
	}
	idd := iddLen(s, i)
	// Most runs have no word before them, or are short numbers (a count,
	// a time, an IP address, a decimal): settle them before any word is
	// read.
	if !keyed && idd == 0 && !wordMayPrecede(s, start) || !leftBoundary(s, start) {
		return dst
	}
	ctx := phoneKeyContext
	if !keyed {
		ctx = phoneContextBefore(s, start)
	}
	// The word before a long number is seldom a phone word ("ts",
	// "order_id"): it is settled before the run is read for its shape.
	if ctx == noPhoneContext && idd == 0 || !phoneShaped(s, i) {
		return dst
	}
	var r phoneRun
	if !readPhone(&r, s, start) || r.n < minPhoneDigits {
		return dst
	}
	if idd > 0 {
		// "0044 20 7946 0958" or "011 44 20 7946 0958": the call
		// prefix must be set apart from the number by a separator
		// after it or after the calling code, unless a context word or
		// key says what the digits are.
		if ctx == noPhoneContext && !iddGrouped(s, &r, idd) {
			return dst
		}
		for g := r.groups; g > 0; g-- {
			n, end := r.groupN[g-1], r.groupEnd[g-1]
			if n-idd < minPhoneDigits {
				break
			}
			if phoneBoundary(s, end) && validIntlDigitsFrom(r.digits, idd, n) {
				d := &e.dets[e.phone]
				return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: start, End: end})
			}
		}
		return dst
	}
	if !r.nationalShape() {
		return dst
	}
	for g := r.groups; g > 0; g-- {
		n, end := r.groupN[g-1], r.groupEnd[g-1]
		if n < minPhoneDigits {
			break
		}
		if !phoneBoundary(s, end) {
			continue
		}
		if ctx == phoneWordContext && g == 1 && start == i {
			// After a word in a sentence ("call 1700000000 ms") digits
			// written in one piece are a phone number only in the
			// forms people dial: with the trunk prefix 0, or as a
			// North American number.
			if !(r.digits[0] == '0' && r.digits[1] != '0' && validNationalDigits(r.digits, n)) && !validNANPDigits(r.digits, n) {
				continue
			}
		} else if !validNationalDigits(r.digits, n) && !(ctx == phoneKeyContext && validIntlDigits(r.digits, n)) {
			// Under a phone key "447700900123" may also be a calling
			// code and number written without the '+'.
			continue
		}
		d := &e.dets[e.phone]
		return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: start, End: end})
	}
	return dst
}

// phoneContinues reports whether a number may go on at s[end]: a
// separator, then a digit or a parenthesis.
func phoneContinues(s string, end int) bool {
	return end+1 < len(s) && phoneSepBytes[s[end]] && phoneNextBytes[s[end+1]]
}

var (
	phoneSepBytes  = [256]bool{' ': true, '-': true, '.': true, '/': true, ')': true, 0xC2: true}
	phoneNextBytes = [256]bool{'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true, '(': true, ' ': true, 0xA0: true}
)

// phoneShaped reports whether the run of digits, separators and
// parentheses that starts at s[i] holds the fewest digits a phone number
// has and does not run into a word ("2026-11-30T09:39:28Z").
func phoneShaped(s string, i int) bool {
	d := 0
	j := i
	for j < len(s) && j-i < 48 {
		c := s[j]
		switch {
		case isDigit(c):
			d++
			j++
		case c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')':
			j++
		case c == 0xC2 && j+1 < len(s) && s[j+1] == 0xA0:
			j += 2
		default:
			intoWord := (isAlnum(c) || c == '_') && isDigit(s[j-1])
			return d >= minPhoneDigits && !intoWord || d >= 2*minPhoneDigits
		}
	}
	return d >= minPhoneDigits
}

// iddLen returns the length of an international call prefix that starts
// the run at s[i]: "00" (most of the world) or "011" (North America).
func iddLen(s string, i int) int {
	if i+2 < len(s) && s[i] == '0' && s[i+1] == '0' && s[i+2] != '0' {
		return 2
	}
	if i+3 < len(s) && s[i] == '0' && s[i+1] == '1' && s[i+2] == '1' && s[i+3] != '0' {
		return 3
	}
	return 0
}

// iddGrouped reports whether the number is written as one dialled from
// abroad, with the call prefix set apart: "00 44 20 ...", "0044 20 ...",
// "011 44 20 ...", in three groups or more, and not as the continuation of
// digits before it ("081110 011352 5321" is a date, a time and a count).
func iddGrouped(s string, r *phoneRun, idd int) bool {
	if r.groups < 3 || r.start > 1 && phoneSep(s, r.start-1) == 1 && isDigit(s[r.start-2]) {
		return false
	}
	first := r.groupLen[0]
	if first == idd {
		return true
	}
	cc := callingCodeLen(string(r.digits[idd:min(r.n, idd+3)]))
	return idd == 2 && cc > 0 && first == idd+cc
}

func validIntlDigitsFrom(d [maxPhoneDigits]byte, from, n int) bool {
	_, ok := validIntlPhone(string(d[from:n]))
	return ok
}

// scanKeyedPhones finds phone numbers written without a '+' in the value
// s of a field whose key names a phone: every digit run that starts a
// word is a candidate, context word or not.
func (e *Engine) scanKeyedPhones(dst []Finding, s string, first bool) []Finding {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && (isDigit(s[i-1]) || !leftBoundary(s, i) && s[i-1] != '(') {
			continue
		}
		n := len(dst)
		dst = e.scanNationalAt(dst, s, i, true)
		if len(dst) > n {
			if first {
				return dst
			}
			i = dst[len(dst)-1].End - 1
		}
	}
	return dst
}

// minPhoneInt is the smallest integer with minPhoneDigits digits.
const minPhoneInt = 1_000_000

// phoneDigits judges an integer logged under key, formatted as digits, as
// a phone number: under a phone key, "4158675309" or "447700900123".
func (e *Engine) phoneDigits(key, digits string) (Finding, bool) {
	if len(digits) < minPhoneDigits || len(digits) > maxPhoneDigits || digits[0] == '-' || !e.phoneField(key) {
		return Finding{}, false
	}
	var arr [1]Finding
	if fs := e.scanKeyedPhones(arr[:0], digits, true); len(fs) == 1 && fs[0].Start == 0 && fs[0].End == len(digits) {
		return fs[0], true
	}
	return Finding{}, false
}
