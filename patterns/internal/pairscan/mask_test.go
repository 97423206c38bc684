package pairscan

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// randomTable sets each pair with probability 1/den, and every pair whose
// first byte is one of hot.
func randomTable(r *rand.Rand, den int, hot string) *Table {
	var t Table
	for w := 0; w < 1<<16; w++ {
		if r.IntN(den) == 0 || strings.IndexByte(hot, byte(w>>8)) >= 0 {
			t[w>>6] |= 1 << (w & 63)
		}
	}
	return &t
}

// TestMaskMatchesReference compares every path with the byte-at-a-time
// reference, on tables from sparse to dense and on text of every byte.
func TestMaskMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	tables := []*Table{new(Table), randomTable(r, 50, ""), randomTable(r, 3, "@%"), randomTable(r, 1, "")}
	var full Table
	for i := range full {
		full[i] = ^uint64(0)
	}
	tables = append(tables, &full)
	buf := make([]byte, Span)
	for _, tb := range tables {
		fs := filtersOf(tb)
		for n := 0; n < 2000; n++ {
			for i := range buf {
				switch r.IntN(3) {
				case 0:
					buf[i] = byte(r.Uint32())
				case 1:
					buf[i] = "etaoin =:\"{}0123456789"[r.IntN(22)]
				default:
					buf[i] = byte(0x80 + r.IntN(128))
				}
			}
			s := string(buf)
			want := maskRef(tb, s)
			for _, f := range fs {
				if got, want := Mask32(f, s), refOf(f, s); got != want {
					t.Fatalf("Mask32(%q), folded %t = %032b, want %032b", s, f.fold != nil, got, want)
				}
			}
			if got := maskGo(tb, s); got != want {
				t.Fatalf("maskGo(%q) = %032b, want %032b", s, got, want)
			}
		}
	}
}

// TestMaskEveryPosition sets one pair and checks that each of the 32
// positions reports it, and only it.
func TestMaskEveryPosition(t *testing.T) {
	var tb Table
	w := uint16('k')<<8 | 'y'
	tb[w>>6] |= 1 << (w & 63)
	for k := 0; k < 32; k++ {
		b := []byte(strings.Repeat(".", Span))
		b[k], b[k+1] = 'k', 'y'
		for _, f := range filtersOf(&tb) {
			if got := Mask32(f, string(b)); got != 1<<k {
				t.Errorf("pair at %d: Mask32, folded %t = %032b, want bit %d", k, f.fold != nil, got, k)
			}
		}
	}
}

// FuzzMask checks every path against the reference on arbitrary text,
// with a table derived from the text itself so that hits are common.
func FuzzMask(f *testing.F) {
	f.Add([]byte("password=hunter2 and alice@example.com 4111 1111"), uint64(3))
	f.Add([]byte{0xff, 0x00, 0x80, 0x7f}, uint64(0))
	f.Fuzz(func(t *testing.T, b []byte, seed uint64) {
		if len(b) < Span {
			b = append(b, make([]byte, Span-len(b))...)
		}
		r := rand.New(rand.NewPCG(seed, 1))
		var tb Table
		for i := 0; i+1 < len(b); i++ {
			if r.IntN(4) == 0 {
				w := uint(b[i])<<8 | uint(b[i+1])
				tb[w>>6] |= 1 << (w & 63)
			}
		}
		fs := filtersOf(&tb)
		for i := 0; i+Span <= len(b); i++ {
			s := string(b[i : i+Span])
			for _, f := range fs {
				got, want := Mask32(f, s), refOf(f, s)
				if got != want || got&maskRef(&tb, s) != maskRef(&tb, s) {
					t.Fatalf("Mask32(%q), folded %t = %032b, want %032b", s, f.fold != nil, got, want)
				}
			}
		}
	})
}

func BenchmarkMask(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	tb := randomTable(r, 20, "")
	text := strings.Repeat(`{"level":"info","msg":"request completed","status":200} `, 1<<10)
	plain := &Filter{t: tb}
	paths := []struct {
		name string
		fn   func(string) uint32
	}{
		{"Mask32", func(s string) uint32 { return Mask32(plain, s) }},
		{"go", func(s string) uint32 { return maskGo(tb, s) }},
		{"reference", func(s string) uint32 { return maskRef(tb, s) }},
	}
	if folds {
		folded := &Filter{t: tb, fold: fold(tb, testWeight)}
		paths = append(paths, struct {
			name string
			fn   func(string) uint32
		}{"folded", func(s string) uint32 { return Mask32(folded, s) }})
	}
	for _, p := range paths {
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(len(text) - Span))
			var m uint32
			for b.Loop() {
				for i := 0; i+Span <= len(text); i += 32 {
					m |= p.fn(text[i:])
				}
			}
			_ = m
		})
	}
	for _, f := range filtersOf(tb) {
		b.Run(fmt.Sprintf("Masks/folded=%t", f.fold != nil), func(b *testing.B) {
			b.SetBytes(int64(len(text) - Span))
			dst := make([]uint32, len(text)/32)
			for b.Loop() {
				Masks(f, text, dst)
			}
		})
	}
}
