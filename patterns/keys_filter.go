package patterns

import "strings"

// A key is sensitive only when a term's last word ends one of its
// components, after transparent words and digits ("password_2",
// "tokenValue"). The filter reads a key from its end through a trie of
// those words written backwards, so that the fields a service logs by the
// dozen ("method", "user_agent", "request_id") are settled in a byte or
// two before any splitting. It may let through a key that is not
// sensitive ("user_name"); the full rules then decide.

// suffixNode is a node of the backwards trie over lower-case letters.
type suffixNode struct {
	next [26]uint16
	// end marks the last letter (read backwards: the first) of a word;
	// transparent words let the reading go on to the word before.
	end, transparent bool
	// prev, when not -1, is the filter of the words that must come
	// before a word that only ends terms of several words ("id" of
	// "session id", "name" of "first name").
	prev int16
}

// suffixFilter is the backwards trie of the words that may end a
// sensitive key.
type suffixFilter struct {
	nodes []suffixNode
	prevs []*suffixFilter
}

// newSuffixFilter builds the filter of v: every last word of a term, its
// plural, and every word that may follow a term.
func newSuffixFilter(v *vocabulary) *suffixFilter {
	f := &suffixFilter{nodes: make([]suffixNode, 1, 1024)}
	f.nodes[0].prev = -1
	for last, ts := range v.byLast {
		w := v.words[last].text
		var prev *suffixFilter
		for _, t := range ts {
			if len(t.words) == 1 {
				prev = nil
				break
			}
			if prev == nil {
				prev = &suffixFilter{nodes: make([]suffixNode, 1, 64)}
				prev.nodes[0].prev = -1
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
			f.nodes[n].transparent = true
		} else {
			f.nodes[n].end = true
		}
	}
}

// addPrev files w as a word that ends terms only after one of the words
// of f.prevs[k].
func (f *suffixFilter) addPrev(w string, k int16) {
	if n := f.walkAdd(w); n >= 0 && !f.nodes[n].end {
		if f.nodes[n].prev >= 0 && f.nodes[n].prev != k {
			f.nodes[n].end = true // two sets of words before it: let it through
			return
		}
		f.nodes[n].prev = k
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
	n := 0
	for i := len(w) - 1; i >= 0; i-- {
		c := w[i]
		next := f.nodes[n].next[c-'a']
		if next == 0 {
			f.nodes = append(f.nodes, suffixNode{prev: -1})
			next = uint16(len(f.nodes) - 1)
			f.nodes[n].next[c-'a'] = next
		}
		n = int(next)
	}
	return n
}

// mayBeSensitive reports whether some component of path may end with a
// term. It is false only for keys that the rules would find plain.
func (f *suffixFilter) mayBeSensitive(path string) bool {
	end := len(path)
	for end > 0 {
		start := end
		for start > 0 && path[start-1] != '.' {
			start--
		}
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
			next := f.nodes[n].next[lower(c[i-1])-'a']
			if next == 0 {
				break
			}
			n = int(next)
			i--
			if f.nodes[n].end {
				return true
			}
			if k := f.nodes[n].prev; k >= 0 && f.prevs[k].wordBefore(c, i) {
				return true
			}
			if f.nodes[n].transparent {
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
		next := f.nodes[n].next[lower(c[i-1])-'a']
		if next == 0 {
			return false
		}
		n = int(next)
		i--
		if f.nodes[n].end {
			return true
		}
	}
	return false
}
