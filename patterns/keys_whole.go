package patterns

// A value under a sensitive key is most often one token that a detector
// names whole: a GitHub token under "token", a key under "api_key". The
// key rules then add nothing: they mask the value whole too, which the
// detector's finding names (mergeKeyFindings), or they find it a
// reference and leave the detector's finding alone. wholeToken settles
// that case before the key rules read the value, which costs more than
// the detectors did. Only a value the key rules cannot split qualifies:
// one run of token bytes, under a rule that never masks a part of a
// value (an authorization's credential after its scheme, a cookie of a
// list, a connection string's password).

// keyedShortcut lets tests compare wholeToken with the key rules' own
// answer.
var keyedShortcut = true

// wholeToken reports whether fs, the detectors' findings in the value s
// under a key of policy p, is one finding of all of s that the key rules
// could only confirm.
func wholeToken(fs []Finding, s string, p valuePolicy) bool {
	if !keyedShortcut || len(fs) != 1 || fs[0].Start != 0 || fs[0].End != len(s) {
		return false
	}
	switch p {
	case polAuth, polAuthorization, polCookie, polConn:
		return false
	}
	return allIn(s, tokenBytes) && isAlnum(s[len(s)-1])
}

// tokenBytes are the bytes of tokens, keys and addresses that no key rule
// reads as a separator.
var tokenBytes = newCharset("A-Za-z0-9_.@+/-")
