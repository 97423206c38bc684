package slogredact

import (
	"log/slog"
	"reflect"
	"time"

	"github.com/logredact/logredact/internal/jsonredact"
	"github.com/logredact/logredact/internal/marker"
	"github.com/logredact/logredact/patterns"
)

// layer names this adapter to the engine's observer.
const layer = "slog"

// maxLogValues bounds the chain of LogValue calls, as [slog.Value.Resolve]
// does, so a LogValuer that returns itself cannot loop forever.
const maxLogValues = 100

// redactor applies one engine to slog attributes. It is immutable and
// shared by a Handler and everything derived from it.
type redactor struct {
	e *patterns.Engine
}

func newRedactor(c config) *redactor {
	return &redactor{e: c.engine}
}

// message redacts a record's message, which key rules and the observer
// see under "msg", the key every layer uses.
func (r *redactor) message(msg string) (string, bool) {
	return jsonredact.RedactString(r.e, patterns.Scope{Layer: layer, Key: jsonredact.MessageKey}, msg)
}

// attr redacts a, whose key sits under the groups in p. It returns a
// itself and false when nothing had to change.
func (r *redactor) attr(p keyPath, a slog.Attr) (slog.Attr, bool) {
	v, changed := r.value(p, a.Key, a.Value)
	if !changed {
		return a, false
	}
	return slog.Attr{Key: a.Key, Value: v}, true
}

// value redacts v logged under key.
func (r *redactor) value(p keyPath, key string, v slog.Value) (slog.Value, bool) {
	switch v.Kind() {
	case slog.KindString:
		if out, ok := r.str(p, key, v.String()); ok {
			return slog.StringValue(out), true
		}
	case slog.KindInt64:
		if out, ok := r.int(p, key, v.Int64()); ok {
			return slog.StringValue(out), true
		}
	case slog.KindUint64:
		if out, ok := r.uint(p, key, v.Uint64()); ok {
			return slog.StringValue(out), true
		}
	case slog.KindFloat64:
		if out, ok := r.float(p, key, v.Float64()); ok {
			return slog.StringValue(out), true
		}
	case slog.KindDuration:
		if r.sensitive(p, key) {
			return r.keyed(p, key, v.Duration().String())
		}
	case slog.KindTime:
		if r.sensitive(p, key) {
			return r.keyed(p, key, v.Time().Format(time.RFC3339Nano))
		}
	case slog.KindGroup:
		return r.group(p, key, v)
	case slog.KindLogValuer:
		rv, ok := resolve(v)
		if !ok {
			return slog.StringValue(marker.Panic), true
		}
		// The resolved value replaces the LogValuer even when it is
		// clean, so that the next handler does not call LogValue again.
		out, _ := r.value(p, key, rv)
		return out, true
	case slog.KindAny:
		return r.anyValue(p, key, v)
	}
	// Booleans hide nothing.
	return v, false
}

// keyed masks the text of a value under a sensitive key.
func (r *redactor) keyed(p keyPath, key, text string) (slog.Value, bool) {
	out, _ := r.e.RedactIn(patterns.Scope{Layer: layer, Key: p.String(key)}, text)
	return slog.StringValue(out), true
}

// str redacts s logged under key.
func (r *redactor) str(p keyPath, key, s string) (string, bool) {
	if p.top() {
		return jsonredact.RedactString(r.e, patterns.Scope{Layer: layer, Key: key}, s)
	}
	if !r.dirty(p, key, s) {
		return s, false
	}
	return jsonredact.RedactString(r.e, patterns.Scope{Layer: layer, Key: p.String(key)}, s)
}

// dirty reports whether s under key would change, without building the
// key path and without telling the observer.
func (r *redactor) dirty(p keyPath, key, s string) bool {
	return jsonredact.StringDirty(r.e, patterns.Scope{Layer: layer, Key: p.view(key)}, s)
}

// sensitive reports whether key rules mask anything under key.
func (r *redactor) sensitive(p keyPath, key string) bool {
	return key != "" && r.e.SensitiveKey(p.view(key))
}

