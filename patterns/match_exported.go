package patterns

import (
	"fmt"
	"slices"
	"strings"
)

// The matchers of the built-in catalog, for detectors added at run time
// with [WithDetector]. A detector built with them finds its tokens as the
// built-in detectors do: only where they stand alone as words ("acmetok_"
// inside "xacmetok_..." is not a token), never a part of a longer token,
// and through the escapes that log lines carry around a value ("\n",
// "\u0022", "%20" before it; "\/" inside a body that holds '/').

// MatchFunc is the type of [Detector.Match]: given s and the offset at of
// an occurrence of the keyword kw, it returns the span of s to redact.
type MatchFunc = func(s string, at int, kw string) (start, end int, ok bool)

// Charset is a set of bytes that a token body is drawn from. Build one
// with [NewCharset] or [MustCharset], or use a predefined one such as
// [CharsetAlnum].
type Charset struct{ set *charset }

// Predefined charsets.
var (
	CharsetAlnum     = Charset{setAlnum}                   // A-Za-z0-9
	CharsetWord      = Charset{setWord}                    // A-Za-z0-9_
	CharsetHex       = Charset{setHex}                     // 0-9a-f
	CharsetHexAny    = Charset{setHexAny}                  // 0-9a-fA-F
	CharsetUpperNum  = Charset{setUpperNum}                // A-Z0-9
	CharsetLowerNum  = Charset{setLowerNum}                // a-z0-9
	CharsetBase64URL = Charset{setBase64URL}               // A-Za-z0-9_-
	CharsetBase64    = Charset{newCharset("A-Za-z0-9+/=")} // A-Za-z0-9+/=
)

// NewCharset parses spec, a list of single bytes and ranges such as
// "A-Za-z0-9_-". A '-' that comes first or last stands for itself. An
// empty spec or a range whose ends are reversed ("z-a") is an error.
func NewCharset(spec string) (Charset, error) {
	if spec == "" {
		return Charset{}, fmt.Errorf("empty charset spec")
	}
	for i := 0; i+2 < len(spec); i++ {
		if spec[i+1] == '-' {
			if spec[i] > spec[i+2] {
				return Charset{}, fmt.Errorf("charset spec %q: range %q is reversed", spec, spec[i:i+3])
			}
			i += 2
		}
	}
	return Charset{newCharset(spec)}, nil
}

// MustCharset is [NewCharset] for specs written in the source: it panics
// on an invalid spec.
func MustCharset(spec string) Charset {
	c, err := NewCharset(spec)
	if err != nil {
		panic("patterns.MustCharset: " + err.Error())
	}
	return c
}

// must returns c's set, or panics when c is the zero Charset.
func (c Charset) must(fn string) *charset {
	if c.set == nil {
		panic("patterns." + fn + ": zero Charset: build one with NewCharset")
	}
	return c.set
}

// checkBounds panics on length bounds that no token can meet.
func checkBounds(fn string, min, max int) {
	if min < 1 || max < min {
		panic(fmt.Sprintf("patterns.%s: length bounds %d, %d: want 1 <= min <= max", fn, min, max))
	}
}

// PrefixToken matches a token that starts with the keyword and goes on
// with min to max bytes of body: "acmetok_" followed by 32 letters and
// digits is PrefixToken(CharsetAlnum, 32, 32) with the keyword
// "acmetok_". The keyword must start a word, and a body byte right after
// the longest allowed body rejects the whole token, so a longer token is
// never masked in part. The span is the keyword and the body.
func PrefixToken(body Charset, min, max int) MatchFunc {
	checkBounds("PrefixToken", min, max)
	return prefixToken(body.must("PrefixToken"), min, max)
}

// DottedToken is [PrefixToken] for bodies that may hold '.' (routable
// tokens such as "glpat-<body>.<part>"): body should include '.', and a
// '.' that ends the token is taken for the full stop of a sentence and
// left out.
func DottedToken(body Charset, min, max int) MatchFunc {
	checkBounds("DottedToken", min, max)
	return dottedToken(body.must("DottedToken"), min, max)
}

// KeyedValue matches a value that has no distinctive form of its own
// (random hex, a UUID-like string) by the key name written in front of
// it. The keyword is the key name, or its start ("acme" also matches
// "ACME_API_KEY"): up to 24 more key bytes may follow it, then a
// separator in any form log text uses (key=value, key: value, key :=
// value, key => value, "key": "value", \"key\":\"value\"), then min to max
// bytes of body that no other token byte follows. Only the value is the
// span. Set [Detector.IgnoreCase] when the key name varies in case.
func KeyedValue(body Charset, min, max int) MatchFunc {
	checkBounds("KeyedValue", min, max)
	return keyed(nil, run(body.must("KeyedValue"), min, max))
}

// Block matches an armored block from "-----BEGIN <label>-----" to
// "-----END <label>-----", whose lines may be joined by "\n" escapes as a
// block in a JSON string is. With labels, only blocks of those labels
// match ("ACME LICENSE KEY"); without, any upper-case label does. A block
// cut short by a log line limit is matched up to where its body ends. The
// keyword must start with "-----BEGIN " and may go on into the label
// ("-----BEGIN ACME"), which makes the prefilter more selective.
func Block(labels ...string) MatchFunc {
	labels = slices.Clone(labels)
	accept := upperLabel
	if len(labels) > 0 {
		accept = func(l string) bool { return slices.Contains(labels, l) }
	}
	m := pemBlock(accept)
	const begin = "-----BEGIN "
	return func(s string, at int, kw string) (int, int, bool) {
		if !hasAt(s, at, begin) {
			return 0, 0, false
		}
		return m(s, at, begin)
	}
}

// URLCredential matches the password of a URL's userinfo,
// scheme://user:password@host, leaving the user and host visible. The
// keyword must hold "://" (or ":\/\/", as JSON encoders may write it):
// "://" alone serves every scheme, "amqp://" one scheme. Values that
// stand for a password without being one ($PASSWORD, <password>,
// {{ .Password }}, a mask) are not matched.
func URLCredential() MatchFunc {
	return func(s string, at int, kw string) (int, int, bool) {
		for _, sep := range [...]string{"://", `:\/\/`} {
			if k := strings.Index(kw, sep); k >= 0 {
				return urlPassword(s, at+k, sep)
			}
		}
		return 0, 0, false
	}
}
