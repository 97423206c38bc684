package patterns

// Quotes in text carry their escaping depth. A JSON string inside a JSON
// string writes its quotes as \", one inside that as \\\", and so on: the
// number of backslashes in front of a quote, written in binary, ends in as
// many 1 bits as the quote is deep (0 and 2 backslashes: depth 0; 1 and 5:
// depth 1; 3: depth 2; 7: depth 3). A quoted value ends at the first quote
// of the same byte that is not deeper than the one that opened it, so a
// value keeps its own escaped quotes and ends where its string does.

// quoteTok is one quote in text: its byte, its depth, and where it starts
// (at its first backslash) and ends (after the quote byte).
type quoteTok struct {
	c          byte
	depth      int
	start, end int
}

func isQuoteByte(c byte) bool { return c == '"' || c == '\'' || c == '`' }

// quoteDepth is the depth of a quote with n backslashes in front of it.
func quoteDepth(n int) int {
	d := 0
	for n&1 == 1 {
		d++
		n >>= 1
	}
	return d
}

// backslashesBefore counts the backslashes that end at s[i-1].
func backslashesBefore(s string, i int) int {
	n := 0
	for i-n > 0 && s[i-n-1] == '\\' {
		n++
	}
	return n
}

// quoteAt reads a quote that starts at s[i], backslashes included.
func quoteAt(s string, i int) (quoteTok, bool) {
	j := i
	for j < len(s) && s[j] == '\\' {
		j++
	}
	if j >= len(s) || !isQuoteByte(s[j]) || j > i && s[j] != '"' {
		return quoteTok{}, false
	}
	return quoteTok{c: s[j], depth: quoteDepth(j - i), start: i, end: j + 1}, true
}

// quoteEndingAt reads a quote whose quote byte is s[i-1].
func quoteEndingAt(s string, i int) (quoteTok, bool) {
	if i <= 0 || !isQuoteByte(s[i-1]) {
		return quoteTok{}, false
	}
	n := backslashesBefore(s, i-1)
	if n > 0 && s[i-1] != '"' {
		return quoteTok{}, false
	}
	d := quoteDepth(n)
	return quoteTok{c: s[i-1], depth: d, start: i - 1 - (1<<d - 1), end: i}, true
}

// closingQuote finds, from s[i], the quote that closes a string opened by
// q: the next quote of q's byte that is not deeper than q. It returns the
// quote, or ok=false when the string is not closed: a string at depth 0
// ends at a line break, since strings in logs do not span lines.
func closingQuote(s string, i int, q quoteTok) (quoteTok, bool) {
	for j := i; j < len(s); j++ {
		c := s[j]
		if c == '\n' && q.depth == 0 && q.c != '`' {
			return quoteTok{}, false
		}
		if c != q.c {
			continue
		}
		n := backslashesBefore(s, j)
		if q.c != '"' {
			// Single quotes and backticks escape with one backslash.
			if n%2 == 0 {
				return quoteTok{c: c, start: j, end: j + 1}, true
			}
			continue
		}
		if d := quoteDepth(n); d <= q.depth {
			// Backslashes beyond the quote's own escape are escaped
			// backslashes of the value.
			return quoteTok{c: c, depth: d, start: j - (1<<d - 1), end: j + 1}, true
		}
	}
	return quoteTok{}, false
}

// sameQuoteAt reports whether a quote like q (same byte and depth) starts
// at s[i], and where it ends.
func sameQuoteAt(s string, i int, q quoteTok) (int, bool) {
	t, ok := quoteAt(s, i)
	if !ok || t.c != q.c || t.depth != q.depth {
		return 0, false
	}
	return t.end, true
}

// escapeAt reads an escape of a JSON string at s[i] (\n, \t, \r, \", \/,
// \\ or \u00XX) and returns the byte it stands for and its length, or
// 0, 0. Text inside JSON strings writes its structure escaped: a tab as
// \t, '<' and '>' as \u003c and \u003e.
func escapeAt(s string, i int) (byte, int) {
	if i+1 >= len(s) || s[i] != '\\' {
		return 0, 0
	}
	switch c := s[i+1]; c {
	case 'n':
		return '\n', 2
	case 't':
		return '\t', 2
	case 'r':
		return '\r', 2
	case '"', '/', '\\':
		return c, 2
	case 'u':
		if i+5 < len(s) && s[i+2] == '0' && s[i+3] == '0' && isHexDigit(s[i+4]) && isHexDigit(s[i+5]) {
			return unhex(s[i+4])<<4 | unhex(s[i+5]), 6
		}
	}
	return 0, 0
}

// escapeBefore is escapeAt for an escape that ends at s[i-1].
func escapeBefore(s string, i int) (byte, int) {
	if i >= 6 {
		if c, n := escapeAt(s, i-6); n == 6 {
			return c, 6
		}
	}
	if i >= 2 && backslashesBefore(s, i-1)%2 == 1 {
		if c, n := escapeAt(s, i-2); n == 2 {
			return c, 2
		}
	}
	return 0, 0
}

// skipBlanksEsc skips blanks, escaped tabs included.
func skipBlanksEsc(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case ' ', '\t':
			i++
			continue
		case '\\':
			if c, n := escapeAt(s, i); c == '\t' {
				i += n
				continue
			}
		}
		return i
	}
	return i
}
