package patterns

// Some values are written after their vendor's name without a key-value
// separator ("facebook 1234...|abc..."): near finds the first value that
// body reads within reach of the keyword, starting where a token may.

// near returns a Match for the first value body reads within reach bytes
// after the keyword.
func near(reach int, body bodyFunc) func(s string, at int, kw string) (int, int, bool) {
	return func(s string, at int, kw string) (int, int, bool) {
		for i := at + len(kw); i < len(s) && i-at < reach; i++ {
			if !isAlnum(s[i]) || !boundaryBefore(s, i) {
				continue
			}
			if end, ok := body(s, i); ok {
				return i, end, true
			}
		}
		return 0, 0, false
	}
}
