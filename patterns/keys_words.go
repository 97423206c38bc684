package patterns

// Keys are decided on whole words. A key is split where its writer split
// it: at every byte that is not a letter or a digit ("db_password",
// "X-Auth-Token", "spring.datasource.password"), where a lower-case letter
// meets an upper-case one ("userPassword"), before the last capital of an
// acronym that starts a word ("APIKey"), and before trailing digits
// ("password2"). A run of letters written without any of these
// ("accesstoken", "PHPSESSID") is split only into words the vocabulary
// knows, peeled off from its end, so that "chpasswd", "bypass" and
// "jsonwebtoken" stay single words that are not key words at all.

const (
	// maxKeyLen bounds the key read in front of a separator: longer runs
	// of key bytes are data (a base64 blob, a hash), not a key.
	maxKeyLen = 128
	// maxKeyWords bounds the words of one key that are examined.
	maxKeyWords = 24
)

// keyWord is one word of a key: its vocabulary entry, or noWord for a
// word the vocabulary does not know.
type keyWord struct {
	id     wordID
	plural bool // "tokens": the plural of a vocabulary word
	digits bool // "2" in "password2"
}

// keyWords is a key split into words. It lives on the stack: splitting
// allocates nothing.
type keyWords struct {
	w [maxKeyWords]keyWord
	n int
}

// add appends w; a key of more words keeps its last ones, since the end
// of a key decides.
func (kw *keyWords) add(w keyWord) {
	if kw.n == maxKeyWords {
		copy(kw.w[:], kw.w[1:])
		kw.n--
	}
	kw.w[kw.n] = w
	kw.n++
}

// splitKey splits key into words of v and appends them to kw. A key
// longer than maxKeyLen is not split (kw stays as it was) and false is
// returned.
func (v *vocabulary) splitKey(kw *keyWords, key string) bool {
	if len(key) > maxKeyLen {
		return false
	}
	var low [maxKeyLen]byte
	for i := 0; i < len(key); {
		if alnumIndex(key[i]) < 0 {
			i++
			continue
		}
		j := i
		for j < len(key) && alnumIndex(key[j]) >= 0 {
			j++
		}
		v.splitPart(kw, key[i:j], low[:j-i])
		i = j
	}
	return true
}

// splitPart splits one run of letters and digits at its case and digit
// boundaries, unless the whole run is a word ("2fa", "oauth2",
// "PHPSESSID"). low is scratch space of len(part).
func (v *vocabulary) splitPart(kw *keyWords, part string, low []byte) {
	for i := 0; i < len(part); i++ {
		low[i] = lower(part[i])
	}
	if w, ok := v.lookup(low); ok {
		kw.add(w)
		return
	}
	start := 0
	for i := 1; i <= len(part); i++ {
		if i < len(part) && !caseBoundary(part, i) {
			continue
		}
		v.splitRun(kw, part[start:i], low[start:i])
		start = i
	}
}

// caseBoundary reports whether a new word starts at part[i].
func caseBoundary(part string, i int) bool {
	p, c := part[i-1], part[i]
	switch {
	case isLowerByte(p) && isUpperByte(c):
		return true // userPassword
	case isUpperByte(p) && isUpperByte(c):
		// APIKey: a new word starts at the capital followed by a
		// lower-case letter.
		return i+1 < len(part) && isLowerByte(part[i+1])
	case isDigit(c) && !isDigit(p):
		// password2, but "2fa", "b64" and "oauth2" are words of the
		// vocabulary and are kept whole when the run is looked up.
		return true
	case !isDigit(c) && isDigit(p):
		return true
	}
	return false
}

func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// splitRun appends the words of run, lowercased in low: a run of digits
// is one word; a run of letters is one vocabulary word (or the plural of a
// term word), a sequence of them peeled off from its end, or an unknown
// word.
func (v *vocabulary) splitRun(kw *keyWords, run string, low []byte) {
	if isDigit(run[0]) {
		kw.add(keyWord{id: noWord, digits: true})
		return
	}
	if w, ok := v.lookup(low); ok {
		kw.add(w)
		return
	}
	v.peelRun(kw, low)
}

// maxPeel bounds the words one run of letters is split into.
const maxPeel = 6

// peelRun splits a run of lower-case letters that is no vocabulary word
// by peeling vocabulary words off its end, longest first. The split is
// kept when it consumes the whole run, or when the words peeled first
// form a term that any prefix may precede ("xyzpassword"); otherwise the
// run is one unknown word.
func (v *vocabulary) peelRun(kw *keyWords, low []byte) {
	var peeled [maxPeel]keyWord
	n, end := 0, len(low)
	for end > 0 && n < maxPeel {
		l, w := v.longestSuffix(low[:end])
		if l == 0 {
			break
		}
		peeled[n] = w
		n++
		end -= l
	}
	if n == 0 || end > 0 && !v.suffixAnyTerm(peeled[:n]) {
		kw.add(keyWord{id: noWord})
		return
	}
	if end > 0 {
		kw.add(keyWord{id: noWord})
	}
	for i := n - 1; i >= 0; i-- {
		kw.add(peeled[i])
	}
}

// longestSuffix returns the length of the longest vocabulary word (or
// plural of a term word) of at least two letters that ends low, and the
// word; 0 when there is none.
func (v *vocabulary) longestSuffix(low []byte) (int, keyWord) {
	for l := min(len(low), v.maxLen); l >= 2; l-- {
		if w, ok := v.lookup(low[len(low)-l:]); ok {
			return l, w
		}
	}
	return 0, keyWord{}
}

// suffixAnyTerm reports whether the words peeled off a run (its last word
// first) begin with a term that any prefix may precede.
func (v *vocabulary) suffixAnyTerm(peeled []keyWord) bool {
	for _, t := range v.suffixAny {
		if len(t) > len(peeled) {
			continue
		}
		ok := true
		for i, w := range t {
			if peeled[len(t)-1-i].id != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// lookup finds a vocabulary word, or the plural of a term word. The map
// lookup with a converted byte slice does not allocate.
func (v *vocabulary) lookup(low []byte) (keyWord, bool) {
	w, ok := v.index[string(low)]
	return w, ok
}
