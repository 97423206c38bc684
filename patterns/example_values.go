package patterns

import (
	"hash/fnv"
	"strconv"
)

// Example values are built at run time from a format, never written out
// whole, so that code-hosting secret scanners do not flag this repository
// and no example can be a live credential.

// Character sets for fake token bodies.
const (
	charsAlnum     = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	charsUpperNum  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	charsLowerNum  = "abcdefghijklmnopqrstuvwxyz0123456789"
	charsHex       = "0123456789abcdef"
	charsBase64    = charsAlnum + "+/"
	charsBase64URL = charsAlnum + "-_"
)

// fake returns n characters from charset, determined by seed, so that every
// run of the tests sees the same vectors.
func fake(charset string, n int, seed string) string {
	h := fnv.New64a()
	h.Write([]byte(seed))
	x := h.Sum64() | 1
	b := make([]byte, n)
	for i := range b {
		// xorshift64*: cheap, deterministic, well spread.
		x ^= x >> 12
		x ^= x << 25
		x ^= x >> 27
		b[i] = charset[(x*2685821657736338717)>>33%uint64(len(charset))]
	}
	return string(b)
}

// withLuhn appends the Luhn check digit to the digits in p.
func withLuhn(p string) string {
	sum, double := 0, true
	for i := len(p) - 1; i >= 0; i-- {
		d := int(p[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return p + strconv.Itoa((10-sum%10)%10)
}
