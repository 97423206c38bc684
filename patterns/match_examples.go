package patterns

// fakeUUID returns a lower-case UUID determined by seed, for examples of
// formats built on UUIDs.
func fakeUUID(seed string) string {
	h := fake(charsHex, 32, seed)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-8" + h[17:20] + "-" + h[20:]
}

// prefixed declares the most common kind of detector: a distinctive
// prefix followed by exactly n bytes of body, which must mix digits and
// letters. Its examples are generated from the format: the token bare and
// inside a sentence must be found; a short body and a prefix inside a word
// must not.
func prefixed(id, desc, prefix string, body *charset, bodyChars string, n int) Detector {
	return Detector{
		ID:          id,
		Description: desc + " (" + prefix + ")",
		Category:    Secret,
		Keywords:    []string{prefix},
		Match:       prefixToken(body, n, n),
		Validate:    func(m string) bool { return randomLooking(m[len(prefix):]) },
		Positive: []Example{
			{Text: prefix + fake(bodyChars, n-1, id) + "7", Why: "bare token"},
			{Text: "request with " + prefix + fake(bodyChars, n-1, id+"-2") + "7 failed", Secret: prefix + fake(bodyChars, n-1, id+"-2") + "7", Why: "inside a sentence"},
		},
		Negative: []Example{
			{Text: prefix + fake(bodyChars, n/2, id+"-short"), Why: "too short"},
			{Text: "x" + prefix + fake(bodyChars, n-1, id+"-word") + "7", Why: "prefix inside a word"},
		},
	}
}
