package main

import (
	"unicode/utf8"

	"github.com/logredact/logredact/patterns"
)

// Logfmt lines (level=info msg="request done" user=bob) are read pair by
// pair, so that key rules see each key: a value under "password" is masked
// whatever it looks like, and a value under an allowed key is left alone.
// The text between values (keys, spaces, bare words after a quoted value)
// is scanned as text. A line that does not parse as logfmt from start to
// end is read as text.

// logfmtPair is one key=value pair; offsets index the line's body.
type logfmtPair struct {
	keyStart, keyEnd int
	// valStart and valEnd bound the value without its quotes.
	valStart, valEnd int
	quoted           bool
	// escaped is set when a quoted value holds a backslash escape.
	escaped bool
	// spaced is set when an unquoted value runs over bare words.
	spaced bool
}

// isKeyStart reports whether c can begin a logfmt line's first key.
func isKeyStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isLogfmtSpace(c byte) bool { return c == ' ' || c == '\t' }

// parseLogfmt splits body into p.pairs. It reports false when body is not
// logfmt: the first token must be a key=value pair, every quoted value must
// be closed, and no token may contain a stray quote.
func (p *lineProc) parseLogfmt(body []byte) bool {
	p.pairs = p.pairs[:0]
	i := 0
	for {
		for i < len(body) && isLogfmtSpace(body[i]) {
			i++
		}
		if i == len(body) {
			return len(p.pairs) > 0
		}
		ks := i
		for i < len(body) && body[i] > ' ' && body[i] != '=' && body[i] != '"' {
			i++
		}
		if i == ks {
			return false
		}
		if i == len(body) || isLogfmtSpace(body[i]) {
			// A bare word. After an unquoted value it continues that
			// value: "card=4111 1111 1111 1111" is one card number,
			// written by a logger that did not quote it.
			if len(p.pairs) == 0 {
				return false
			}
			if last := &p.pairs[len(p.pairs)-1]; !last.quoted && last.valEnd > last.valStart {
				last.valEnd = i
				last.spaced = true
			}
			continue
		}
		if body[i] != '=' {
			return false
		}
		pair := logfmtPair{keyStart: ks, keyEnd: i}
		i++
		switch {
		case i < len(body) && body[i] == '"':
			i++
			pair.quoted = true
			pair.valStart = i
			for i < len(body) && body[i] != '"' {
				if body[i] == '\\' {
					pair.escaped = true
					i++
				}
				i++
			}
			if i >= len(body) {
				return false
			}
			pair.valEnd = i
			i++
			if i < len(body) && !isLogfmtSpace(body[i]) {
				return false
			}
		default:
			pair.valStart = i
			for i < len(body) && !isLogfmtSpace(body[i]) {
				if body[i] == '"' {
					return false
				}
				i++
			}
			pair.valEnd = i
		}
		p.pairs = append(p.pairs, pair)
	}
}

// lazyOut builds a rewritten line only once something changes, so that a
// clean line costs no copy.
type lazyOut struct {
	dst    []byte
	n0     int // len(dst) on entry
	src    []byte
	copied int
	dirty  bool
}

// replace writes src[copied:start], then repl, and skips src[start:end].
func (l *lazyOut) replace(start, end int, repl func(dst []byte) []byte) {
	l.dst = append(l.dst, l.src[l.copied:start]...)
	l.dst = repl(l.dst)
	l.copied = end
	l.dirty = true
}

func (l *lazyOut) finish() ([]byte, bool) {
	if !l.dirty {
		return l.dst[:l.n0], false
	}
	return append(l.dst, l.src[l.copied:]...), true
}

// redactLogfmt rewrites the pairs parseLogfmt found in body.
func (p *lineProc) redactLogfmt(dst, body []byte) ([]byte, bool) {
	l := lazyOut{dst: dst, n0: len(dst), src: body}
	text := patterns.Scope{Layer: layer}
	gap := 0
	for _, pr := range p.pairs {
		p.redactSpan(&l, text, gap, pr.keyEnd+1)
		sc := patterns.Scope{Layer: layer, Key: str(body[pr.keyStart:pr.keyEnd])}
		switch {
		case pr.escaped:
			p.dec, p.decAt = decodeLogfmt(p.dec[:0], p.decAt[:0], body[pr.valStart:pr.valEnd], false)
			if red, changed := p.e.RedactIn(sc, str(p.dec)); changed {
				l.replace(pr.valStart, pr.valEnd, func(d []byte) []byte { return appendLogfmtEscaped(d, red) })
			}
		case pr.quoted:
			if p.e.ContainsIn(sc, str(body[pr.valStart:pr.valEnd])) {
				l.replace(pr.valStart, pr.valEnd, func(d []byte) []byte {
					n := len(d)
					d, _ = p.e.AppendRedact(d, sc, body[pr.valStart:pr.valEnd])
					return reescape(d, n)
				})
			}
		default:
			if p.e.ContainsIn(sc, str(body[pr.valStart:pr.valEnd])) {
				l.replace(pr.valStart, pr.valEnd, func(d []byte) []byte {
					n := len(d)
					d, _ = p.e.AppendRedact(d, sc, body[pr.valStart:pr.valEnd])
					if needsQuote(d[n:], pr.spaced) {
						masked := string(d[n:])
						d = append(d[:n], '"')
						d = appendLogfmtEscaped(d, masked)
						d = append(d, '"')
					}
					return d
				})
			}
		}
		gap = pr.valEnd
		if pr.quoted {
			gap++
		}
	}
	p.redactSpan(&l, text, gap, len(body))
	return l.finish()
}

