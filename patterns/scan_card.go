package patterns

// A card number is 13 to 19 digits, Luhn-valid and in a real issuer's
// range. Requiring the issuer range as well as Luhn is what keeps random
// order numbers and IDs (one in ten of which pass Luhn) intact.

// cardGrouping accepts a bare run or the groupings printed on cards:
// fours (the last group may be shorter), Amex 4-6-5 and Diners 4-6-4.
func cardGrouping(r *digitRun) bool {
	if r.ngroups == 1 {
		return true
	}
	g := r.groups[:r.ngroups]
	if len(g) == 3 && g[0] == 4 && g[1] == 6 && (g[2] == 5 || g[2] == 4) {
		return true
	}
	for i, n := range g {
		if i < len(g)-1 && n != 4 || n == 0 || n > 4 {
			return false
		}
	}
	return true
}

// validCard runs Luhn and the issuer check over the digits of v, ignoring
// separators.
func validCard(v string) bool {
	n, prefix, sum := 0, 0, 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			if n < 6 {
				prefix = prefix*10 + int(v[i]-'0')
			}
			n++
		}
	}
	if n < 13 || n > 19 {
		return false
	}
	double := false
	for i := len(v) - 1; i >= 0; i-- {
		c := v[i]
		if !isDigit(c) {
			continue
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0 && cardIssuer(prefix, n)
}

// cardIssuer checks the first six digits and the length against the
// published ranges.
func cardIssuer(p6, n int) bool {
	p1, p2, p3, p4 := p6/100000, p6/10000, p6/1000, p6/100
	switch {
	case p1 == 4: // Visa
		return n == 13 || n == 16 || n == 19
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720: // Mastercard
		return n == 16
	case p2 == 34 || p2 == 37: // American Express
		return n == 15
	case p4 == 6011, p3 >= 644 && p3 <= 649, p2 == 65, p6 >= 622126 && p6 <= 622925: // Discover
		return n >= 16 && n <= 19
	case p4 >= 3528 && p4 <= 3589: // JCB
		return n >= 16 && n <= 19
	case p3 >= 300 && p3 <= 305, p4 == 3095, p2 == 36, p2 == 38, p2 == 39: // Diners Club
		return n >= 14 && n <= 19
	case p2 == 62: // UnionPay
		return n >= 16 && n <= 19
	case p4 == 5018, p4 == 5020, p4 == 5038, p4 == 5893, p4 == 6304, p4 == 6759,
		p4 == 6761, p4 == 6762, p4 == 6763, p2 == 50, p2 >= 56 && p2 <= 58, p2 == 67: // Maestro
		return n >= 13 && n <= 19
	}
	return false
}
