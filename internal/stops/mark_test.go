package stops

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// check compares Mark and markGo with markRef on src.
func check(t *testing.T, src []byte) {
	t.Helper()
	n := Blocks(len(src))
	ws, wq := make([]uint32, n), make([]uint32, n)
	markRef(ws, wq, src)
	for name, mark := range map[string]func(s, q []uint32, src []byte){"Mark": Mark, "markGo": markGo} {
		s, q := make([]uint32, n), make([]uint32, n)
		for k := range s {
			s[k], q[k] = ^uint32(0), ^uint32(0) // Mark must clear what it does not set
		}
		mark(s, q, src)
		if !slices.Equal(s, ws) || !slices.Equal(q, wq) {
			t.Fatalf("%s(%q): stop %x quote %x, want %x %x", name, src, s, q, ws, wq)
		}
	}
}

// TestMarkEveryByte puts every byte value at every position of blocks of
// every length, among plain bytes.
func TestMarkEveryByte(t *testing.T) {
	for n := 1; n <= 70; n++ {
		for at := 0; at < n; at++ {
			for c := 0; c < 256; c++ {
				src := make([]byte, n)
				for k := range src {
					src[k] = 'a'
				}
				src[at] = byte(c)
				check(t, src)
			}
		}
	}
}

// TestMarkRandom checks text dense in the marked bytes and in their
// neighbours, which a word test that carried between bytes would
// misjudge.
func TestMarkRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	alphabet := []byte{'"', '\\', 0, 0x1f, 0x20, '!', '#', ']', 0x7f, 0x80, 0x9f, 0xa2, 0xdc, 0xff, 'a', 0x01, 0x21, 0x5d}
	for k := 0; k < 5000; k++ {
		src := make([]byte, r.IntN(200))
		for j := range src {
			src[j] = alphabet[r.IntN(len(alphabet))]
		}
		check(t, src)
	}
}

// TestNext checks Next against a scan of the bits.
func TestNext(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	for k := 0; k < 2000; k++ {
		marks := make([]uint32, 1+r.IntN(4))
		for j := range marks {
			if r.IntN(3) > 0 {
				marks[j] = r.Uint32() & r.Uint32() & r.Uint32()
			}
		}
		n := r.IntN(32*len(marks) + 1)
		for i := 0; i <= n; i++ {
			want := -1
			for p := i; p < n; p++ {
				if marks[p/32]&(1<<(p%32)) != 0 {
					want = p
					break
				}
			}
			if got := Next(marks, i, n); got != want {
				t.Fatalf("Next(%x, %d, %d) = %d, want %d", marks, i, n, got, want)
			}
		}
	}
}

// FuzzMark compares every path with the reference on arbitrary bytes.
func FuzzMark(f *testing.F) {
	f.Add([]byte(`{"level":"info","message":"a\"b\\c` + "\x01" + `"}`))
	f.Fuzz(func(t *testing.T, src []byte) { check(t, src) })
}
