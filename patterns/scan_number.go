package patterns

// Card numbers and SSNs are found from the start of a digit run. The run is
// read with its group separators (a space, dash, dot, slash or no-break
// space between groups, the same one throughout) and then judged as a
// whole, so a valid-looking slice of a longer number, identifier or
// decimal is never taken. Runs written in other Unicode digits
// ("４１１１…") are read by scan_wide.go into the same form.

const maxGroups = 8

type digitRun struct {
	start, end int
	digits     int
	groups     [maxGroups]uint8
	ngroups    int
	// sep is the first byte of the separator between groups, which
	// tells every separator of readRun apart.
	sep byte
}

// groupSep returns the separator between digit groups at s[j], or "":
// one of the bytes people type between groups, or a no-break space
// (U+00A0, U+202F) that formatters put there.
func groupSep(s string, j int) string {
	if j >= len(s) {
		return ""
	}
	switch s[j] {
	case ' ', '-', '.', '/':
		return s[j : j+1]
	default:
		if s[j] < 0xC2 {
			return ""
		}
		return wideGroupSep(s, j)
	}
}

// wideGroupSep is groupSep for the no-break spaces.
func wideGroupSep(s string, j int) string {
	switch s[j] {
	case 0xC2:
		if j+1 < len(s) && s[j+1] == 0xA0 {
			return s[j : j+2]
		}
	case 0xE2:
		if j+2 < len(s) && s[j+1] == 0x80 && s[j+2] == 0xAF {
			return s[j : j+3]
		}
	}
	return ""
}

// readRun reads the grouped digit run starting at s[i]; ok is false when
// it is too long to be a card or SSN.
func readRun(r *digitRun, s string, i int) (ok bool) {
	r.start = i
	j := i
	ok = true
	for {
		g := 0
		for j < len(s) && isDigit(s[j]) {
			j++
			g++
		}
		r.digits += g
		if r.ngroups < maxGroups {
			r.groups[r.ngroups] = uint8(min(g, 255))
		} else {
			ok = false
		}
		r.ngroups++
		// Printed groups are at most six digits long: after a longer
		// one the next digits are another number, not a group.
		if g <= 6 && j+1 < len(s) {
			n := 0
			if c := s[j]; c == ' ' || c == '-' || c == '.' || c == '/' {
				n = 1
			} else if c >= 0xC2 {
				n = len(wideGroupSep(s, j))
			}
			if n > 0 && j+n < len(s) && isDigit(s[j+n]) && (r.sep == 0 || r.sep == s[j]) {
				r.sep = s[j]
				j += n
				continue
			}
		}
		break
	}
	r.end = j
	if r.digits > 19 {
		ok = false
	}
	return ok
}

// scanNumber examines the digit run at s[i] and returns where it ends:
// first as a card number or SSN, then as a phone number or an IP address.
// Most runs in logs (times, IPs, counts, IDs) are settled by the length
// of their first group alone, before the run is read in full.
func (e *Engine) scanNumber(dst []Finding, s string, i int) ([]Finding, int) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	g := j - i
	if j < len(s) && (g == 4 && s[j] == '-' || g == 2 && s[j] == '/') && !runsOnly {
		// Perhaps a timestamp, read whole.
		if end := e.pf.timestampEnd(s, i, g); end >= 0 {
			return dst, end
		}
	}
	// Most runs are short and end in a byte that nothing continues
	// them with: "200,", "5321}", "12:".
	if g < minPhoneDigits && (j >= len(s) || !runSepBytes[s[j]]) {
		return dst, j
	}
	switch {
	case g == 3 || g == 4:
		// The second group of a card or SSN has two digits or more.
		if j+2 >= len(s) {
			if !e.mayGoOn(s, i, j) {
				return dst, j
			}
			return e.numberTail(dst, s, i, j)
		}
		if c := s[j]; c == ' ' || c == '-' || c == '.' || c == '/' {
			if !isDigit(s[j+1]) || !isDigit(s[j+2]) {
				if !e.mayGoOn(s, i, j) {
					return dst, j
				}
				return e.numberTail(dst, s, i, j)
			}
		} else if sep := groupSep(s, j); sep == "" || j+len(sep) >= len(s) || !isDigit(s[j+len(sep)]) {
			if !e.mayGoOn(s, i, j) {
				return dst, j
			}
			return e.numberTail(dst, s, i, j)
		}
	case g == 1 && j+1 < len(s) && s[j] == '.':
		// "4.111111111111111e+15": a card number logged as a float.
		if e.card >= 0 && leftBoundary(s, i) {
			if end, ok := cardFloat(s, i); ok && !cardExcluded(s, i) {
				d := &e.dets[e.card]
				return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: i, End: end}), end
			}
		}
		if !e.mayGoOn(s, i, j) {
			return dst, j
		}
		return e.numberTail(dst, s, i, j)
	case g < 13 || g > 19:
		if !e.mayGoOn(s, i, j) {
			return dst, j
		}
		return e.numberTail(dst, s, i, j)
	}
	if !leftBoundary(s, i) {
		if !e.mayGoOn(s, i, j) {
			return dst, j
		}
		return e.numberTail(dst, s, i, j)
	}
	var r digitRun
	if !readRun(&r, s, i) {
		if !e.mayGoOn(s, i, r.end) {
			return dst, r.end
		}
		return e.numberTail(dst, s, i, r.end)
	}
	end := r.end
	if !rightBoundary(s, end) {
		// "4111111111111111.0": the same float, written in full.
		if e.card < 0 || r.ngroups != 1 || s[end] != '.' {
			if !e.mayGoOn(s, i, end) {
				return dst, end
			}
			return e.numberTail(dst, s, i, end)
		}
		k := end + 1
		for k < len(s) && s[k] == '0' {
			k++
		}
		if k == end+1 || !rightBoundary(s, k) {
			if !e.mayGoOn(s, i, end) {
				return dst, end
			}
			return e.numberTail(dst, s, i, end)
		}
		end = k
	}
	if e.ssn >= 0 && r.ngroups == 3 && r.groups[0] == 3 && r.groups[1] == 2 && r.groups[2] == 4 && r.sep != '/' {
		if validSSN(s[r.start:r.end]) {
			d := &e.dets[e.ssn]
			return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: r.start, End: r.end}), r.end
		}
		if !e.mayGoOn(s, i, r.end) {
			return dst, r.end
		}
		return e.numberTail(dst, s, i, r.end)
	}
	if e.card >= 0 && r.digits >= 13 && cardGrouping(&r) && validCard(s[r.start:r.end]) && !cardExcluded(s, r.start) {
		d := &e.dets[e.card]
		return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: r.start, End: end}), end
	}
	if !e.mayGoOn(s, i, end) {
		return dst, end
	}
	return e.numberTail(dst, s, i, end)
}

