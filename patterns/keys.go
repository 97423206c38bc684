package patterns

import (
	"fmt"
	"strings"
)

// Key rules decide from a key's words whether its value is sensitive
// whatever it looks like. A key is split into words (keys_words.go) and is
// sensitive when a term of the vocabulary (keys_terms.go) ends it:
//
//   - words after the term may only say how the value is written or which
//     copy it is: "password2", "access_token1", "password_confirmation",
//     "token_b64" are sensitive; "password_changed_at", "token_count",
//     "secret_rotation_days", "secretName" and "passwordPolicy" describe a
//     secret and are not;
//   - a word before the term may make it a count ("max_tokens") or name
//     something that is no secret ("next_page_token", "cache_key");
//   - the term's value rule may let the value decide: under "pwd" a path
//     is no secret, under "sid" a small number is none (keys_values.go).

// keyClass is what the key rules say about a key.
type keyClass uint8

const (
	keyPlain     keyClass = iota // scan the value with the detectors
	keySensitive                 // the value rule of the verdict's rule decides; detectors run too
	keyAllowed                   // never touch the value
)

// keyVerdict is the outcome of the key rules for one key.
type keyVerdict struct {
	class  keyClass
	rule   *keyRule
	plural bool
	name   string // the term's name
	term   *term
}

// keyRules are the vocabulary with its terms, and the allow list.
type keyRules struct {
	vocab   *vocabulary
	filter  *suffixFilter
	allowed map[string]struct{}
}

// userRule is the rule of terms added with WithSensitiveKeys: always
// sensitive, reported as sensitive-key.
var userRule = &keyRule{category: Secret}

func newKeyRules(extra, allowed []string) (*keyRules, error) {
	kr := &keyRules{vocab: builtinVocabulary()}
	if len(extra) > 0 {
		terms := make([][]string, 0, len(extra))
		for _, k := range extra {
			ws := termWords(k)
			if len(ws) == 0 {
				return nil, fmt.Errorf("WithSensitiveKeys: key %q has no letters or digits", k)
			}
			terms = append(terms, ws)
		}
		kr.vocab = kr.vocab.withTerms(terms, userRule)
	}
	kr.filter = kr.vocab.filter()
	if len(allowed) > 0 {
		kr.allowed = make(map[string]struct{}, len(allowed))
		for _, k := range allowed {
			n := normalizeKey(k)
			if n == "" {
				return nil, fmt.Errorf("WithAllowedKeys: key %q has no letters or digits", k)
			}
			kr.allowed[n] = struct{}{}
		}
	}
	return kr, nil
}

// termWords splits a user's key into lower-case words at separators, case
// changes and digits, as keys are split ("memberNumber", "member-number").
func termWords(k string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(k, func(r rune) bool { return r > 0x7f || alnumIndex(byte(r)) < 0 }) {
		start := 0
		for i := 1; i <= len(part); i++ {
			if i < len(part) && !caseBoundary(part, i) {
				continue
			}
			out = append(out, strings.ToLower(part[start:i]))
			start = i
		}
	}
	return out
}

func alnumIndex(c byte) int {
	switch {
	case c >= 'a' && c <= 'z':
		return int(c - 'a')
	case c >= 'A' && c <= 'Z':
		return int(c - 'A')
	case c >= '0' && c <= '9':
		return 26 + int(c-'0')
	}
	return -1
}

// normalizeKey folds case and drops everything but letters and digits.
func normalizeKey(k string) string {
	b := make([]byte, 0, len(k))
	for i := 0; i < len(k); i++ {
		if x := alnumIndex(k[i]); x >= 0 {
			b = append(b, lower(k[i]))
		}
	}
	return string(b)
}

// classifyKey applies the terms to one key, as free text writes it: dots
// separate words like any other separator ("spring.datasource.password").
func (kr *keyRules) classifyKey(key string) keyVerdict {
	var kw keyWords
	if !kr.vocab.splitKey(&kw, key) {
		return keyVerdict{}
	}
	return kr.vocab.classifyWords(kw.w[:kw.n])
}

