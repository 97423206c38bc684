package conformance

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Values is one event's output read back as flat values: the text of each
// scalar under its path (see [Want]), numbers as the logger wrote them.
type Values map[string]string

// JSONValues reads one JSON object, the first line of out.
func JSONValues(out []byte) (Values, error) {
	line, _, _ := bytes.Cut(out, []byte{'\n'})
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("output is not JSON: %v: %q", err, line)
	}
	if dec.More() {
		return nil, fmt.Errorf("output is more than one JSON value: %q", line)
	}
	vals := Values{}
	flatten(vals, "", v)
	return vals, nil
}

func flatten(vals Values, path string, v any) {
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 {
			vals[path] = "{}"
		}
		for k, e := range x {
			flatten(vals, Join(path, k), e)
		}
	case []any:
		if len(x) == 0 {
			vals[path] = "[]"
		}
		for i, e := range x {
			flatten(vals, path+"["+strconv.Itoa(i)+"]", e)
		}
	case string:
		vals[path] = x
	case json.Number:
		vals[path] = string(x)
	case bool:
		vals[path] = strconv.FormatBool(x)
	case nil:
		vals[path] = "null"
	}
}

// PairValues reads a line of key=value pairs, as slog's TextHandler and
// logfmt write them: a value is quoted when it needs to be, with Go's
// escapes.
func PairValues(out []byte) (Values, error) {
	line, _, _ := bytes.Cut(out, []byte{'\n'})
	s := string(line)
	vals := Values{}
	for s != "" {
		s = strings.TrimLeft(s, " ")
		if s == "" {
			break
		}
		key, rest, err := pairToken(s, true)
		if err != nil {
			return nil, fmt.Errorf("%v in %q", err, line)
		}
		if rest == "" || rest[0] != '=' {
			return nil, fmt.Errorf("key %q without a value in %q", key, line)
		}
		val, rest, err := pairToken(rest[1:], false)
		if err != nil {
			return nil, fmt.Errorf("%v in %q", err, line)
		}
		vals[key] = val
		s = rest
	}
	return vals, nil
}

// pairToken reads a quoted or bare token at the start of s.
func pairToken(s string, key bool) (tok, rest string, err error) {
	if s != "" && s[0] == '"' {
		q, err := strconv.QuotedPrefix(s)
		if err != nil {
			return "", "", fmt.Errorf("bad quoted token: %v", err)
		}
		tok, err = strconv.Unquote(q)
		return tok, s[len(q):], err
	}
	end := len(s)
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || key && s[i] == '=' {
			end = i
			break
		}
	}
	return s[:end], s[end:], nil
}

// DecodeBase64 replaces the values at the paths of nodes of the given
// kinds by the text their base64 encodes, for loggers that write bytes as
// base64.
func (v Values) DecodeBase64(r *Row, kinds ...Kind) error {
	return v.decode(r, kinds, base64.StdEncoding.DecodeString)
}

// DecodeHex is DecodeBase64 for loggers that write bytes as hexadecimal.
func (v Values) DecodeHex(r *Row, kinds ...Kind) error {
	return v.decode(r, kinds, hex.DecodeString)
}

func (v Values) decode(r *Row, kinds []Kind, dec func(string) ([]byte, error)) error {
	var err error
	r.Walk(func(path string, n *Node) {
		for _, k := range kinds {
			if n.Kind != k {
				continue
			}
			s, ok := v[path]
			if !ok {
				return
			}
			b, derr := dec(s)
			if derr != nil {
				// A masked value is text: a layer may write it so.
				return
			}
			v[path] = string(b)
		}
	})
	return err
}

// Rename moves the value at from to to, for a logger that writes a field
// under a key of its own (zerolog's "message").
func (v Values) Rename(from, to string) {
	if s, ok := v[from]; ok {
		delete(v, from)
		v[to] = s
	}
}