// mayGoOn reports whether the run s[i:end], neither a card nor an SSN, is
// still to be looked at by the phone and IP scanners: a phone number has
// more digits, and a phone number or an address goes on after a separator.
func (e *Engine) mayGoOn(s string, i, end int) bool {
	// Both indices are -1 only when both scanners are off.
	return e.phone&e.ip >= 0 && (end-i >= minPhoneDigits || phoneContinues(s, end))
}

// groupAfter tells, for the phone scanner alone, a separator between the
// groups of a number from the ends of other things: a ')' closes the
// area code only after a '(' ("(415) 867-5309", not "int=2839) ok"), and
// the groups of a number after a '.' have two digits or more ("415.867",
// not "duration_ms=497.5").
func (e *Engine) groupAfter(s string, i, end int) bool {
	if e.ip >= 0 {
		return true
	}
	switch s[end] {
	case ')':
		return i > 0 && s[i-1] == '('
	case '.':
		return end+2 < len(s) && isDigit(s[end+2])
	}
	return true
}

// numberTail hands a run that mayGoOn on to the phone and IP scanners.
func (e *Engine) numberTail(dst []Finding, s string, i, end int) ([]Finding, int) {
	if end-i < minPhoneDigits && !e.groupAfter(s, i, end) {
		return dst, end
	}
	// A national phone number needs a word before it, or a call
	// prefix ("00 44 ..."), and most runs have neither.
	if e.ip < 0 && (end < len(s) && isAlnum(s[end]) || s[i] != '0' && !wordMayPrecede(s, i)) {
		return dst, end
	}
	return e.scanNumberMore(dst, s, i, end)
}

// runSepBytes start what may continue a digit run: the separators of
// cards, SSNs and phone numbers and a phone number's ')'.
var runSepBytes = [256]bool{' ': true, '-': true, '.': true, '/': true, ')': true, 0xC2: true, 0xE2: true}

// leftBoundary and rightBoundary reject runs that continue an identifier,
// a path segment, a decimal or a longer grouped number.
func leftBoundary(s string, start int) bool {
	if start > 0 {
		p := s[start-1]
		if isAlnum(p) || p == '_' || p == '/' || p == '.' || p == '+' {
			return false
		}
		if (p == '-' || p == ',' || p == ':') && start > 1 && isDigit(s[start-2]) {
			return false
		}
	}
	return true
}

func rightBoundary(s string, end int) bool {
	if end < len(s) {
		c := s[end]
		if isAlnum(c) || c == '_' {
			return false
		}
		if (c == '.' || c == ',' || c == '-' || c == ':' || c == '/') && end+1 < len(s) && isDigit(s[end+1]) {
			return false
		}
	}
	return true
}
