package jsonredact

import (
	"math/rand/v2"
	"testing"

	"github.com/logredact/logredact/internal/stops"
)

// TestQuickMarksEnd compares end and endNear, at every position of random
// lines of every length up to maxQuick, with a byte-at-a-time reading:
// the quote that closes the string, or -1 where an escape or a control
// byte comes first or the line ends. The lines are marked over the marks
// of a longer line, as a pooled walker's are, so that stale words past the
// line are read too.
func TestQuickMarksEnd(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	const alphabet = `ab"\` + "\x01 :,"
	var m quickMarks
	stale := make([]byte, maxQuick)
	for i := range stale {
		stale[i] = '"'
	}
	for round := range 600 {
		n := rng.IntN(maxQuick + 1)
		if round%3 == 0 {
			n = rng.IntN(80)
		}
		src := make([]byte, n)
		for i := range src {
			src[i] = 'a'
			if rng.IntN(6) == 0 {
				src[i] = alphabet[rng.IntN(len(alphabet))]
			}
		}
		stops.Mark(m.stop[:], m.quote[:], stale)
		stops.Mark(m.stop[:], m.quote[:], src)
		for i := 0; i <= n; i++ {
			want := -1
			for p := i; p < n; p++ {
				if c := src[p]; c == '"' || c == '\\' || c < 0x20 {
					if c == '"' {
						want = p
					}
					break
				}
			}
			if got := m.end(i, n); got != want {
				t.Fatalf("end(%d) of %q = %d, want %d", i, src, got, want)
			}
			got := m.endNear(i, n)
			if got == -2 {
				if uint(i)>>5 < uint(len(m.stop)) && m.stop[i>>5]>>(i&31) != 0 {
					t.Fatalf("endNear(%d) of %q = -2, but a stop follows in the word", i, src)
				}
				continue
			}
			if got != want {
				t.Fatalf("endNear(%d) of %q = %d, want %d", i, src, got, want)
			}
		}
	}
}

// TestDocOrHex checks the first-byte test of docOrHex against what it
// stands for, special(s) && !plainText(s), for every first byte.
func TestDocOrHex(t *testing.T) {
	tails := []string{"", "a", `"k":1}`, "6c6f67696e20", "06c6f67696e20", "96c6f67696e20", "0123456789abcdef0123", " {\"a\":1}", "[1,2]", "ello world", "-9d4a-4e6b"}
	for c := range 256 {
		for _, tail := range tails {
			s := string([]byte{byte(c)}) + tail
			if got, want := docOrHex(s), special(s) && !plainText(s); got != want {
				t.Errorf("docOrHex(%q) = %v, want %v", s, got, want)
			}
		}
	}
	if docOrHex("") {
		t.Error(`docOrHex("") = true`)
	}
}
