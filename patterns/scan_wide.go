package patterns

import (
	"unicode"
	"unicode/utf8"
)

// Card numbers and SSNs written in other Unicode decimal digits: fullwidth
// ("４１１１ １１１１ １１１１ １１１１", as CJK input methods type them),
// Arabic-Indic, Devanagari and the rest of Unicode's Nd class. The run is
// read into ASCII digits, with the separators of scan_number.go plus their
// fullwidth and ideographic forms, and judged by the same rules.

// wideSep returns the length of a group separator at s[j], ASCII or not.
func wideSep(s string, j int) int {
	if sep := groupSep(s, j); sep != "" {
		return len(sep)
	}
	if j+2 < len(s) {
		switch s[j : j+3] {
		case "\u3000", "\uff0d", "\uff0e", "\uff0f": // ideographic space, fullwidth - . /
			return 3
		}
	}
	return 0
}

// digitValue returns the value of the decimal digit r, or -1. Unicode
// encodes each script's digits as a run of ten from zero; runs of runs
// (the mathematical digits) keep that order.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if !unicode.IsDigit(r) {
		return -1
	}
	lo := r
	for r-lo < 60 && unicode.IsDigit(lo-1) {
		lo--
	}
	return int(r-lo) % 10
}

// scanWideNumber examines the non-ASCII digit that starts at s[i].
func (e *Engine) scanWideNumber(dst []Finding, s string, i int) []Finding {
	r, _ := utf8.DecodeRuneInString(s[i:])
	if r < utf8.RuneSelf || digitValue(r) < 0 {
		return dst
	}
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(p) || unicode.IsDigit(p) || p == '_' || p == '.' || p == '/' || p == '+' {
			return dst
		}
	}
	var digits [19]byte
	var run digitRun
	run.start = i
	n, j, sep := 0, i, ""
	for {
		g := 0
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			v := digitValue(r)
			if v < 0 {
				break
			}
			if n == len(digits) {
				return dst
			}
			digits[n] = byte('0' + v)
			n++
			g++
			j += w
		}
		if run.ngroups == maxGroups {
			return dst
		}
		run.groups[run.ngroups] = uint8(g)
		run.ngroups++
		w := wideSep(s, j)
		if w == 0 || g > 6 || j+w >= len(s) {
			break
		}
		if next, _ := utf8.DecodeRuneInString(s[j+w:]); digitValue(next) < 0 || sep != "" && sep != s[j:j+w] {
			break
		}
		sep = s[j : j+w]
		j += w
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			return dst
		}
	}
	run.digits, run.end = n, j
	v := string(digits[:n])
	switch {
	case e.ssn >= 0 && run.ngroups == 3 && run.groups[0] == 3 && run.groups[1] == 2 && run.groups[2] == 4 && sep != "/":
		if validSSN(v) {
			d := &e.dets[e.ssn]
			dst = append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: i, End: j})
		}
	case e.card >= 0 && n >= 13 && cardGrouping(&run) && validCard(v) && !cardExcluded(s, i):
		d := &e.dets[e.card]
		dst = append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: i, End: j})
	}
	return dst
}
