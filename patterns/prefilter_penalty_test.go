package patterns

import "testing"

// TestPairPenaltySet checks the bit set of common pairs against the list
// it is built from, for every pair of bytes.
func TestPairPenaltySet(t *testing.T) {
	listed := func(a, b byte) bool {
		for i := 0; i+1 < len(commonPairs); i += 3 {
			if commonPairs[i] == a && commonPairs[i+1] == b {
				return true
			}
		}
		return false
	}
	n := 0
	for a := range 256 {
		for b := range 256 {
			if got, want := commonPairSet[(a<<8|b)>>6]>>((a<<8|b)&63)&1 != 0, listed(byte(a), byte(b)); got != want {
				t.Fatalf("pair %q: in the set %v, in commonPairs %v", []byte{byte(a), byte(b)}, got, want)
			}
		}
	}
	for _, tc := range []struct {
		a, b byte
		fold bool
		want int
	}{{'t', 'h', false, 8}, {'T', 'h', false, 1}, {'T', 'H', true, 8}, {'a', 'f', false, 3}, {'q', 'x', false, 1}, {'v', '1', false, 8}} {
		if got := pairPenalty(tc.a, tc.b, tc.fold); got != tc.want {
			t.Errorf("pairPenalty(%q, %q, %v) = %d, want %d", tc.a, tc.b, tc.fold, got, tc.want)
		}
		n++
	}
}
