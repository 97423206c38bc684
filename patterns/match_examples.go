package patterns

// fakeUUID returns a lower-case UUID determined by seed, for examples of
// formats built on UUIDs.
func fakeUUID(seed string) string {
	h := fake(charsHex, 32, seed)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-8" + h[17:20] + "-" + h[20:]
}
