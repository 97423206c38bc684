package patterns

// Nearly every log line carries a timestamp, and the number scanners read
// one as four to seven digit runs with separators between them, each of
// them a candidate: the date as a grouped number that is neither card,
// SSN nor phone, then the hours, minutes, seconds, fraction and offset
// one by one. A run that starts a timestamp in one of the two layouts
// logs use most (RFC 3339 and its ISO 8601 relatives, and the common log
// format of web servers) is read here as one token and skipped whole.
//
// Skipping is exact, not a guess: nothing is found inside a timestamp
// (TestTimestampSkipChangesNothing compares every finding with the runs
// read one by one). Where a timestamp holds the pair of a keyword of the
// engine, the keyword must still be looked up there: a date or time of
// day that does is left to the runs, and a fraction or zone that does
// (".0" of "v1.0-") ends the token before it. Only pairs that start with
// a separator or a month's letter need that test: the runs are skipped
// only where no keyword's pair starts with a digit
// (prefilter.digitAnchors).
//
// One reading changes, on purpose: run by run, a date with a space for
// the T after a phone word ("phone call at 2026-12-03 12:10:27") was read
// as a phone number's groups. A date followed by a time of day is a
// timestamp (TestTimestampNotPhone).

// runsOnly makes the number scanners read timestamps run by run, for the
// test that compares the two readings.
var runsOnly = false

// timestampEnd returns where the timestamp that starts at the digit run
// s[i:], whose first group of g digits ends at s[i+g], stops being read
// as a token, or -1 where no timestamp starts there. The result is the
// index of the timestamp's last byte where that byte is a letter ("Z"),
// whose pair with what follows is a candidate still to visit, and the
// index past it otherwise.
func (p *prefilter) timestampEnd(s string, i, g int) int {
	if g == 4 {
		return p.isoEnd(s, i)
	}
	return p.clfEnd(s, i)
}

// isoEnd is timestampEnd for the date and time "2006-01-02T15:04:05" at
// s[i:], with a space for the T, a fraction after a '.' or ',' and a zone
// ("Z", "+07:00", "-0700") if they follow.
func (p *prefilter) isoEnd(s string, i int) int {
	// "2006-01-02T15:04:05" is 19 bytes; s[i:i+5] is "2006-".
	if len(s)-i < 19 {
		return -1
	}
	t := s[i : i+19]
	if !isDigit(t[5]) || !isDigit(t[6]) || t[7] != '-' || !isDigit(t[8]) || !isDigit(t[9]) ||
		t[10] != 'T' && t[10] != ' ' || !isDigit(t[11]) || !isDigit(t[12]) || t[13] != ':' ||
		!isDigit(t[14]) || !isDigit(t[15]) || t[16] != ':' || !isDigit(t[17]) || !isDigit(t[18]) ||
		p.sepKey(t, 4) || p.sepKey(t, 7) || p.sepKey(t, 10) || p.sepKey(t, 13) || p.sepKey(t, 16) {
		return -1
	}
	j := i + 19
	if j+1 < len(s) && (s[j] == '.' || s[j] == ',') && isDigit(s[j+1]) {
		if p.sepKey(s, j) {
			return j // the fraction is left to the runs
		}
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k-j-1 > 9 {
			return -1 // not a fraction a clock writes
		}
		j = k
	}
	if j >= len(s) {
		return j
	}
	switch s[j] {
	case 'Z':
		return j // the Z's pair is still a candidate
	case '+', '-':
		if j+2 < len(s) && isDigit(s[j+1]) && isDigit(s[j+2]) && !p.sepKey(s, j) {
			if j+5 < len(s) && s[j+3] == ':' && isDigit(s[j+4]) && isDigit(s[j+5]) {
				if p.sepKey(s, j+3) {
					return j + 3
				}
				return j + 6
			}
			if j+4 < len(s) && isDigit(s[j+3]) && isDigit(s[j+4]) {
				return j + 5
			}
		}
	}
	return j
}

// clfEnd is timestampEnd for the common log format's time
// "02/Jan/2006:15:04:05 -0700" at s[i:].
func (p *prefilter) clfEnd(s string, i int) int {
	// "02/Jan/2006:15:04:05" is 20 bytes; s[i:i+3] is "02/".
	if len(s)-i < 20 {
		return -1
	}
	t := s[i : i+20]
	if !monthAt(t, 3) || t[6] != '/' || !isDigit(t[7]) || !isDigit(t[8]) || !isDigit(t[9]) || !isDigit(t[10]) ||
		t[11] != ':' || !isDigit(t[12]) || !isDigit(t[13]) || t[14] != ':' || !isDigit(t[15]) || !isDigit(t[16]) ||
		t[17] != ':' || !isDigit(t[18]) || !isDigit(t[19]) {
		return -1
	}
	// The month's bytes may start keywords' pairs too.
	for k := 2; k < 7; k++ {
		if p.bucket[uint16(t[k])<<8|uint16(t[k+1])] != 0 {
			return -1
		}
	}
	if p.sepKey(t, 11) || p.sepKey(t, 14) || p.sepKey(t, 17) {
		return -1
	}
	j := i + 20
	if j+5 < len(s) && s[j] == ' ' && (s[j+1] == '+' || s[j+1] == '-') &&
		isDigit(s[j+2]) && isDigit(s[j+3]) && isDigit(s[j+4]) && isDigit(s[j+5]) &&
		p.bucket[uint16(s[j])<<8|uint16(s[j+1])] == 0 && !p.sepKey(s, j+1) {
		j += 6
	}
	return j
}

// sepKey reports whether the pair at s[k], a separator and the digit
// after it, is a keyword's pair.
func (p *prefilter) sepKey(s string, k int) bool {
	return p.tsKeys[s[k]]>>(s[k+1]&15)&1 != 0
}

// monthAt reports whether s[i:] starts with an English month's
// abbreviation, as the common log format writes it.
func monthAt(s string, i int) bool {
	switch s[i : i+3] {
	case "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec":
		return true
	}
	return false
}

// noteTimestampKeys makes tsKeys: bit d of tsKeys[c] is set where the
// pair of c and the digit d is a keyword's.
func (p *prefilter) noteTimestampKeys() {
	for c := range 256 {
		for d := byte('0'); d <= '9'; d++ {
			if p.bucket[uint16(c)<<8|uint16(d)] != 0 {
				p.tsKeys[c] |= 1 << (d & 15)
			}
		}
	}
}
