package patterns

import "testing"

// TestPrefilterStats checks the candidate count on an engine whose only
// anchors are one detector's keywords: nothing where no keyword occurs,
// one candidate per keyword occurrence, and the default engine's anchors
// (an '@', a digit run) counted too.
func TestPrefilterStats(t *testing.T) {
	e, err := New(WithDetectors("github-pat"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"request completed in 12 ms for alice@example.com", 0},
		{"ghp_ once", 1},
		{"ghp_ and again ghp_, twice", 2},
	} {
		if n := e.PrefilterStats(tt.in); n != tt.want {
			t.Errorf("github-pat only: PrefilterStats(%q) = %d, want %d", tt.in, n, tt.want)
		}
	}
	if n := Default().PrefilterStats("for alice@example.com"); n == 0 {
		t.Error(`Default().PrefilterStats("for alice@example.com") = 0, want the '@' counted`)
	}
}
