package patterns

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestValidCardLuhn compares validCard's one-pass checksum with Luhn
// read from the last digit, on numbers of every length around a card's,
// with separators, and on the issuers' ranges.
func TestValidCardLuhn(t *testing.T) {
	luhn := func(v string) bool {
		sum, double := 0, false
		for i := len(v) - 1; i >= 0; i-- {
			if !isDigit(v[i]) {
				continue
			}
			d := int(v[i] - '0')
			if double {
				if d *= 2; d > 9 {
					d -= 9
				}
			}
			sum += d
			double = !double
		}
		return sum%10 == 0
	}
	r := rand.New(rand.NewPCG(5, 8))
	valid := 0
	for range 200000 {
		var b strings.Builder
		n := 11 + r.IntN(11)
		b.WriteByte("1234564"[r.IntN(7)])
		for k := 1; k < n; k++ {
			if r.IntN(5) == 0 {
				b.WriteByte(" -"[r.IntN(2)])
			}
			b.WriteByte(byte('0' + r.IntN(10)))
		}
		v := b.String()
		digits := strings.Count(v, "") - 1 - strings.Count(v, " ") - strings.Count(v, "-")
		p := prefixOf(v)
		want := digits >= 13 && digits <= 19 && luhn(v) && cardIssuer(p, digits)
		if got := validCard(v); got != want {
			t.Fatalf("validCard(%q) = %v, want %v", v, got, want)
		}
		if want {
			valid++
		}
	}
	if valid < 1000 {
		t.Fatalf("only %d valid numbers: the test reads too few", valid)
	}
}

// prefixOf returns the number the first six digits of v spell.
func prefixOf(v string) int {
	p, n := 0, 0
	for i := 0; i < len(v) && n < 6; i++ {
		if isDigit(v[i]) {
			p = p*10 + int(v[i]-'0')
			n++
		}
	}
	return p
}
