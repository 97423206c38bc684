package patterns

import "strings"

// A key is sensitive only when a term's last word ends one of its
// components, after transparent words and digits ("password_2",
// "tokenValue"). The filter reads a key from its end through a trie of
// those words written backwards, so that the fields a service logs by the
// dozen ("method", "user_agent", "request_id") are settled in a byte or
// two before any splitting. It may let through a key that is not
// sensitive ("user_name"); the full rules then decide.

// suffixFilter is the backwards trie of the words that may end a
// sensitive key, over lower-case letters, kept in flat arrays: next holds
// 26 children per node.
type suffixFilter struct {
	next []uint16
	// end marks the last letter (read backwards: the first) of a word;
	// transparent words let the reading go on to the word before.
	end, transparent []bool
	// prev, when not -1, is the filter of the words that must come
	// before a word that only ends terms of several words ("id" of
	// "session id", "name" of "first name").
	prev  []int16
	prevs []*suffixFilter
	// last2 has a bit for the last two letters of every word of the
	// trie, so that a key that ends otherwise is settled by one load.
	last2 [26*26/64 + 1]uint64
	// last1 has a bit for the letter of every word of one letter ("b"
	// of "b64").
	last1 uint32
}

// newNode adds a node and returns its index.
func (f *suffixFilter) newNode() int {
	f.next = append(f.next, make([]uint16, 26)...)
	f.end = append(f.end, false)
	f.transparent = append(f.transparent, false)
	f.prev = append(f.prev, -1)
	return len(f.end) - 1
}

func emptySuffixFilter() *suffixFilter {
	f := &suffixFilter{}
	f.newNode()
	return f
}

// newSuffixFilter builds the filter of v: every last word of a term, its
// plural, and every word that may follow a term.
func newSuffixFilter(v *vocabulary) *suffixFilter {
	f := emptySuffixFilter()
	for last, ts := range v.byLast {
		w := v.words[last].text
		var prev *suffixFilter
		for _, t := range ts {
			if len(t.words) == 1 {
				prev = nil
				break
			}
			if prev == nil {
				prev = emptySuffixFilter()
			}
			pw := v.words[t.words[len(t.words)-2]].text
			prev.add(pw, false)
			prev.add(pw+"s", false)
		}
		if prev != nil {
			f.prevs = append(f.prevs, prev)
			f.addPrev(w, int16(len(f.prevs)-1))
			f.addPrev(w+"s", int16(len(f.prevs)-1))
			continue
		}
		f.add(w, false)
		f.add(w+"s", false)
	}
	for id, w := range v.words {
		if w.transparent || v.tailWords[wordID(id)] {
			f.add(w.text, true)
		}
	}
	return f
}

// add files w as a word that ends a term, or as a transparent word.
func (f *suffixFilter) add(w string, transparent bool) {
	if n := f.walkAdd(w); n >= 0 {
		if transparent {
			f.transparent[n] = true
		} else {
			f.end[n] = true
		}
	}
}

// addPrev files w as a word that ends terms only after one of the words
// of f.prevs[k].
func (f *suffixFilter) addPrev(w string, k int16) {
	if n := f.walkAdd(w); n >= 0 && !f.end[n] {
		if f.prev[n] >= 0 && f.prev[n] != k {
			f.end[n] = true // two sets of words before it: let it through
			return
		}
		f.prev[n] = k
	}
}

// walkAdd adds the path of w and returns its node, or -1 for a word that
// cannot be filed.
func (f *suffixFilter) walkAdd(w string) int {
	// Digits are skipped when a key is read, so a word with digits at
	// an end is read without them: "2fa" as "fa", "b64" as "b".
	w = strings.Trim(w, "0123456789")
	if w == "" || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
		return -1
	}
	if len(w) >= 2 {
		b := int(w[len(w)-2]-'a')*26 + int(w[len(w)-1]-'a')
		f.last2[b>>6] |= 1 << (b & 63)
	} else {
		f.last1 |= 1 << (w[0] - 'a')
	}
	n := 0
	for i := len(w) - 1; i >= 0; i-- {
		c := w[i]
		next := f.next[n*26+int(c-'a')]
		if next == 0 {
			next = uint16(f.newNode())
			f.next[n*26+int(c-'a')] = next
		}
		n = int(next)
	}
	return n
}

// mayBeSensitive reports whether some component of path may end with a
// term. It is false only for keys that the rules would find plain.
func (f *suffixFilter) mayBeSensitive(path string) bool {
	if n := len(path); n >= 2 {
		a, b := lower(path[n-2]), lower(path[n-1])
		if a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && f.last1&(1<<(b-'a')) == 0 {
			if x := int(a-'a')*26 + int(b-'a'); f.last2[x>>6]&(1<<(x&63)) == 0 && strings.IndexByte(path, '.') < 0 {
				return false // "method", "status", "user_agent"
			}
		}
	}
	for end := len(path); end > 0; {
		start := strings.LastIndexByte(path[:end], '.') + 1
		if f.componentMay(path, start, end) {
			return true
		}
		end = start - 1
	}
	return false
}

// componentMay reads one component backwards: digits and separators are
// skipped, a transparent word moves on to the word before it, and the
// first word that leads to no term settles it. Reading a run of letters
// stops at the first term word it meets, so compounds written without
// separators ("userpassword") are let through.
func (f *suffixFilter) componentMay(c string, start, end int) bool {
	j := end
	for words := 0; words < maxKeyWords; words++ {
		for j > start && !isAlpha(c[j-1]) {
			j--
		}
		if j == start {
			return false
		}
		n, i := 0, j
		transparentAt := -1
		for i > start && isAlpha(c[i-1]) {
			next := f.next[n*26+int(lower(c[i-1])-'a')]
			if next == 0 {
				break
			}
			n = int(next)
			i--
			if f.end[n] {
				return true
			}
			if k := f.prev[n]; k >= 0 && f.prevs[k].wordBefore(c, i) {
				return true
			}
			if f.transparent[n] {
				// The word before it may be a term, also inside a
				// run of letters ("tokenvalue").
				transparentAt = i
			}
		}
		if transparentAt < 0 {
			return false
		}
		j = transparentAt
	}
	return true
}

// wordBefore reports whether a word of f ends c before i: right before
// it inside a run of letters, or after separators and digits, across the
// components of a path too ("access.code" reads as one key).
func (f *suffixFilter) wordBefore(c string, i int) bool {
	for i > 0 && !isAlpha(c[i-1]) {
		i--
	}
	n := 0
	for i > 0 && isAlpha(c[i-1]) {
		next := f.next[n*26+int(lower(c[i-1])-'a')]
		if next == 0 {
			return false
		}
		n = int(next)
		i--
		if f.end[n] {
			return true
		}
	}
	return false
}
