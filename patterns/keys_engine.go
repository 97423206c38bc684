package patterns

import "strings"

// How the engine applies key rules: to the key path of a field (Scope.Key)
// and to the keys the free-text reader finds, with the detectors that
// report them (sensitive-key, pii-key) switched on or off.

// piiKeyID names findings of personal-data key rules.
const piiKeyID = "pii-key"

// textVerdict is a sensitive key's verdict with the detector that
// reports it; the zero value means the key rules do not apply.
type textVerdict struct {
	rule   *keyRule
	plural bool
	id     string // sensitive-key or pii-key
	name   string // the term, the Key of findings in text
}

func (v textVerdict) ok() bool { return v.rule != nil }

// verdictOf pairs vd with its detector, if that detector is on.
func (e *Engine) verdictOf(vd keyVerdict) textVerdict {
	if vd.class != keySensitive {
		return textVerdict{}
	}
	id := sensitiveKeyID
	if vd.rule.pii() {
		if e.pii < 0 {
			return textVerdict{}
		}
		id = piiKeyID
	} else if e.kv < 0 {
		return textVerdict{}
	}
	return textVerdict{rule: vd.rule, plural: vd.plural, id: id, name: vd.name}
}

// classifyText applies the key rules to a key found in text.
func (e *Engine) classifyText(key string) textVerdict {
	if !e.keys.filter.componentMay(key, 0, len(key)) {
		return textVerdict{} // "token_count", "password_changed_at"
	}
	return e.verdictOf(e.keys.classifyKey(key))
}

// classify applies the key rules to a key path: the allow list always,
// the sensitive terms of the detectors that are on.
func (e *Engine) classify(path string) (keyClass, textVerdict) {
	c, v, _ := e.decodeCode(e.keyCode(path))
	return c, v
}

// keyCode is the key cache's code for path, settled and remembered on
// first use. Besides the class and verdict, it tells a plain key whose
// path holds a detector's keyword (a value under "Adobe_client" or
// "AccountKey" is read with its key in front of it, keycontext.go) and one
// under which personal data reads differently (keyed_pii.go).
func (e *Engine) keyCode(path string) uint64 {
	c := e.keyCache
	slot := c.front.slot(path)
	if p := slot.Load(); p != nil && p.key == path {
		return p.code
	}
	h := c.hash(path)
	code, ok := c.get(h)
	if !ok {
		code = e.settleKey(path)
		c.put(h, code)
	}
	c.front.fill(slot, path, code)
	return code
}

// settleKey applies the key rules to path. A key that holds a mask (a map
// key whose email or card was masked) is judged without it: the detector
// ID in "[REDACTED:credit-card]" names no field, and must not make the
// value beside it a card's.
func (e *Engine) settleKey(path string) uint64 {
	if strings.Contains(path, maskPrefix) {
		path = withoutMasks(path)
		if path == "" {
			return keyCodePlain
		}
	}
	code := keyCodePlain
	if e.keys.allowed != nil || e.keys.filter.mayBeSensitive(path) {
		// Most keys end in no key word at all: a byte or two read
		// from their end settles them, else the rules do.
		vd := e.keys.classifyPath(path)
		switch vd.class {
		case keyAllowed:
			code = keyCodeAllowed
		case keySensitive:
			if e.verdictOf(vd).ok() {
				code = keyCodeTerms + 2*uint64(vd.term.index)
				if vd.plural {
					code++
				}
			}
		}
	}
	if code == keyCodePlain {
		switch {
		case e.keyContext(contextKey(path)):
			code = keyCodeContext
		case e.phoneField(path) || e.card >= 0 && idField(path):
			code = keyCodePIIField
		}
	}
	return code
}

// withoutMasks returns key with every "[REDACTED...]" span taken out.
func withoutMasks(key string) string {
	var b strings.Builder
	for {
		i := strings.Index(key, maskPrefix)
		if i < 0 {
			b.WriteString(key)
			return b.String()
		}
		b.WriteString(key[:i])
		end := strings.IndexByte(key[i:], ']')
		if end < 0 {
			return b.String()
		}
		key = key[i+end+1:]
	}
}

// decodeCode turns a key code back into a class, a verdict and whether
// the key is context for the detectors.
func (e *Engine) decodeCode(code uint64) (keyClass, textVerdict, bool) {
	switch code {
	case keyCodePlain, keyCodePIIField:
		return keyPlain, textVerdict{}, false
	case keyCodeContext:
		return keyPlain, textVerdict{}, true
	case keyCodeAllowed:
		return keyAllowed, textVerdict{}, false
	}
	return keySensitive, e.termVerdicts[code-keyCodeTerms], false
}

// Key codes, as the key cache keeps them: plain, allowed, or a term's
// verdict, two per term (singular, plural).
const (
	keyCodePlain   uint64 = 1
	keyCodeAllowed uint64 = 2
	keyCodeTerms   uint64 = 3
	// keyCodeContext is a plain key that holds a detector's keyword; it
	// sits above every term's code.
	keyCodeContext uint64 = keyCodeMask
	// keyCodePIIField is a plain key under which the detectors of
	// personal data read a value differently (keyed_pii.go).
	keyCodePIIField uint64 = keyCodeMask - 1
)

