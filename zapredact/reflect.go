package zapredact

import (
	"encoding/json"
	"errors"
	"strconv"
	"unsafe"
)

// Reflected values (zap.Reflect, and zap.Any of structs, maps and slices)
// reach the log as JSON. Walking them with package reflect would have to
// repeat every rule of encoding/json (tags, omitempty, embedded structs,
// MarshalJSON, TextMarshaler map keys) to know what the log will hold, so
// the value is encoded with encoding/json instead and the JSON is walked:
// key rules see each object key as it is written (the json tag, the map
// key), and the detectors see each string and number.

// errBadJSON reports output of encoding/json this walker cannot read. It
// cannot happen for valid JSON; if it does, the value is masked whole.
var errBadJSON = errors.New("zapredact: unreadable JSON")

// reflected records v under key. When no value inside it had anything
// to mask it is recorded as v itself, for the wrapped encoder to encode;
// otherwise it is recorded as the redacted JSON tree.
func (rec *recorder) reflected(key string, v any) error {
	if v == nil {
		rec.push(node{kind: kReflected, key: key})
		return nil
	}
	data, err := json.Marshal(v)
	if err != nil {
		// zap's encoders write nothing under key and report the error.
		return rec.redactErr(err)
	}
	i := len(rec.nodes)
	outer := rec.changed
	rec.changed = false
	frames := len(rec.frames)
	pathLen, masked, allowed := len(rec.path), rec.masked, rec.allowed
	p := jsonParser{data: data}
	if err := rec.parseValue(&p, key); err != nil {
		rec.nodes = rec.nodes[:i]
		rec.frames = rec.frames[:frames]
		rec.path, rec.masked, rec.allowed = rec.path[:pathLen], masked, allowed
		rec.push(node{kind: kString, key: key, s: rec.r.eng.RedactString(string(data))})
		rec.changed = true
	}
	if !rec.changed {
		clear(rec.nodes[i:])
		rec.nodes = rec.nodes[:i]
		rec.push(node{kind: kReflected, key: key, v: v})
	}
	rec.changed = rec.changed || outer
	return nil
}

type jsonParser struct {
	data []byte
	i    int
}

func (p *jsonParser) ws() {
	for p.i < len(p.data) {
		switch p.data[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// consume skips lit at the current position.
func (p *jsonParser) consume(lit string) bool {
	if len(p.data)-p.i < len(lit) || string(p.data[p.i:p.i+len(lit)]) != lit {
		return false
	}
	p.i += len(lit)
	return true
}

// str reads a JSON string. A string without escapes is a view of data,
// which nothing else writes to, so it needs no copy.
func (p *jsonParser) str() (string, error) {
	if p.i >= len(p.data) || p.data[p.i] != '"' {
		return "", errBadJSON
	}
	start := p.i
	escaped := false
	for j := start + 1; j < len(p.data); j++ {
		switch p.data[j] {
		case '\\':
			escaped = true
			j++
		case '"':
			p.i = j + 1
			if !escaped {
				b := p.data[start+1 : j]
				return unsafe.String(unsafe.SliceData(b), len(b)), nil
			}
			var s string
			if err := json.Unmarshal(p.data[start:j+1], &s); err != nil {
				return "", errBadJSON
			}
			return s, nil
		}
	}
	return "", errBadJSON
}

// parseValue records the JSON value at p under key.
func (rec *recorder) parseValue(p *jsonParser, key string) error {
	p.ws()
	if p.i >= len(p.data) {
		return errBadJSON
	}
	switch c := p.data[p.i]; {
	case c == '{':
		p.i++
		i := rec.open(kObject, key)
		p.ws()
		if p.consume("}") {
			return rec.close(i, nil)
		}
		for {
			p.ws()
			k, err := p.str()
			if err != nil {
				return err
			}
			p.ws()
			if !p.consume(":") {
				return errBadJSON
			}
			if err := rec.parseValue(p, k); err != nil {
				return err
			}
			p.ws()
			if p.consume("}") {
				return rec.close(i, nil)
			}
			if !p.consume(",") {
				return errBadJSON
			}
		}
	case c == '[':
		p.i++
		i := rec.open(kArray, key)
		p.ws()
		if p.consume("]") {
			return rec.close(i, nil)
		}
		for {
			if err := rec.parseValue(p, ""); err != nil {
				return err
			}
			p.ws()
			if p.consume("]") {
				return rec.close(i, nil)
			}
			if !p.consume(",") {
				return errBadJSON
			}
		}
	case c == '"':
		s, err := p.str()
		if err != nil {
			return err
		}
		rec.addString(kString, key, s)
	case p.consume("true"):
		rec.push(node{kind: kBool, key: key, n: 1})
	case p.consume("false"):
		rec.push(node{kind: kBool, key: key})
	case p.consume("null"):
		rec.push(node{kind: kNull, key: key})
	default:
		return rec.number(p, key)
	}
	return nil
}

// number records a JSON number: integers as integers, so that card
// numbers and sensitive keys apply, anything else as the literal.
func (rec *recorder) number(p *jsonParser, key string) error {
	start := p.i
	for p.i < len(p.data) && isNumberByte(p.data[p.i]) {
		p.i++
	}
	if p.i == start {
		return errBadJSON
	}
	b := p.data[start:p.i]
	lit := unsafe.String(unsafe.SliceData(b), len(b))
	if v, err := strconv.ParseInt(lit, 10, 64); err == nil {
		rec.addInt(kInt64, key, v)
		return nil
	}
	if v, err := strconv.ParseUint(lit, 10, 64); err == nil {
		rec.addUint(kUint64, key, v)
		return nil
	}
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return errBadJSON
	}
	if out, changed := rec.r.float64(rec.place(), key, f); changed {
		rec.changed = true
		rec.push(node{kind: kString, key: key, s: out})
		return nil
	}
	rec.push(node{kind: kNumber, key: key, s: lit})
	return nil
}

func isNumberByte(c byte) bool {
	return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}
