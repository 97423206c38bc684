package patterns

import (
	"math/rand/v2"
	"testing"
)

// TestSpanAgrees compares span, tokenSpan and allIn with byte-at-a-time
// readings of what they promise, on short texts made of body bytes,
// escapes and others.
func TestSpanAgrees(t *testing.T) {
	const alphabet = `aZ9/\-_ .=`
	r := rand.New(rand.NewPCG(1, 2))
	sets := []*charset{setAlnum, setBase64Raw, tokenChars, newCharset(`A-Za-z\`)}
	for range 20000 {
		b := make([]byte, r.IntN(12))
		for k := range b {
			b[k] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(b)
		set := sets[r.IntN(len(sets))]
		i, limit := r.IntN(len(s)+1), r.IntN(14)-1
		want := i
		for want < len(s) && want-i < limit && set[s[want]] {
			want++
		}
		if got := span(s, i, set, limit); got != want {
			t.Fatalf("span(%q, %d, limit %d) = %d, want %d", s, i, limit, got, want)
		}
		j, n := i, 0
		for j < len(s) && n < limit {
			if set[s[j]] {
				j++
			} else if s[j] == '\\' && set['/'] && j+1 < len(s) && s[j+1] == '/' {
				j += 2
			} else {
				break
			}
			n++
		}
		if gotEnd, gotN := tokenSpan(s, i, set, limit); gotEnd != j || gotN != n {
			t.Fatalf("tokenSpan(%q, %d, limit %d) = %d, %d, want %d, %d", s, i, limit, gotEnd, gotN, j, n)
		}
		all := true
		for k := 0; k < len(s); k++ {
			all = all && set[s[k]]
		}
		if got := allIn(s, set); got != all {
			t.Fatalf("allIn(%q) = %v, want %v", s, got, all)
		}
	}
}
