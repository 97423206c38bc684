package patterns

import "sync"

// Where a value ends. A quoted value ends at its closing quote
// (text_quote.go); a container ({...}, [...], map[...]) at its matching
// bracket; anything else at whitespace, a quote, an escape of the
// enclosing string, or a ',', ';', '&', '<' or '>' and a closing bracket
// that it did not open itself. Brackets a value opens keep it going, so
// "p{a]ss" and "(auth:SIMPLE)" both end where they should. Every reader
// is a single forward pass: values of any length are read to their end in
// linear time.

// value is a value found in text.
type value struct {
	start, end int // the value's bytes, inside its quotes
	next       int // where the text after the value resumes
	quoted     bool
	q          quoteTok // the opening quote of a quoted value
	container  bool
}

// readValue reads the value that starts at s[i] (no leading spaces).
// line is set when the value may run to the end of its line (a YAML
// scalar, a header line). It returns false when nothing there can be a
// value.
func readValue(s string, i int, line bool, st *kvState) (value, bool) {
	if i >= len(s) {
		return value{}, false
	}
	if q, ok := quoteAt(s, i); ok {
		if c, ok := closingQuote(s, q.end, q); ok {
			return value{start: q.end, end: c.start, next: c.end, quoted: true, q: q}, true
		}
		// An unterminated string runs to the end of its line.
		end := lineEnd(s, q.end)
		return value{start: q.end, end: end, next: end, quoted: true, q: q}, true
	}
	switch c := s[i]; {
	case c == '{' || c == '[':
		if end, ok := containerEnd(s, i, st); ok {
			return value{start: i, end: end, next: end, container: true}, true
		}
	case c == 'm' && hasAt(s, i, "map["):
		if end, ok := containerEnd(s, i+3, st); ok {
			return value{start: i, end: end, next: end, container: true}, true
		}
	case c == '\n' || c == '\r':
		return value{}, false
	case c == '$' && i+1 < len(s) && (s[i+1] == '(' || s[i+1] == '{'):
		// A command substitution or a parameter with a default:
		// $(gcloud auth print-access-token), ${X:-a b}.
		if end, ok := balancedEnd(s, i+1); ok {
			end = max(end, bareEnd(s, end))
			return value{start: i, end: end, next: end}, true
		}
	case c == '<':
		// A placeholder: <your-password>, <nil>.
		if end := indexByteIn(s, i+1, min(len(s), i+maxKeyLen), '>'); end > i+1 && indexByteIn(s, i+1, end, '<') < 0 && indexByteIn(s, i+1, end, '\n') < 0 {
			return value{start: i, end: end + 1, next: end + 1}, true
		}
	}
	if line {
		end := lineEnd(s, i)
		for end > i && (s[end-1] == ' ' || s[end-1] == '\t') {
			end--
		}
		if c := yamlComment(s, i, end); c >= 0 {
			end = c
		}
		for end > i && (s[end-1] == ',' || s[end-1] == ';') {
			end-- // code: password: getPassword(),
		}
		return value{start: i, end: end, next: end}, end > i
	}
	end := bareEnd(s, i)
	// A full stop or colon that ends a sentence is not part of the value.
	if end > i+1 && (s[end-1] == '.' || s[end-1] == ':') && (end == len(s) || s[end] == ' ' || s[end] == '\n') {
		end--
	}
	return value{start: i, end: end, next: end}, end > i
}

// bareEnd returns where an unquoted value that starts at s[i] ends.
func bareEnd(s string, i int) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch c := s[j]; c {
		case ' ', '\t', '\n', '\r', '"', '\'', '`':
			return j
		case '\\':
			if j+1 < len(s) && s[j+1] != '/' {
				return j // an escape of the enclosing string
			}
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				return j
			}
			depth--
		case ',', ';', '&', '<', '>':
			if depth == 0 {
				return j
			}
		}
	}
	return len(s)
}

// lineEnd returns the index of the line break at or after i, or len(s).
func lineEnd(s string, i int) int {
	for j := i; j < len(s); j++ {
		if s[j] == '\n' || s[j] == '\r' {
			return j
		}
	}
	return len(s)
}

// yamlComment returns where a " #" comment starts in s[i:end], or -1.
func yamlComment(s string, i, end int) int {
	for j := i + 1; j < end; j++ {
		if s[j] == '#' && (s[j-1] == ' ' || s[j-1] == '\t') {
			k := j - 1
			for k > i && (s[k-1] == ' ' || s[k-1] == '\t') {
				k--
			}
			return k
		}
	}
	return -1
}

// maxNesting bounds the brackets a container may nest; a deeper one is
// read as an unquoted value.
const maxNesting = 64

// containerFail remembers where a container scan failed and which
// brackets were open then: a container opened at one of those fails too,
// so text full of unclosed brackets is scanned once, not once per bracket.
type containerFail struct {
	end  int
	open [maxNesting]int32
	n    int
}

// containerFails pools the memos: a scan needs one only once a container
// fails, which clean text rarely makes happen.
var containerFails = sync.Pool{New: func() any { return new(containerFail) }}

// failed reports whether a container opened at s[i] is known to fail.
func (cf *containerFail) failed(i int) bool {
	if cf == nil || i >= cf.end {
		return false
	}
	for _, o := range cf.open[:cf.n] {
		if int(o) == i {
			return true
		}
	}
	return false
}

// containerEnd matches the bracket at s[i] with its closing bracket,
// skipping quoted strings, and returns the index after it. It fails on a
// bracket of the wrong kind, on a string that does not close, and at the
// end of the text, so that a value that merely starts with a bracket
// ("{{h}o)p") is read as an unquoted value instead. st, when set, keeps
// failures for the brackets that come after.
func containerEnd(s string, i int, st *kvState) (int, bool) {
	if st != nil && st.cf.failed(i) {
		return 0, false
	}
	var stack [maxNesting]byte
	var at [maxNesting]int32
	n := 0
	fail := func(j int) (int, bool) {
		if st != nil {
			if st.cf == nil {
				st.cf = containerFails.Get().(*containerFail)
			}
			st.cf.end, st.cf.n = j, n
			copy(st.cf.open[:], at[:n])
		}
		return 0, false
	}
	for j := i; j < len(s); j++ {
		switch c := s[j]; c {
		case '{', '[':
			if n == maxNesting {
				return fail(j)
			}
			if c == '{' {
				stack[n] = '}'
			} else {
				stack[n] = ']'
			}
			at[n] = int32(j)
			n++
		case '}', ']':
			if n == 0 || stack[n-1] != c {
				return fail(j)
			}
			n--
			if n == 0 {
				return j + 1, true
			}
		case '"', '\'':
			q, ok := quoteAt(s, j-backslashesBefore(s, j))
			if !ok {
				continue
			}
			if c == '\'' && j > 0 && isAlnum(s[j-1]) {
				continue // an apostrophe: "user's"
			}
			cl, ok := closingQuote(s, j+1, q)
			if !ok {
				return fail(j)
			}
			j = cl.end - 1
		}
	}
	return fail(len(s))
}

// balancedEnd returns the index after the bracket that closes the one at
// s[i], on the same line.
func balancedEnd(s string, i int) (int, bool) {
	open, close := s[i], byte(')')
	if open == '{' {
		close = '}'
	}
	depth := 0
	for j := i; j < len(s) && s[j] != '\n'; j++ {
		switch s[j] {
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return j + 1, true
			}
		}
	}
	return 0, false
}
