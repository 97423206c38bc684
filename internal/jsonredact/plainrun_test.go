package jsonredact

import (
	"math/rand/v2"
	"testing"
)

// plainRunRef is plainRun a byte at a time.
func plainRunRef(src []byte, i int) int {
	for i < len(src) && strPlain[src[i]] {
		i++
	}
	return i
}

// TestPlainRunEveryByte checks plainRun against the byte loop for every
// byte value at every offset of the word paths and the overlapping tail.
func TestPlainRunEveryByte(t *testing.T) {
	for n := 0; n <= 20; n++ {
		for at := 0; at < n; at++ {
			for c := 0; c < 256; c++ {
				src := make([]byte, n)
				for k := range src {
					src[k] = 'a'
				}
				src[at] = byte(c)
				for i := 0; i <= n; i++ {
					if got, want := plainRun(src, i), plainRunRef(src, i); got != want {
						t.Fatalf("plainRun(%q, %d) = %d, want %d", src, i, got, want)
					}
				}
			}
		}
	}
}

// TestPlainRunRandom checks plainRun on random text dense in the bytes
// that end a run and in their neighbours, which a word test that carried
// between bytes would misjudge.
func TestPlainRunRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	alphabet := []byte{'"', '\\', 0, 0x1f, 0x20, '!', '#', ']', '[', 0x7f, 0x80, 0x9f, 0xa2, 0xdc, 0xff, 'a', 0x01, 0x21}
	for k := 0; k < 20000; k++ {
		src := make([]byte, r.IntN(40))
		for j := range src {
			src[j] = alphabet[r.IntN(len(alphabet))]
		}
		for i := 0; i <= len(src); i++ {
			if got, want := plainRun(src, i), plainRunRef(src, i); got != want {
				t.Fatalf("plainRun(%q, %d) = %d, want %d", src, i, got, want)
			}
		}
	}
}
