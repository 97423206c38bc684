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
	sep        string
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
		if g <= 6 {
			if sep := groupSep(s, j); sep != "" && j+len(sep) < len(s) && isDigit(s[j+len(sep)]) && (r.sep == "" || r.sep == sep) {
				r.sep = sep
				j += len(sep)
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
func (e *Engine) scanNumber(dst []Finding, s string, i int) ([]Finding, int) {
	n := len(dst)
	dst, end := e.scanCardSSN(dst, s, i)
	if len(dst) > n || e.phone < 0 && e.ip < 0 {
		return dst, end
	}
	return e.scanNumberMore(dst, s, i, end)
}

// scanCardSSN judges the run at s[i] as a card number or an SSN. Most
// runs in logs (times, IPs, counts, IDs) are settled by the length of
// their first group alone, before the run is read in full.
func (e *Engine) scanCardSSN(dst []Finding, s string, i int) ([]Finding, int) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	switch g := j - i; {
	case g == 3 || g == 4:
		if sep := groupSep(s, j); sep == "" || j+len(sep) >= len(s) || !isDigit(s[j+len(sep)]) {
			return dst, j
		}
	case g == 1 && j+1 < len(s) && s[j] == '.':
		// "4.111111111111111e+15": a card number logged as a float.
		if e.card >= 0 && leftBoundary(s, i) {
			if end, ok := cardFloat(s, i); ok && !cardExcluded(s, i) {
				d := &e.dets[e.card]
				return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: i, End: end}), end
			}
		}
		return dst, j
	case g < 13 || g > 19:
		return dst, j
	}
	if !leftBoundary(s, i) {
		return dst, j
	}
	var r digitRun
	if !readRun(&r, s, i) {
		return dst, r.end
	}
	end := r.end
	if !rightBoundary(s, end) {
		// "4111111111111111.0": the same float, written in full.
		if e.card < 0 || r.ngroups != 1 || s[end] != '.' {
			return dst, end
		}
		k := end + 1
		for k < len(s) && s[k] == '0' {
			k++
		}
		if k == end+1 || !rightBoundary(s, k) {
			return dst, end
		}
		end = k
	}
	if e.ssn >= 0 && r.ngroups == 3 && r.groups[0] == 3 && r.groups[1] == 2 && r.groups[2] == 4 && r.sep != "/" {
		if validSSN(s[r.start:r.end]) {
			d := &e.dets[e.ssn]
			return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: r.start, End: r.end}), r.end
		}
		return dst, r.end
	}
	if e.card >= 0 && r.digits >= 13 && cardGrouping(&r) && validCard(s[r.start:r.end]) && !cardExcluded(s, r.start) {
		d := &e.dets[e.card]
		return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: r.start, End: end}), end
	}
	return dst, end
}

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
