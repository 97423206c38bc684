package jsonredact

// An event that is JSON but for one field (zerolog's RawJSON given bytes
// that are not JSON, a truncated write) is still read field by field: the
// member whose value does not parse is read as text under its key, from
// its value to where the next member starts, and every other member keeps
// its key path and the rules that go with it.

// recoverObject visits a top-level object member by member, reading a
// member whose value is not JSON as text. It reports false, having done
// nothing, when w.src does not start like an object.
func (w *walker) recoverObject() bool {
	i := w.skipSpace(0)
	if i >= len(w.src) || w.src[i] != '{' {
		return false
	}
	w.path, w.cur = w.path[:0], nil
	i++
	for {
		i = w.skipSpace(i)
		if i >= len(w.src) {
			return true // truncated
		}
		if w.src[i] == '}' {
			w.cur = nil
			w.badSpan(i+1, len(w.src))
			return true
		}
		if w.src[i] != '"' {
			w.cur = nil
			w.badSpan(i, len(w.src))
			return true
		}
		end, esc := w.stringEnd(i + 1)
		if end < 0 {
			w.cur = nil
			w.badSpan(i, len(w.src))
			return true
		}
		j := w.skipSpace(end + 1)
		if j >= len(w.src) || w.src[j] != ':' {
			// Not a key after all: the rest is text with no key.
			w.cur = nil
			w.badSpan(i, len(w.src))
			return true
		}
		masked := false
		if !w.fieldKeys {
			masked = w.keyValue(nil, i, end, esc)
		}
		switch {
		case masked:
			w.path = append(w.path[:0], w.mkey...)
			w.cur = w.path
		case esc:
			w.path, _ = appendDecoded(w.path[:0], w.src[i+1:end], inString)
			w.cur = w.path
		default:
			w.path = w.path[:0]
			w.cur = w.src[i+1 : end]
		}
		msg := w.msgKey != "" && str(w.cur) == w.msgKey
		vs := w.skipSpace(j + 1)
		if ve := w.skip(vs, 1); ve >= 0 {
			if k := w.skipSpace(ve); k >= len(w.src) || w.src[k] == ',' || w.src[k] == '}' {
				w.value(vs, 1, msg)
				if k >= len(w.src) {
					return true
				}
				if w.src[k] == '}' {
					w.cur = nil
					w.badSpan(k+1, len(w.src))
					return true
				}
				i = k + 1
				continue
			}
		}
		r := w.resync(vs)
		w.badSpan(vs, r)
		if r >= len(w.src) || w.src[r] != ',' {
			w.cur = nil
			if r < len(w.src) {
				w.badSpan(r+1, len(w.src))
			}
			return true
		}
		i = r + 1
	}
}

// resync returns where the member whose value starts at w.src[vs] ends: at
// the next comma followed by a key and a colon, else at the object's last
// closing brace, else at the end of the input.
func (w *walker) resync(vs int) int {
	for k := vs; k < len(w.src); k++ {
		if w.src[k] != ',' {
			continue
		}
		q := w.skipSpace(k + 1)
		if q >= len(w.src) || w.src[q] != '"' {
			continue
		}
		end, _ := w.stringEnd(q + 1)
		if end < 0 {
			continue
		}
		if c := w.skipSpace(end + 1); c < len(w.src) && w.src[c] == ':' {
			return k
		}
	}
	last := len(w.src)
	for last > vs && isSpace(w.src[last-1]) {
		last--
	}
	if last > vs && w.src[last-1] == '}' {
		return last - 1
	}
	return len(w.src)
}

// badSpan reads w.src[s:e], which is not JSON, as text under the current
// key: masked whole under a sensitive key, left alone under an allowed one,
// scanned as text otherwise.
func (w *walker) badSpan(s, e int) {
	for e > s && isSpace(w.src[e-1]) {
		e--
	}
	if s >= e {
		return
	}
	switch w.class() {
	case keyAllowed:
		return
	case keySensitive, keyMarked:
		// A span masked already (this output read again) stays.
		if v := w.src[s:e]; !(len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' && !w.e.ContainsIn(w.scope(), str(v[1:len(v)-1]))) {
			w.whole(s, e)
		}
		return
	}
	was := w.text
	w.text = true
	w.matters = w.keyMatters()
	w.textValue(w.src[s:e], w.src[s:e], s, false)
	w.text = was
}
