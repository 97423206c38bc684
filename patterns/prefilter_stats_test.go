package patterns

import "testing"

// TestPrefilterStats checks that the candidate count is what the candidate
// pass visits: nothing for text no anchor starts in, one per anchor pair.
func TestPrefilterStats(t *testing.T) {
	e := Default()
	if n := e.PrefilterStats(""); n != 0 {
		t.Errorf("PrefilterStats(\"\") = %d, want 0", n)
	}
	visits := 0
	s := "login ok for alice@example.com after 3 tries, password=hunter2"
	sc := scanCursor{lastDet: -1}
	for i := 0; i+1 < len(s); i++ {
		w := uint16(s[i])<<8 | uint16(s[i+1])
		if e.pf.bits[w>>6]&(1<<(w&63)) != 0 {
			visits++
			_ = e.visit(nil, s, i, &sc)
		}
	}
	if n := e.PrefilterStats(s); n != visits || n == 0 {
		t.Errorf("PrefilterStats(%q) = %d, want %d (and more than none)", s, n, visits)
	}
}