// int redacts an integer that is a card number or sits under a sensitive
// key; it returns the masked text.
func (r *redactor) int(p keyPath, key string, v int64) (string, bool) {
	if p.top() {
		return jsonredact.RedactInt(r.e, patterns.Scope{Layer: layer, Key: key}, v)
	}
	if !jsonredact.IntDirty(r.e, p.view(key), v) {
		return "", false
	}
	return jsonredact.RedactInt(r.e, patterns.Scope{Layer: layer, Key: p.String(key)}, v)
}

// uint is [redactor.int] for unsigned integers.
func (r *redactor) uint(p keyPath, key string, v uint64) (string, bool) {
	if p.top() {
		return jsonredact.RedactUint(r.e, patterns.Scope{Layer: layer, Key: key}, v)
	}
	if !jsonredact.UintDirty(r.e, p.view(key), v) {
		return "", false
	}
	return jsonredact.RedactUint(r.e, patterns.Scope{Layer: layer, Key: p.String(key)}, v)
}

// float masks a float under a sensitive key, and a whole number that is a
// card number, as the JSON layers see it.
func (r *redactor) float(p keyPath, key string, v float64) (string, bool) {
	if !jsonredact.FloatDirty(r.e, p.view(key), v) {
		return "", false
	}
	return jsonredact.RedactFloat(r.e, patterns.Scope{Layer: layer, Key: p.String(key)}, v)
}

// group redacts the attributes of a group value logged under key; an
// empty key is an inline group and adds nothing to the path.
func (r *redactor) group(p keyPath, key string, v slog.Value) (slog.Value, bool) {
	attrs := v.Group()
	if key != "" && len(attrs) > 0 && r.sensitive(p, key) {
		// A group under a sensitive key is one mask, whatever it holds.
		return slog.StringValue(r.e.MaskWhole(patterns.Scope{Layer: layer, Key: p.String(key)})), true
	}
	gp := p.push(key)
	var out []slog.Attr
	for i, a := range attrs {
		na, changed := r.attr(gp, a)
		if changed && out == nil {
			out = make([]slog.Attr, len(attrs))
			copy(out, attrs[:i])
		}
		if out != nil {
			out[i] = na
		}
	}
	if out == nil {
		return v, false
	}
	return slog.GroupValue(out...), true
}

// resolve is [slog.Value.Resolve] that reports a panic in LogValue
// instead of turning it into an error value: the panic's text is the
// value's own and may hold what it was meant to hide.
func resolve(v slog.Value) (rv slog.Value, ok bool) {
	defer func() {
		if recover() != nil {
			rv, ok = slog.Value{}, false
		}
	}()
	orig := v
	for range maxLogValues {
		if v.Kind() != slog.KindLogValuer {
			return v, true
		}
		v = v.LogValuer().LogValue()
	}
	return slog.StringValue("LogValue called too many times on Value of type " + reflect.TypeOf(orig.Any()).String()), true
}

// anyValue redacts a value of kind Any: errors, Stringers, marshalers,
// byte slices and reflected data (see reflect.go). It first only looks,
// which costs no allocation for clean data, and rebuilds the value when
// something must change. Anything that panics while being inspected
// becomes [marker.Panic].
func (r *redactor) anyValue(p keyPath, key string, v slog.Value) (out slog.Value, changed bool) {
	x := v.Any()
	if x == nil {
		return v, false
	}
	defer func() {
		if recover() != nil {
			out, changed = slog.StringValue(marker.Panic), true
		}
	}()
	rv := reflect.ValueOf(x)
	if ti := infoOf(rv.Type()); ti.bytes && ti.methods == 0 {
		// Bytes logged on their own are text: handlers print them as
		// text, or base64 of it. A redacted []byte stays a []byte.
		s := bytesText(rv)
		if !r.dirty(p, key, s) {
			return v, false
		}
		red, ok := jsonredact.RedactString(r.e, patterns.Scope{Layer: layer, Key: p.String(key)}, s)
		if !ok {
			return v, false
		}
		if rv.Kind() == reflect.Slice {
			return slog.AnyValue([]byte(red)), true
		}
		return slog.StringValue(red), true
	}
	w := walker{r: r}
	if !w.check(p, key, rv, 0) {
		return v, false
	}
	return r.rebuild(p, key, x, rv)
}
