package main

import "unicode/utf8"

// tailKind says how the value that a finding left unfinished at a
// window's end goes on.
type tailKind uint8

const (
	tailNone    tailKind = iota
	tailBare             // up to a space or a delimiter
	tailDouble           // up to an unescaped '"'
	tailSingle           // up to an unescaped '\''
	tailEscaped          // up to \" (a quote escaped in JSON text)
)

// tailOf tells how the value of a finding that starts at w[start] ends,
// from the quote before it.
func tailOf(w []byte, start int) tailKind {
	switch {
	case start >= 2 && w[start-1] == '"' && w[start-2] == '\\':
		return tailEscaped
	case start >= 1 && w[start-1] == '"':
		return tailDouble
	case start >= 1 && w[start-1] == '\'':
		return tailSingle
	}
	return tailBare
}

// bareEnd are the bytes that end a value that is not quoted.
var bareEnd = [256]bool{' ': true, '\t': true, '\r': true, '\n': true, '"': true, '\'': true,
	',': true, ';': true, '&': true, '<': true, '>': true, ')': true, ']': true, '}': true}

// skipTail drops the rest of an unfinished value from the buffered bytes
// after done, which were masked with its start, and reports whether that
// ends the line. The value's end, its closing quote or delimiter, is
// left for the next window to write.
func (l *longLine) skipTail() (final bool) {
	b := l.buf[l.done-l.base:]
	i := 0
	for ; i < len(b); i++ {
		c := b[i]
		if l.esc {
			l.esc = false
			continue
		}
		switch l.tail {
		case tailBare:
			if bareEnd[c] {
				return l.endTail(b, i)
			}
		case tailDouble, tailSingle:
			if c == '\\' {
				l.esc = true
			} else if c == '"' && l.tail == tailDouble || c == '\'' && l.tail == tailSingle {
				return l.endTail(b, i)
			}
		case tailEscaped:
			if c != '\\' {
				break
			}
			if i+1 == len(b) && !l.ended {
				// Whether it escapes a quote shows in the next read.
				l.advance(b[:i])
				return false
			}
			if i+1 < len(b) && b[i+1] == '"' {
				return l.endTail(b, i)
			}
			l.esc = true
		}
	}
	l.advance(b)
	return l.ended
}

// endTail drops b[:i], the rest of the value, and ends the tail: b[i],
// the quote or delimiter that ends the value, is the next window's.
func (l *longLine) endTail(b []byte, i int) bool {
	l.advance(b[:i])
	l.tail = tailNone
	return false
}

// advance moves done over skipped bytes.
func (l *longLine) advance(skipped []byte) {
	l.done += len(skipped)
	l.runes += utf8.RuneCount(skipped)
}
