package patterns

import "testing"

// found renders what e finds in s under key as "detector:value", in
// order, so that a failing table row shows what was taken.
func found(e *Engine, key, s string) []string {
	var out []string
	for _, f := range e.AppendFind(nil, Scope{Key: key}, s) {
		out = append(out, f.DetectorID+":"+s[f.Start:f.End])
	}
	return out
}

// newEngine builds an engine or fails the test.
func newEngine(t testing.TB, opts ...Option) *Engine {
	t.Helper()
	e, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return e
}
