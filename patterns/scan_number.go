package patterns

// Card numbers and SSNs are found from the start of a digit run. The run is
// read with its group separators (a single space or dash between groups,
// the same one throughout) and then judged as a whole, so a valid-looking
// slice of a longer number, identifier or decimal is never taken.

const maxGroups = 8

type digitRun struct {
	start, end int
	digits     int
	groups     [maxGroups]uint8
	ngroups    int
	sep        byte
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
		if g <= 6 && j+1 < len(s) && (s[j] == ' ' || s[j] == '-') && isDigit(s[j+1]) && (r.sep == 0 || r.sep == s[j]) {
			r.sep = s[j]
			j++
			continue
		}
		break
	}
	r.end = j
	if r.digits > 19 {
		ok = false
	}
	return ok
}

// scanNumber examines the digit run at s[i] and returns where it ends.
// Most runs in logs (times, IPs, counts, IDs) are settled by the length of
// their first group alone, before the run is read in full.
func (e *Engine) scanNumber(dst []Finding, s string, i int) ([]Finding, int) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	switch g := j - i; {
	case g == 3 || g == 4:
		if j+1 >= len(s) || s[j] != ' ' && s[j] != '-' || !isDigit(s[j+1]) {
			return dst, j
		}
	case g < 13 || g > 19:
		return dst, j
	}
	if !leftBoundary(s, i) {
		return dst, j
	}
	var r digitRun
	if !readRun(&r, s, i) || !rightBoundary(s, r.end) {
		return dst, r.end
	}
	if e.ssn >= 0 && r.ngroups == 3 && r.groups[0] == 3 && r.groups[1] == 2 && r.groups[2] == 4 {
		if validSSN(s[r.start:r.end]) {
			d := &e.dets[e.ssn]
			return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: r.start, End: r.end}), r.end
		}
		return dst, r.end
	}
	if e.card >= 0 && r.digits >= 13 && cardGrouping(&r) && validCard(s[r.start:r.end]) {
		d := &e.dets[e.card]
		return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: r.start, End: r.end}), r.end
	}
	return dst, r.end
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