// buildTermVerdicts lists the verdict of every term, singular and plural,
// with the detector that reports it on this engine.
func (e *Engine) buildTermVerdicts() {
	ts := e.keys.vocab.terms
	e.termVerdicts = make([]textVerdict, 2*len(ts))
	for i, t := range ts {
		for p := 0; p < 2; p++ {
			e.termVerdicts[2*i+p] = e.verdictOf(keyVerdict{class: keySensitive, rule: t.rule, plural: p == 1, name: t.name, term: t})
		}
	}
}

// fieldFindings appends what the key rules mask in s, a whole field value
// under a key of verdict v: the value, the credential after an
// authorization scheme, each cookie of a list; nothing for a value that is
// no secret (a reference, a literal, a path under "pwd").
func (e *Engine) fieldFindings(dst []Finding, v textVerdict, s string) []Finding {
	val := value{start: 0, end: len(s), next: len(s), quoted: true}
	if c := s[0]; c == '{' || c == '[' || c == 'm' && hasAt(s, 0, "map[") {
		i := 0
		if c == 'm' {
			i = 3
		}
		if end, ok := containerEnd(s, i, nil); ok && end == len(s) {
			val.container = true
		}
	}
	var st kvState
	n := len(dst)
	dst = e.takeValue(dst, s, v, val, &st)
	for i := n; i < len(dst); i++ {
		// Key stays empty: the caller's key may live in a reused
		// buffer, and keeping it here would make it escape.
		dst[i].Key = ""
	}
	return dst
}

// mergeKeyFindings merges the key rules' findings kf into the detectors'
// findings dst[n:]. A detector finding that covers exactly a key finding
// names it (a card under "card_number" keeps its partial mask); other
// detector findings inside a key finding are absorbed by it.
func mergeKeyFindings(dst []Finding, n int, kf []Finding) []Finding {
	for _, k := range kf {
		exact, overlaps := -1, 0
		for i := n; i < len(dst); i++ {
			if dst[i].Start < k.End && k.Start < dst[i].End {
				overlaps++
				if dst[i].Start == k.Start && dst[i].End == k.End {
					exact = i
				}
			}
		}
		if overlaps == 1 && exact >= 0 {
			continue
		}
		out := dst[:n]
		for _, f := range dst[n:] {
			if f.Start < k.End && k.Start < f.End {
				k.Start, k.End = min(k.Start, f.Start), max(k.End, f.End)
				continue
			}
			out = append(out, f)
		}
		dst = append(out, k)
	}
	return mergeFindings(dst, n)
}

// registerKeyReader files the reader's key words and literals with the
// prefilter (under negative detector indices: see detKeyWord), and the
// structural anchors of query values. Personal-data keys alone need only
// their own words.
func (e *Engine) registerKeyReader() {
	e.buildTermVerdicts()
	if e.kv < 0 && e.pii < 0 {
		return
	}
	e.passwordVerdict = e.classifyText("password")
	e.pf.addClass('%', clsQuery, isHexDigit)
	e.pf.addClass('+', clsQuery, isAlnum)
	for _, kw := range e.keyWordLiterals() {
		off := -1
		if a, ok := keywordAnchors[kw.text]; ok {
			off = strings.Index(kw.text, a)
		}
		if off < 0 {
			off = e.pf.anchorOf(kw.text, kw.fold)
		}
		e.pf.addKeywordAt(kw.text, off, kw.fold, kw.det)
	}
}

// keywordAnchors are pairs of bytes rarer in log text than the prefilter's
// estimate picks for these words and literals (counted over the Loghub
// samples of 16 systems and the bench corpus): the pair is looked up at
// every byte, so a rare one keeps the reader asleep on clean text.
var keywordAnchors = map[string]string{
	"street": "ee", "sess": "ss", "acct": "cc", "account": "cc", "key": "ey", "routing": "ou",
	"masterauth": "au", "social": "ci", "holder": "ld", "identified by": "if", "birth": "ir",
	"aba": "ba", "postal": "os", "jdbc:oracle:thin:": "jd", "zip": "zi", "cvc": "vc", "nerdctl": "dc",
	"name": "na", "pass": "as", "otp": "ot", "@unix(": "@u", "curl": "rl", "docker": "do",
	"buildah": "ah", "ldapadd": "ld", "ldapdelete": "ld", "ldapsearch": "ld", "ldapexop": "xo",
	"ldappasswd": "wd", "mariadb": "ia", "skopeo": "eo", "smbcacls": "sm", "smbclient": "sm", "smbget": "bg",
}

// keyLiteralEntry is one literal of the reader for the prefilter.
type keyLiteralEntry struct {
	text string
	fold bool
	det  int
}

// keyWordLiterals lists every literal that wakes the free-text reader:
// the words of the key terms (case-insensitive), and the reader's own
// literals ("identified by", "@tcp(", tool names). A candidate scanner
// that finds all of them, and the structural anchors, finds every place
// the reader can mask.
func (e *Engine) keyWordLiterals() []keyLiteralEntry {
	var out []keyLiteralEntry
	if e.kv >= 0 {
		for _, kw := range e.keys.vocab.keywords {
			out = append(out, keyLiteralEntry{kw, true, detKeyWord})
		}
		for _, l := range keyLiterals {
			out = append(out, keyLiteralEntry{l.text, l.fold, detLiteral(l.kind)})
		}
	}
	if e.pii >= 0 {
		for _, kw := range e.keys.vocab.piiKeywords {
			out = append(out, keyLiteralEntry{kw, true, detKeyWord})
		}
	}
	return out
}