// redactSpan redacts body[start:end] as text, in place in l.
func (p *lineProc) redactSpan(l *lazyOut, sc patterns.Scope, start, end int) {
	if start >= end || !p.e.ContainsIn(sc, str(l.src[start:end])) {
		return
	}
	l.replace(start, end, func(d []byte) []byte {
		d, _ = p.e.AppendRedact(d, sc, l.src[start:end])
		return d
	})
}

// reescape escapes what a mask wrote into a quoted value (d[n:]) that
// would end the quotes early; masks rarely hold a quote or a backslash.
func reescape(d []byte, n int) []byte {
	for _, c := range d[n:] {
		if c == '"' || c == '\\' || c < ' ' {
			masked := string(d[n:])
			return appendLogfmtEscaped(d[:n], masked)
		}
	}
	return d
}

// needsQuote reports whether a mask written in place of an unquoted value
// must be quoted to stay one logfmt value. A value that already ran over
// spaces keeps its unquoted form.
func needsQuote(v []byte, spaced bool) bool {
	for _, c := range v {
		if c == ' ' && spaced {
			continue
		}
		if c <= ' ' || c == '"' || c == '=' || c == '\\' {
			return true
		}
	}
	return false
}

// scanLogfmt reports the findings in the pairs parseLogfmt found, with
// offsets into body.
func (p *lineProc) scanLogfmt(body []byte, fn func(patterns.Finding)) {
	gap := 0
	for _, pr := range p.pairs {
		p.scanSpan(body, gap, pr.keyEnd+1, fn)
		sc := patterns.Scope{Layer: layer, Key: str(body[pr.keyStart:pr.keyEnd])}
		raw := body[pr.valStart:pr.valEnd]
		if pr.escaped {
			p.dec, p.decAt = decodeLogfmt(p.dec[:0], p.decAt[:0], raw, true)
			p.fs = p.e.AppendFind(p.fs[:0], sc, str(p.dec))
			for _, f := range p.fs {
				f.Start = pr.valStart + p.decAt[f.Start]
				f.End = pr.valStart + p.decAt[f.End]
				fn(f)
			}
		} else {
			p.fs = p.e.AppendFind(p.fs[:0], sc, str(raw))
			for _, f := range p.fs {
				f.Start += pr.valStart
				f.End += pr.valStart
				fn(f)
			}
		}
		gap = pr.valEnd
		if pr.quoted {
			gap++
		}
	}
	p.scanSpan(body, gap, len(body), fn)
}

func (p *lineProc) scanSpan(body []byte, start, end int, fn func(patterns.Finding)) {
	if start < end {
		p.scanText(body[start:end], start, fn)
	}
}

// decodeLogfmt appends the decoded form of a quoted value's raw bytes to
// dst. Logfmt writers escape like JSON (\" \\ \n \t \r \uXXXX); an unknown
// escape is kept as written. With offsets, at[i] is the raw offset of
// decoded byte i, and at[len(dec)] is len(raw).
func decodeLogfmt(dst []byte, at []int, raw []byte, offsets bool) ([]byte, []int) {
	for i := 0; i < len(raw); {
		c := raw[i]
		start := i
		n := len(dst)
		if c == '\\' && i+1 < len(raw) {
			switch e := raw[i+1]; e {
			case '"', '\\', '/':
				dst = append(dst, e)
				i += 2
			case 'n':
				dst = append(dst, '\n')
				i += 2
			case 't':
				dst = append(dst, '\t')
				i += 2
			case 'r':
				dst = append(dst, '\r')
				i += 2
			case 'u':
				if r, ok := hex4(raw, i+2); ok {
					dst = utf8.AppendRune(dst, r)
					i += 6
					break
				}
				dst = append(dst, c)
				i++
			default:
				dst = append(dst, c)
				i++
			}
		} else {
			dst = append(dst, c)
			i++
		}
		if offsets {
			for range len(dst) - n {
				at = append(at, start)
			}
		}
	}
	if offsets {
		at = append(at, len(raw))
	}
	return dst, at
}

func hex4(raw []byte, i int) (rune, bool) {
	if i+4 > len(raw) {
		return 0, false
	}
	var r rune
	for _, c := range raw[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// appendLogfmtEscaped appends s escaped for the inside of a quoted logfmt
// value. Bytes that need no escape, invalid UTF-8 included, are kept.
func appendLogfmtEscaped(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			dst = append(dst, '\\', c)
		case c == '\n':
			dst = append(dst, '\\', 'n')
		case c == '\r':
			dst = append(dst, '\\', 'r')
		case c == '\t':
			dst = append(dst, '\\', 't')
		case c < ' ':
			dst = append(dst, '\\', 'u', '0', '0', hexDigit[c>>4], hexDigit[c&0xf])
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

const hexDigit = "0123456789abcdef"
