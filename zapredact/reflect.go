package zapredact

import (
	"bytes"
	"encoding/json"

	"github.com/logredact/logredact/internal/jsonredact"
	"github.com/logredact/logredact/patterns"
)

// Reflected values (zap.Reflect, and zap.Any of structs, maps and slices)
// reach the log as JSON. Walking them with package reflect would have to
// repeat every rule of encoding/json (tags, omitempty, embedded structs,
// MarshalJSON, TextMarshaler map keys) to know what the log will hold, so
// the value is encoded with encoding/json, as zap's JSON encoder encodes
// it, and the JSON is redacted as a JSON log line is: key rules see each
// object key as it is written (the json tag, the map key), map keys are
// scanned, and only the masked spans change. A value with something to
// mask is replaced by its redacted JSON, which zap's encoder writes byte
// for byte.

// reflected records v under key. When nothing in it had anything to mask
// it is recorded as v itself, for the wrapped encoder to encode; otherwise
// it is recorded as the redacted JSON.
func (rec *recorder) reflected(key string, v any) error {
	if rec.dropping() {
		return nil
	}
	if v == nil {
		rec.push(node{kind: kReflected, key: key})
		return nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		// zap's encoders write nothing under key and report the error.
		return rec.redactErr(err)
	}
	data := bytes.TrimSuffix(buf.Bytes(), []byte{'\n'})
	var pb [128]byte
	p := rec.place()
	sc := patterns.Scope{Layer: layer, Key: view(&pb, p.path, key)}
	if dirty, ok := jsonredact.JSONDirty(rec.r.eng, sc, data, nil); ok && !dirty {
		rec.push(node{kind: kReflected, key: key, v: v})
		return nil
	}
	out, changed, ok := jsonredact.RedactJSON(rec.r.eng, scope(p, key), data, nil)
	if !ok {
		// Not JSON after all: mask it as text.
		s, _ := rec.r.eng.RedactIn(scope(p, key), string(data))
		rec.changed = true
		rec.push(node{kind: kString, key: key, s: s})
		return nil
	}
	if !changed {
		rec.push(node{kind: kReflected, key: key, v: v})
		return nil
	}
	rec.changed = true
	rec.push(node{kind: kReflected, key: key, v: json.RawMessage(out)})
	return nil
}
