package patterns

import "strings"

// XML: a sensitive key as a tag name holds its value as the element's
// content (<password>x</password>, also on lines of its own) or in a value
// attribute (<password value="x"/>). Attributes with sensitive names
// (<db password="x"/>) are ordinary assignments, and name attributes
// (<add key="Password" value="x"/>) are name/value pairs
// (text_namevalue.go).

// readXMLElement reads the element whose tag name is the key k.
func (e *Engine) readXMLElement(dst []Finding, s string, k keyAt, st *kvState) []Finding {
	vd := e.classifyText(s[k.start:k.end])
	if !vd.ok() {
		return dst
	}
	i := k.end
	for m := 0; m < maxMembers; m++ {
		i = skipMemberGap(s, i)
		if i >= len(s) || s[i] == '/' || s[i] == '<' || hasAt(s, i, `\/`) {
			return dst
		}
		if s[i] == '>' {
			return e.xmlContent(dst, s, vd, i+1, st)
		}
		if c, n := escapeAt(s, i); c == '>' && n == 6 {
			return e.xmlContent(dst, s, vd, i+n, st)
		}
		key, vs, ok := memberKeyAt(s, i)
		if !ok {
			return dst
		}
		v, ok := readValue(s, skipBlanks(s, vs), false, st)
		if !ok {
			return dst
		}
		if e.valueMemberKey(key) {
			return e.takeValue(dst, s, vd, v, st)
		}
		i = v.next
	}
	return dst
}

// xmlContent masks the content of an element that starts at s[i], up to
// the next tag, blanks around it left out. Content that is itself an
// element, and an empty element, hold no value.
func (e *Engine) xmlContent(dst []Finding, s string, vd textVerdict, i int, st *kvState) []Finding {
	start := i
	for start < len(s) && isSpaceByte(s[start]) {
		start++
	}
	if hasAt(s, start, "<![CDATA[") {
		start += len("<![CDATA[")
		end := strings.Index(s[start:], "]]>")
		if end < 0 {
			return dst
		}
		return e.takeValue(dst, s, vd, value{start: start, end: start + end, next: start + end, quoted: true}, st)
	}
	// The content ends at the next tag, written plain or escaped
	// (\u003c/password\u003e). With no closing tag, "<your-secret> (will
	// retry)" is a placeholder followed by prose, not an element; and a
	// tag that opens another element makes "<api_key>:<api_secret>" a
	// template, not an element with content.
	end := strings.IndexByte(s[start:], '<')
	if esc := strings.Index(s[start:], `\u003c`); esc >= 0 && (end < 0 || esc < end) {
		end = start + esc
		if !hasAt(s, end, `\u003c/`) && !hasAt(s, end, `\u003c\/`) {
			return dst
		}
	} else if end < 0 {
		return dst
	} else {
		end += start
		if !hasAt(s, end, "</") {
			return dst
		}
	}
	for end > start && isSpaceByte(s[end-1]) {
		end--
	}
	if end == start {
		return dst
	}
	return e.takeValue(dst, s, vd, value{start: start, end: end, next: end, quoted: true}, st)
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
