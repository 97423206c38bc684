package testutil

import "testing"

// Settled tallies, for a test that compares a shortcut with the path it
// stands in for, the inputs the path found clean and how many of those
// the shortcut settled: a shortcut that always gave up would agree with
// the path everywhere and only cost a second pass.
type Settled struct{ Clean, Taken int }

// Add counts one input: clean is the path's answer, taken the shortcut's.
func (s *Settled) Add(clean, taken bool) {
	if clean {
		s.Clean++
		if taken {
			s.Taken++
		}
	}
}

// WantAtLeast fails t unless there were clean inputs and the shortcut
// settled at least num/den of them; what names the shortcut.
func (s *Settled) WantAtLeast(t testing.TB, what string, num, den int) {
	t.Helper()
	if s.Clean == 0 || s.Taken*den < s.Clean*num {
		t.Errorf("%s settled %d of %d clean inputs, want at least %d/%d of them", what, s.Taken, s.Clean, num, den)
	}
}
