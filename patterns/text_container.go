package patterns

import "strings"

// Containers under a sensitive key are masked whole: an object or a list
// after "password" or "credentials" holds the secret somewhere inside.
// One kind of container holds none: a reference that says where a secret
// lives (a Kubernetes secret volume {"secretName":"default-token-x"}, an
// env var's valueFrom {secretKeyRef: {name: db, key: password}}, a Vault
// path). The rule, decided by the words of the member keys: a container
// is a reference when it has at least one member and the last word of
// every member key, at every depth, is one of referenceWords, none of them
// being a sensitive key; a list of bare values is never a reference.

// referenceWords are the words that say where and how a secret is kept.
const referenceWords = "name names ref reference path paths file mount kind type namespace optional items item mode from provider source store arn version key uri url seconds audience expiration only readonly format encoding vault engine role"

var referenceWordList = strings.Fields(referenceWords)

// ReferenceKey reports whether a member key only says where a secret
// lives ("secretName", "secretKeyRef", "name", "key", "path",
// "defaultMode"): a container under a sensitive key whose every member key,
// at every depth, satisfies ReferenceKey is not masked, since it holds no
// secret. Adapters that mask containers under sensitive keys whole use it
// to leave such references intact, as the engine does in text.
func (e *Engine) ReferenceKey(key string) bool {
	v := e.keys.vocab
	if !v.lastWordIs(key, referenceWordList...) {
		return false
	}
	vd := e.keys.classifyKey(key)
	return vd.class != keySensitive || vd.rule.policy == polTokenLike
}

// referenceContainer reports whether the container c ({...}, [...] or
// map[...]) is a reference by the rule above.
func (e *Engine) referenceContainer(c string) bool {
	keys, strong := 0, false
	for pos := 0; pos < len(c); {
		pos = skipMemberGap(c, pos)
		if pos >= len(c) {
			break
		}
		switch ch := c[pos]; {
		case ch == '{' || ch == '[' || ch == '}' || ch == ']':
			pos++
			continue
		case ch == 'm' && hasAt(c, pos, "map["):
			pos += 4
			continue
		}
		key, vs, ok := memberKeyAt(c, pos)
		if !ok {
			return false // a bare value in a list, or no structure at all
		}
		if !e.ReferenceKey(key) {
			return false
		}
		keys++
		strong = strong || e.locationKey(key)
		vs = skipBlanks(c, vs)
		if vs < len(c) && (c[vs] == '{' || c[vs] == '[' || hasAt(c, vs, "map[")) {
			pos = vs
			continue
		}
		v, ok := readValue(c, vs, false, nil)
		if !ok {
			pos = vs
			continue
		}
		pos = v.next
	}
	return keys > 0 && strong
}

// referenceBlock is referenceContainer for a YAML block: every mapping key
// of every line is a reference key.
func (e *Engine) referenceBlock(b string) bool {
	keys, strong := 0, false
	for _, line := range strings.Split(b, "\n") {
		line = strings.TrimLeft(line, " \t")
		line = strings.TrimPrefix(line, "- ")
		if line == "" || line[0] == '#' {
			continue
		}
		key, _, ok := memberKeyAt(line, 0)
		if !ok {
			return false
		}
		if !e.ReferenceKey(key) {
			return false
		}
		keys++
		strong = strong || e.locationKey(key)
	}
	return keys > 0 && strong
}

// locationWords name where a secret is kept, not merely what it is called.
var locationWords = strings.Fields("ref reference path paths file mount arn uri url vault store provider source from engine namespace")

// locationKey reports whether a reference's member key says where the
// secret lives ("secretName", "secretKeyRef", "mountPath", "passwordFile"),
// which "name" or "kind" alone do not: {"name":"bob"} under "auth" is a
// value like any other.
func (e *Engine) locationKey(key string) bool {
	if e.keys.vocab.lastWordIs(key, locationWords...) {
		return true
	}
	k := strings.ToLower(key)
	for _, w := range [...]string{"secret", "password", "passwd", "token", "cred", "cert", "key"} {
		if i := strings.Index(k, w); i >= 0 && i+len(w) < len(k) {
			return true
		}
	}
	return false
}