// classifyWords finds the term that ends ws, give or take transparent
// words after it, and applies the words before it.
func (v *vocabulary) classifyWords(ws []keyWord) keyVerdict {
	for p := len(ws) - 1; p >= 0; p-- {
		if t := v.termEndingAt(ws, p); t != nil {
			start := p - len(t.words) + 1
			if start > 0 {
				prev := ws[start-1].id
				if prev != noWord && (v.words[prev].count || containsWord(t.rule.notAfter, prev)) {
					return keyVerdict{}
				}
			}
			return keyVerdict{class: keySensitive, rule: t.rule, plural: ws[p].plural, name: t.name, term: t}
		}
		w := ws[p]
		if !w.digits && (w.id == noWord || !v.words[w.id].transparent && !v.tailWords[w.id]) {
			return keyVerdict{}
		}
	}
	return keyVerdict{}
}

// termEndingAt returns the longest term whose words end at ws[p] and
// whose rule accepts every word after it.
func (v *vocabulary) termEndingAt(ws []keyWord, p int) *term {
	last := ws[p].id
	if last == noWord {
		return nil
	}
	for _, t := range v.byLast[last] {
		n := len(t.words)
		if n > p+1 {
			continue
		}
		ok := true
		for i := 0; i < n-1; i++ {
			w := ws[p-n+1+i]
			if w.plural || w.id != t.words[i] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for _, w := range ws[p+1:] {
			if !w.digits && !v.words[w.id].transparent && !containsWord(t.rule.tails, w.id) {
				ok = false
				break
			}
		}
		if ok {
			return t
		}
	}
	return nil
}

func containsWord(ws []wordID, w wordID) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// classifyPath applies the key rules to a key path, components joined by
// '.' (a field inside groups or objects): a value whose path has a
// sensitive component is sensitive, so a container under a sensitive key
// is masked member by member; an allowed key exempts its own value only,
// and only when no component above it is sensitive.
func (kr *keyRules) classifyPath(path string) keyVerdict {
	if path == "" {
		return keyVerdict{}
	}
	own := 0
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '.' {
			own = i + 1
			break
		}
	}
	if kr.allowed != nil {
		if kr.isAllowed(path, 0) {
			return keyVerdict{class: keyAllowed}
		}
		if own > 0 && kr.isAllowed(path, own) {
			// The allowed key is the last component: the components
			// above it must not be sensitive.
			if v := kr.pathVerdict(path[:own-1]); v.class == keySensitive && v.rule.policy != polConn {
				return v
			}
			return keyVerdict{class: keyAllowed}
		}
	}
	return kr.pathVerdict(path)
}

// pathVerdict reads path as one key ("user.name" matches a term of two
// words, "db.password" ends in one), then component by component.
func (kr *keyRules) pathVerdict(path string) keyVerdict {
	if v := kr.classifyKey(path); v.class == keySensitive {
		return v
	}
	if strings.IndexByte(path, '.') < 0 {
		return keyVerdict{}
	}
	return kr.componentsVerdict(path)
}

// componentsVerdict classifies each component of path and returns the
// verdict of the last sensitive one.
func (kr *keyRules) componentsVerdict(path string) keyVerdict {
	var out keyVerdict
	for start := 0; start <= len(path); {
		end := strings.IndexByte(path[start:], '.')
		if end < 0 {
			end = len(path)
		} else {
			end += start
		}
		if v := kr.classifyKey(path[start:end]); v.class == keySensitive {
			out = v
		}
		start = end + 1
	}
	return out
}

// isAllowed reports whether path[from:] equals an allowed key after
// folding case and separators, without allocating for keys up to 128
// bytes.
func (kr *keyRules) isAllowed(path string, from int) bool {
	var buf [maxKeyLen]byte
	b := buf[:0]
	for i := from; i < len(path); i++ {
		if alnumIndex(path[i]) >= 0 {
			b = append(b, lower(path[i]))
		}
	}
	_, ok := kr.allowed[string(b)]
	return ok
}
