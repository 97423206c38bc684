package patterns

import "fmt"

// Key rules decide, from a field's key alone, that its value is sensitive
// whatever it looks like. A key is compared after folding case and dropping
// separators, so "apiKey", "API-KEY" and "api_key" are one key, and it is
// sensitive when it ends with a sensitive term. Matching the end of the key
// is what separates "db_password" and "stripeSecretKey" (sensitive) from
// "max_tokens", "token_count" and "password_changed_at", which count or
// describe a secret and are left alone.

// keyTerm is one sensitive term, normalized to lowercase letters and digits.
type keyTerm struct {
	term string
	// word means the term must start a word of the key: "pass" is a
	// password in "db_pass" but not in "bypass".
	word     bool
	category Category
}

// defaultKeyTerms is the built-in list of sensitive key endings.
var defaultKeyTerms = []keyTerm{
	{term: "password"}, {term: "passwd"}, {term: "passphrase"}, {term: "passcode"},
	{term: "pass", word: true}, {term: "pwd", word: true},
	{term: "secret"}, {term: "secrets"},
	{term: "token"},
	{term: "apikey"}, {term: "apikeys"}, {term: "secretkey"}, {term: "privatekey"},
	{term: "accesskey"}, {term: "signingkey"}, {term: "encryptionkey"}, {term: "masterkey"},
	{term: "clientkey"}, {term: "sshkey"}, {term: "authkey"}, {term: "sessionkey"},
	{term: "authorization"}, {term: "auth", word: true}, {term: "bearer", word: true},
	{term: "cookie"}, {term: "cookies"},
	{term: "credential"}, {term: "credentials"}, {term: "creds", word: true},
	{term: "sessionid"}, {term: "sessid", word: true}, {term: "sid", word: true},
	{term: "jwt", word: true}, {term: "otp", word: true},
	{term: "connectionstring"}, {term: "connstr", word: true}, {term: "dsn", word: true},
	{term: "ssn", word: true, category: PII}, {term: "socialsecuritynumber", category: PII},
	{term: "cardnumber", category: PII}, {term: "creditcard", category: PII},
	{term: "ccnumber", category: PII}, {term: "cvv", word: true, category: PII},
	{term: "cvc", word: true, category: PII},
}

// keyClass is what the key rules say about a key.
type keyClass uint8

const (
	keyPlain     keyClass = iota // scan the value with the detectors
	keySensitive                 // redact the whole value
	keyAllowed                   // never touch the value
)

const alnum = 36

type trieNode struct {
	next [alnum]uint16
	term int16 // index into keyRules.terms, or -1
}

// keyRules is an immutable reversed trie of terms plus the allow list.
type keyRules struct {
	nodes   []trieNode
	terms   []keyTerm
	allowed map[string]struct{}
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
			if x < 26 {
				b = append(b, byte('a'+x))
			} else {
				b = append(b, k[i])
			}
		}
	}
	return string(b)
}

func newKeyRules(extra, allowed []string) (*keyRules, error) {
	kr := &keyRules{nodes: []trieNode{{term: -1}}}
	for _, t := range defaultKeyTerms {
		if t.category == 0 {
			t.category = Secret
		}
		kr.add(t)
	}
	for _, k := range extra {
		n := normalizeKey(k)
		if n == "" {
			return nil, fmt.Errorf("WithSensitiveKeys: key %q has no letters or digits", k)
		}
		kr.add(keyTerm{term: n, word: true, category: Secret})
	}
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

func (kr *keyRules) add(t keyTerm) {
	n := 0
	for i := len(t.term) - 1; i >= 0; i-- {
		x := alnumIndex(t.term[i])
		next := kr.nodes[n].next[x]
		if next == 0 {
			kr.nodes = append(kr.nodes, trieNode{term: -1})
			next = uint16(len(kr.nodes) - 1)
			kr.nodes[n].next[x] = next
		}
		n = int(next)
	}
	if kr.nodes[n].term >= 0 {
		// A user key that repeats a built-in one keeps the built-in.
		return
	}
	kr.terms = append(kr.terms, t)
	kr.nodes[n].term = int16(len(kr.terms) - 1)
}

// wordStart reports whether a word of key begins at i.
func wordStart(key string, i int) bool {
	if i == 0 {
		return true
	}
	p, c := key[i-1], key[i]
	pi := alnumIndex(p)
	if pi < 0 {
		return true
	}
	if p >= 'a' && p <= 'z' && c >= 'A' && c <= 'Z' {
		return true
	}
	return (pi >= 26) != (alnumIndex(c) >= 26)
}

// matchEnd reports whether key[:end] ends with a sensitive term. It walks
// back only as far as the trie allows, so an ordinary key costs a byte or
// two. start is where the matched term begins.
func (kr *keyRules) matchEnd(key string, end int) (t *keyTerm, start int) {
	n := 0
	for i := end - 1; i >= 0; i-- {
		x := alnumIndex(key[i])
		if x < 0 {
			if n == 0 || isKeySep(key[i]) {
				continue
			}
			return nil, 0
		}
		n = int(kr.nodes[n].next[x])
		if n == 0 {
			return nil, 0
		}
		if ti := kr.nodes[n].term; ti >= 0 {
			t := &kr.terms[ti]
			if !t.word || wordStart(key, i) {
				return t, i
			}
		}
	}
	return nil, 0
}

func isKeySep(c byte) bool { return c == '_' || c == '-' || c == '.' || c == ' ' }

// classify applies the allow list, then the sensitive terms, to a key path.
func (kr *keyRules) classify(key string) (keyClass, Category) {
	if key == "" {
		return keyPlain, 0
	}
	if kr.allowed != nil && kr.isAllowed(key) {
		return keyAllowed, 0
	}
	if t, _ := kr.matchEnd(key, len(key)); t != nil {
		return keySensitive, t.category
	}
	return keyPlain, 0
}

// isAllowed matches the whole path or its last component, without
// allocating for keys up to 64 bytes.
func (kr *keyRules) isAllowed(key string) bool {
	var buf [64]byte
	last := 0
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == '.' {
			last = i + 1
			break
		}
	}
	for _, part := range [2]string{key[last:], key} {
		b := buf[:0]
		for i := 0; i < len(part); i++ {
			if x := alnumIndex(part[i]); x >= 0 {
				if x < 26 {
					b = append(b, byte('a'+x))
				} else {
					b = append(b, part[i])
				}
			}
		}
		if _, ok := kr.allowed[string(b)]; ok {
			return true
		}
		if last == 0 {
			break
		}
	}
	return false
}
