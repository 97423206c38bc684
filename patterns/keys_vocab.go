package patterns

import (
	"sort"
	"strings"
	"sync"
)

// The vocabulary is every word the key rules know: the words of the terms
// and the words that qualify or describe them. Keys are split into these
// words, and terms are matched word by word.

// wordID names a vocabulary word; noWord is a word the vocabulary does not
// know.
type wordID uint16

const noWord wordID = 0

// wordInfo is what the rules know about a word.
type wordInfo struct {
	text string
	// term marks the last word of a term: its plural is a word too.
	term bool
	// transparent words may follow a term (transparentWords).
	transparent bool
	// count words make a term after them a count (countWords).
	count bool
}

// term is a sequence of words with the rule it applies. name is its
// words joined by '_', the Key of its findings in text.
type term struct {
	words []wordID
	rule  *keyRule
	name  string
	index int // in vocabulary.terms
}

// keyRule is a termRule resolved against a vocabulary.
type keyRule struct {
	policy    valuePolicy
	category  Category
	notAfter  []wordID
	tails     []wordID
	suffixAny bool
}

// pii reports whether findings under the rule are reported as pii-key.
func (r *keyRule) pii() bool { return r.category == PIIKey }

// vocabulary is immutable once built; an engine with user terms has its
// own copy.
type vocabulary struct {
	index  map[string]keyWord
	words  []wordInfo
	maxLen int
	// byLast lists the terms ending with each word, longest first.
	byLast map[wordID][]*term
	// terms lists every term by its index.
	terms []*term
	// suffixAny are the terms that may end a run after any prefix.
	suffixAny [][]wordID
	// tailWords is every word some term accepts after it.
	tailWords map[wordID]bool
	// suffixes is the filter of keys, built once.
	suffixes     *suffixFilter
	suffixesOnce sync.Once
	// keywords wake the free-text reader: case-insensitive literals, for
	// secret terms and for personal-data terms.
	keywords, piiKeywords []string
}

var (
	defaultVocabOnce sync.Once
	defaultVocab     *vocabulary
)

// builtinVocabulary returns the vocabulary of the built-in terms.
func builtinVocabulary() *vocabulary {
	defaultVocabOnce.Do(func() {
		v := &vocabulary{index: map[string]keyWord{}, words: []wordInfo{{}}, byLast: map[wordID][]*term{}, tailWords: map[wordID]bool{}}
		for _, w := range strings.Fields(qualifierWords + " " + referenceWords) {
			v.word(w)
		}
		for _, w := range strings.Fields(transparentWords) {
			v.words[v.word(w)].transparent = true
		}
		for _, w := range strings.Fields(countWords) {
			v.words[v.word(w)].count = true
		}
		for i := range termGroups {
			g := &termGroups[i]
			r := &keyRule{policy: g.rule.policy, category: g.rule.category, suffixAny: g.rule.suffixAny}
			if r.category == 0 {
				r.category = Secret
			}
			for _, w := range strings.Fields(g.rule.notAfter) {
				r.notAfter = append(r.notAfter, v.word(w))
			}
			for _, w := range strings.Fields(g.rule.tails) {
				id := v.word(w)
				r.tails = append(r.tails, id)
				v.tailWords[id] = true
			}
			for _, t := range strings.Split(g.terms, ",") {
				v.addTerm(strings.Fields(t), r)
			}
			if r.category == PIIKey {
				v.piiKeywords = appendNew(v.piiKeywords, g.keywords...)
			} else {
				v.keywords = appendNew(v.keywords, g.keywords...)
			}
		}
		v.finish()
		defaultVocab = v
	})
	return defaultVocab
}

// word returns the ID of w, adding it when new.
func (v *vocabulary) word(w string) wordID {
	if k, ok := v.index[w]; ok && !k.plural {
		return k.id
	}
	id := wordID(len(v.words))
	v.words = append(v.words, wordInfo{text: w})
	v.index[w] = keyWord{id: id}
	v.maxLen = max(v.maxLen, len(w))
	return id
}

// addTerm adds a term of words under rule r.
func (v *vocabulary) addTerm(words []string, r *keyRule) {
	if len(words) == 0 {
		return
	}
	t := &term{rule: r, name: strings.Join(words, "_")}
	for _, w := range words {
		t.words = append(t.words, v.word(w))
	}
	last := t.words[len(t.words)-1]
	if !v.words[last].term {
		v.words[last].term = true
		// The plural of a term word is a word too, unless the
		// vocabulary has it as a word of its own ("credentials").
		pl := v.words[last].text + "s"
		if _, ok := v.index[pl]; !ok && strings.Trim(pl, "abcdefghijklmnopqrstuvwxyz") == "" {
			v.index[pl] = keyWord{id: last, plural: true}
			v.maxLen = max(v.maxLen, len(pl))
		}
	}
	for _, x := range v.byLast[last] {
		if equalWords(x.words, t.words) {
			return // a user term that repeats a built-in one keeps it
		}
	}
	t.index = len(v.terms)
	v.terms = append(v.terms, t)
	v.byLast[last] = append(v.byLast[last], t)
	if r.suffixAny {
		v.suffixAny = append(v.suffixAny, t.words)
	}
}

// finish orders the terms ending with each word longest first, so that
// "api key" is tried before "key".
func (v *vocabulary) finish() {
	for _, ts := range v.byLast {
		sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].words) > len(ts[j].words) })
	}
}

func equalWords(a, b []wordID) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// withTerms returns a copy of v with user terms added, each sensitive
// under rule r, and their longest words as keywords.
func (v *vocabulary) withTerms(terms [][]string, r *keyRule) *vocabulary {
	c := &vocabulary{
		index:       make(map[string]keyWord, len(v.index)+8),
		words:       append([]wordInfo(nil), v.words...),
		maxLen:      v.maxLen,
		byLast:      make(map[wordID][]*term, len(v.byLast)+4),
		suffixAny:   append([][]wordID(nil), v.suffixAny...),
		terms:       append([]*term(nil), v.terms...),
		tailWords:   v.tailWords,
		keywords:    append([]string(nil), v.keywords...),
		piiKeywords: v.piiKeywords,
	}
	for k, w := range v.index {
		c.index[k] = w
	}
	for k, ts := range v.byLast {
		c.byLast[k] = append([]*term(nil), ts...)
	}
	for _, words := range terms {
		c.addTerm(words, r)
		kw := ""
		for _, w := range words {
			if len(w) > len(kw) {
				kw = w
			}
		}
		c.keywords = appendNew(c.keywords, kw)
	}
	c.finish()
	return c
}

// lastWordIs reports whether the last word of key, digits aside, is one
// of words.
func (v *vocabulary) lastWordIs(key string, words ...string) bool {
	var kw keyWords
	if !v.splitKey(&kw, key) {
		return false
	}
	for i := kw.n - 1; i >= 0; i-- {
		w := kw.w[i]
		if w.digits {
			continue
		}
		if w.id == noWord || w.plural {
			return false
		}
		for _, x := range words {
			if v.words[w.id].text == x {
				return true
			}
		}
		return false
	}
	return false
}

// appendNew appends the words of ws that list does not hold yet.
func appendNew(list []string, ws ...string) []string {
	for _, w := range ws {
		dup := false
		for _, x := range list {
			if x == w {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, w)
		}
	}
	return list
}

// filter returns the suffix filter of v's terms.
func (v *vocabulary) filter() *suffixFilter {
	v.suffixesOnce.Do(func() { v.suffixes = newSuffixFilter(v) })
	return v.suffixes
}
