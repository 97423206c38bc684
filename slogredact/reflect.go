package slogredact

import (
	"reflect"
	"strconv"
	"unsafe"

	"github.com/logredact/logredact/internal/jsonredact"
)

// Values of kind Any are written by slog's handlers through encoding/json
// (the JSON handler) and fmt's %+v (the text handler). A value is first
// only looked at, by a walk that sees what either would write: the fields
// encoding/json writes under the names it writes them under, what its
// marshalers return (a pointer-receiver marshaler too, on a value
// encoding/json can address), map keys, and the fields only %+v prints.
// The walk allocates nothing for clean strings, numbers, structs and
// slices, and tells no observer. A value it finds something in is then
// encoded with encoding/json and the JSON redacted (rebuild.go), so that
// the JSON handler writes exactly what encoding/json writes, masks aside.

// cycleDepth is the depth after which the walk remembers the pointers,
// maps and slices it follows, so that a cycle stops it. Clean data is
// never cut however deep it is; a cycle is, as encoding/json refuses it.
const cycleDepth = 64

// walker holds what one walk needs besides the value.
type walker struct {
	r *redactor
	// collect, when set, receives the JSON paths of fields masked for
	// their Go name or their redact tag, and makes the walk visit every
	// value instead of stopping at the first that changes.
	collect *[]string
	seen    map[uintptr]bool
}

// check reports whether anything in v, logged under key at p, would
// change.
func (w *walker) check(p keyPath, key string, v reflect.Value, depth int) bool {
	for v.Kind() == reflect.Interface {
		if v.IsNil() {
			return false
		}
		v = v.Elem()
	}
	if !v.IsValid() || v.Kind() == reflect.Pointer && v.IsNil() {
		return false
	}
	if v.Kind() == reflect.Bool {
		return false
	}
	if key != "" && w.r.sensitive(p, key) && !w.collecting() {
		// A value under a sensitive key is masked whatever it is.
		return true
	}
	if depth > cycleDepth && w.cycle(v) {
		return false
	}
	ti := infoOf(v.Type())
	if ti.methods != 0 || ti.ptrMethods != 0 && v.CanAddr() {
		if changed, done := w.methods(p, key, v, ti, depth); done || changed {
			return changed
		}
	}
	return w.data(p, key, v, ti, depth)
}

func (w *walker) collecting() bool { return w.collect != nil }

// cycle reports whether v is a pointer, map or slice already followed.
func (w *walker) cycle(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice:
	default:
		return false
	}
	ptr := v.Pointer()
	if ptr == 0 {
		return false
	}
	if w.seen == nil {
		w.seen = map[uintptr]bool{}
	}
	if w.seen[ptr] {
		return true
	}
	w.seen[ptr] = true
	return false
}

// data walks v by its kind, as encoding/json writes it.
func (w *walker) data(p keyPath, key string, v reflect.Value, ti *typeInfo, depth int) bool {
	r := w.r
	if dirty, ok := r.scalarDirty(p, key, v); ok {
		return dirty
	}
	switch v.Kind() {
	case reflect.Pointer:
		return w.check(p, key, v.Elem(), depth+1)
	case reflect.Slice, reflect.Array:
		if ti.bytes {
			// encoding/json writes bytes as base64, fmt as numbers:
			// neither shows their text. Bytes logged on their own are
			// judged by their text (see redactor.bytes).
			return false
		}
		changed := false
		for i := range v.Len() {
			if w.check(p, key, v.Index(i), depth+1) {
				if !w.collecting() {
					return true
				}
				changed = true
			}
		}
		return changed
	case reflect.Map:
		return w.mapEntries(p, key, v, depth)
	case reflect.Struct:
		return w.fields(p.push(key), v, ti, depth)
	}
	// Complex numbers, channels and functions hold no text.
	return false
}

// mapEntries walks a map: its keys, which are data, as encoding/json
// writes them, and each value under its key.
func (w *walker) mapEntries(p keyPath, key string, v reflect.Value, depth int) bool {
	if v.Len() == 0 {
		return false
	}
	p = p.push(key)
	changed := false
	it := v.MapRange()
	for it.Next() {
		name, ok := mapKey(it.Key())
		if !ok || w.r.e.Contains(name) || w.check(p, name, it.Value(), depth+1) {
			if !w.collecting() {
				return true
			}
			changed = true
		}
	}
	return changed
}

// mapKey is the text encoding/json writes a map key as; ok is false when
// its MarshalText panicked.
func mapKey(k reflect.Value) (string, bool) {
	if k.Kind() == reflect.String {
		return k.String(), true
	}
	if k.CanInterface() && k.Type().Implements(textType) {
		return callText(k.Interface(), mText)
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10), true
	}
	return "", true
}

// fields walks the fields of struct v under the path already pushed.
func (w *walker) fields(p keyPath, v reflect.Value, ti *typeInfo, depth int) bool {
	r := w.r
	changed := false
	for i := range ti.fields {
		f := &ti.fields[i]
		fv := v.Field(f.index)
		var c bool
		switch {
		case f.inline:
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					continue
				}
				fv = fv.Elem()
			}
			c = w.fields(p, fv, infoOf(fv.Type()), depth+1)
		case f.hidden:
			// encoding/json never writes it, but fmt's %+v does: the
			// rebuilt value leaves it out.
			c = !w.collecting() && w.printed(p, f.goName, fv, 0)
		case f.redact || f.name != f.goName && r.sensitive(p, f.goName):
			// Marked by the application, or named as a secret in Go
			// while its JSON name hides it from the key rules.
			if fv.IsZero() {
				continue
			}
			c = true
			if w.collecting() {
				*w.collect = append(*w.collect, p.String(f.name))
			}
		default:
			c = w.check(p, f.name, fv, depth+1)
		}
		if c {
			if !w.collecting() {
				return true
			}
			changed = true
		}
	}
	return changed
}

// bytesText views a byte slice or array as text.
func bytesText(v reflect.Value) string {
	if v.Kind() == reflect.Slice {
		bs := v.Bytes()
		return unsafe.String(unsafe.SliceData(bs), len(bs))
	}
	buf := make([]byte, v.Len())
	for i := range buf {
		buf[i] = byte(v.Index(i).Uint())
	}
	return string(buf)
}

// scalarDirty reports whether the string or number v under key would
// change; ok is false for any other kind.
func (r *redactor) scalarDirty(p keyPath, key string, v reflect.Value) (dirty, ok bool) {
	switch v.Kind() {
	case reflect.String:
		return r.dirty(p, key, v.String()), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return jsonredact.IntDirty(r.e, p.view(key), v.Int()), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return jsonredact.UintDirty(r.e, p.view(key), v.Uint()), true
	case reflect.Float32, reflect.Float64:
		return jsonredact.FloatDirty(r.e, p.view(key), v.Float()), true
	}
	return false, false
}
