package patterns

import (
	"slices"
	"strings"
)

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

// tokenSpec is a prefixed token format: one of prefixes, then min to max
// bytes of body. Most catalog entries are one, and [token] declares the
// detector and its examples from it.
type tokenSpec struct {
	id, desc string
	prefixes []string
	body     *charset
	// chars builds example bodies; it must be a subset of body.
	chars    string
	min, max int
	// valid, if set, checks the body after the prefix; nil means
	// [randomLooking], which turns away words and placeholders.
	valid func(body string) bool
	// example, if set, builds a valid body for seed instead of chars.
	example func(seed string) string
}

// token declares t with examples generated from its format: each prefix
// with a valid body, bare and in a sentence, must be found; the body one
// byte short and one byte long, the prefix inside a word, the prefix
// alone and a placeholder must not.
func token(t tokenSpec) Detector {
	valid := t.valid
	if valid == nil {
		valid = randomLooking
	}
	body := t.example
	if body == nil {
		body = func(seed string) string { return fakeMixed(t.chars, t.max, seed) }
	}
	d := Detector{
		ID:          t.id,
		Description: t.desc + " (" + strings.Join(t.prefixes, ", ") + ")",
		Category:    Secret,
		Keywords:    t.prefixes,
		Match:       prefixToken(t.body, t.min, t.max),
		Validate: func(m string) bool {
			for _, p := range t.prefixes {
				if strings.HasPrefix(m, p) {
					return valid(m[len(p):])
				}
			}
			return false
		},
	}
	for i, p := range t.prefixes {
		d.Positive = append(d.Positive, Example{Text: p + body(t.id+"-"+p), Why: "bare token, " + p})
		if i == 0 {
			tok := p + body(t.id+"-sentence")
			d.Positive = append(d.Positive, Example{Text: "request with " + tok + " was rejected", Secret: tok, Why: "inside a sentence"})
		}
	}
	p := t.prefixes[0]
	full := body(t.id + "-neg")
	short, long := fakeMixed(t.chars, t.min-1, t.id+"-short"), full+fakeMixed(t.chars, t.max+1-len(full), t.id+"-long")
	if t.example != nil {
		// A structured body: cut the valid one.
		short = full[:t.min-1]
	}
	d.Negative = []Example{
		{Text: p + short, Why: "body one byte short"},
		{Text: p + long, Why: "body one byte long"},
		{Text: "x" + p + full, Why: "prefix inside a word"},
		{Text: "prefix " + p + " is documented", Why: "the prefix alone"},
		{Text: p + strings.Repeat("X", t.max), Why: "a placeholder"},
	}
	return d
}

// fakeMixed is [fake] that also holds a digit and a letter, as generated
// secrets do, when chars has both.
func fakeMixed(chars string, n int, seed string) string {
	if n <= 0 {
		return ""
	}
	v := fake(chars, n, seed)
	if n >= 2 && strings.ContainsAny(chars, "0123456789") && strings.IndexFunc(chars, isLetterRune) >= 0 && !randomLooking(v) {
		v = v[:n-2] + firstOf2(chars, isDigitRune) + firstOf2(chars, isLetterRune)
	}
	return v
}

func isDigitRune(r rune) bool  { return r >= '0' && r <= '9' }
func isLetterRune(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// firstOf2 returns the first byte of chars that f accepts.
func firstOf2(chars string, f func(rune) bool) string {
	i := strings.IndexFunc(chars, f)
	return chars[i : i+1]
}

// keyedSpec is a secret without a form of its own, written after a key
// name that holds its vendor's name. [keyedSecret] declares it.
type keyedSpec struct {
	id, desc string
	// keys are the vendor's names in lower case; the detector matches
	// them as written in lower case, capitalized and in upper case.
	keys []string
	// hot are spellings of keys that ordinary log words hold
	// ("Linode" shares its anchor with "Linux"): they are left out, so
	// that the prefilter stays quiet on clean text.
	hot   []string
	body  bodyFunc
	valid func(value string) bool
	// value builds an example value for seed.
	value func(seed string) string
	// ranged says that values one byte shorter or longer than the
	// example are valid too (a length range, or lengths one apart), so
	// that no such negatives are generated.
	ranged bool
}

// keySpellings returns each name in lower case, capitalized and in upper
// case, but the spellings in hot.
func keySpellings(names, hot []string) []string {
	var out []string
	for _, n := range names {
		for _, v := range []string{n, strings.ToUpper(n[:1]) + n[1:], strings.ToUpper(n)} {
			if !slices.Contains(hot, v) && !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// keyedSecret declares k with generated examples: the value after each
// spelling of the vendor's key, in an environment variable, a JSON
// object or a YAML line, must be found; the same value after the vendor's
// name without a separator, a value of the wrong length and a placeholder
// must not.
func keyedSecret(k keyedSpec) Detector {
	valid := k.valid
	if valid == nil {
		valid = randomLooking
	}
	if v := valid; true {
		valid = func(s string) bool { return v(s) && varied(s) }
	}
	keys := keySpellings(k.keys, k.hot)
	d := Detector{
		ID:          k.id,
		Description: k.desc + " after a key name holding " + strings.Join(k.keys, " or "),
		Category:    Secret,
		Keywords:    keys,
		Match:       keyed(nil, k.body),
		Validate:    valid,
	}
	forms := []func(key, v string) string{
		func(key, v string) string { return key + "_CLIENT=" + v },
		func(key, v string) string { return `{"` + key + `_client":"` + v + `","region":"eu"}` },
		func(key, v string) string { return key + ".client: " + v },
	}
	for i, key := range keys {
		v := k.value(k.id + "-" + key)
		d.Positive = append(d.Positive, Example{Text: forms[i%3](key, v), Secret: v, Why: "after " + key})
	}
	key, v := keys[0], k.value(k.id)
	d.Negative = []Example{
		{Text: key + " request " + v + " done", Why: "the vendor's name without a key-value separator"},
		{Text: key + "_CLIENT=" + v[:len(v)/2], Why: "value too short"},
		{Text: key + "_CLIENT=" + strings.Repeat("x", len(v)), Why: "a placeholder"},
		{Text: key + "_CLIENT=<" + key + "-key>", Why: "a template placeholder"},
	}
	if !k.ranged {
		d.Negative = append(d.Negative,
			Example{Text: key + "_CLIENT=" + v[:len(v)-1], Why: "value one byte short"},
			Example{Text: key + "_CLIENT=" + v + v[len(v)-1:], Why: "value one byte long"},
		)
	}
	return d
}

// withPositives adds positive examples to d, for forms that the
// generated ones do not show.
func withPositives(d Detector, ex ...Example) Detector {
	d.Positive = append(d.Positive, ex...)
	return d
}

// anchoredOn makes d, declared by [token], wake on parts of its prefixes
// (kws, or the one part p) whose byte pairs ordinary text holds less
// often than the whole prefix's rarest ("mlsn" rather than the "n." of
// "mlsn."): the matcher finds the prefix around the part and reads the
// token from there.
func anchoredOn(p string, d Detector, kws ...string) Detector {
	if p != "" {
		kws = append(kws, p)
	}
	prefixes, match := d.Keywords, d.Match
	d.Keywords = kws
	d.Match = func(s string, at int, kw string) (int, int, bool) {
		for _, pre := range prefixes {
			if off := strings.Index(pre, kw); off >= 0 && hasAt(s, at-off, pre) {
				return match(s, at-off, pre)
			}
		}
		return 0, 0, false
	}
	return d
}
