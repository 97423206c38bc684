package slogredact

import (
	"encoding"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/logredact/logredact/internal/marker"
	"github.com/logredact/logredact/patterns"
)

// maxDepth bounds how deep a reflected value is walked. Deeper data, and
// so pointer cycles, are replaced by markerDepth: what was not looked at
// cannot be shown.
const maxDepth = 16

// markerDepth replaces data nested deeper than maxDepth.
const markerDepth = "[REDACTED:too-deep]"

// built receives what a walk in build mode made of a value.
type built struct{ v any }

// walk inspects v, logged under key, in one of two modes. With b nil it
// only looks: it reports whether anything would change, allocates nothing
// for clean strings, numbers, structs and slices, and tells no observer.
// With b set it builds the redacted replacement into b.v and reports
// whether it differs from v. Clean values are walked in the first mode
// alone; a value is walked twice only when it has something to redact.
//
// The replacement is a string for a value judged by its text (errors,
// Stringers, marshalers, byte slices, scalars), []byte for a []byte,
// []any for slices and arrays, and an [object] for structs and maps.
func (r *redactor) walk(p keyPath, key string, v reflect.Value, depth int, b *built) bool {
	for v.Kind() == reflect.Interface {
		if v.IsNil() {
			return false
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return false
	}
	if depth > maxDepth {
		if b != nil {
			b.v = markerDepth
		}
		return true
	}
	if v.Kind() == reflect.Pointer && v.IsNil() {
		return false
	}
	ti := infoOf(v.Type())
	if ti.skip {
		return false
	}
	if ti.methods != 0 && v.CanInterface() {
		return r.methods(p, key, v, ti, depth, b)
	}
	return r.data(p, key, v, ti, depth, b)
}

// data walks v by its kind.
func (r *redactor) data(p keyPath, key string, v reflect.Value, ti *typeInfo, depth int, b *built) bool {
	switch v.Kind() {
	case reflect.String:
		return r.leaf(p, key, v.String(), b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if b == nil {
			return r.intDirty(p, key, v.Int())
		}
		out, ok := r.int(p, key, v.Int())
		b.v = out
		return ok
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if b == nil {
			return r.uintDirty(p, key, v.Uint())
		}
		out, ok := r.uint(p, key, v.Uint())
		b.v = out
		return ok
	case reflect.Float32, reflect.Float64:
		if b == nil {
			return r.sensitive(p, key)
		}
		out, ok := r.float(p, key, v.Float())
		b.v = out
		return ok
	case reflect.Pointer:
		return r.walk(p, key, v.Elem(), depth+1, b)
	case reflect.Slice, reflect.Array:
		if ti.bytes {
			return r.bytes(p, key, v, b)
		}
		return r.elems(p, key, v, depth, b)
	}
	// A map or struct under a sensitive key is masked whole, as zap and
	// zerolog mask an object there.
	if (v.Kind() == reflect.Map || v.Kind() == reflect.Struct) && key != "" && r.sensitive(p, key) {
		if b != nil {
			b.v = r.e.MaskValue(patterns.Scope{Layer: layer, Key: p.String(key)}, fmt.Sprint(v))
		}
		return true
	}
	switch v.Kind() {
	case reflect.Map:
		return r.mapEntries(p, key, v, depth, b)
	case reflect.Struct:
		var o *object
		if b != nil {
			o = new(object)
		}
		changed := r.fields(p.push(key), v, ti, depth, o)
		if b != nil {
			b.v = *o
		}
		return changed
	}
	// Booleans, complex numbers, channels and functions hold no text.
	return false
}

// leaf examines a string.
func (r *redactor) leaf(p keyPath, key, s string, b *built) bool {
	if b == nil {
		return r.dirty(p, key, s)
	}
	out, ok := r.str(p, key, s)
	b.v = out
	return ok
}

// intDirty reports whether [redactor.int] would mask v.
func (r *redactor) intDirty(p keyPath, key string, v int64) bool {
	if r.sensitive(p, key) {
		return true
	}
	return (v <= -minCardInt || v >= minCardInt) && r.e.Contains(strconv.FormatInt(v, 10))
}

// uintDirty reports whether [redactor.uint] would mask v.
func (r *redactor) uintDirty(p keyPath, key string, v uint64) bool {
	if r.sensitive(p, key) {
		return true
	}
	return v >= minCardInt && r.e.Contains(strconv.FormatUint(v, 10))
}

// bytes examines a byte slice or array as the text it holds. A redacted
// []byte stays a []byte, so handlers render it as before (base64 in JSON).
func (r *redactor) bytes(p keyPath, key string, v reflect.Value, b *built) bool {
	var s string
	if v.Kind() == reflect.Slice {
		bs := v.Bytes()
		s = unsafe.String(unsafe.SliceData(bs), len(bs))
	} else {
		s = bytesOfArray(v)
	}
	if b == nil {
		return r.dirty(p, key, s)
	}
	out, ok := r.str(p, key, s)
	if v.Kind() == reflect.Slice {
		b.v = []byte(out)
	} else {
		b.v = out
	}
	return ok
}

func bytesOfArray(v reflect.Value) string {
	buf := make([]byte, v.Len())
	for i := range buf {
		buf[i] = byte(v.Index(i).Uint())
	}
	return string(buf)
}

// elems walks the elements of a slice or array, which share its key.
func (r *redactor) elems(p keyPath, key string, v reflect.Value, depth int, b *built) bool {
	n := v.Len()
	if b == nil {
		for i := range n {
			if r.walk(p, key, v.Index(i), depth+1, nil) {
				return true
			}
		}
		return false
	}
	out := make([]any, n)
	changed := false
	for i := range n {
		var eb built
		if r.walk(p, key, v.Index(i), depth+1, &eb) {
			out[i], changed = eb.v, true
		} else {
			out[i] = plain(v.Index(i))
		}
	}
	b.v = out
	return changed
}

// mapEntries walks a map: each value under its key's text, and the keys
// themselves as text, since handlers print them. Maps cost allocations
// even when clean (an iterator and each key and value are copied out).
func (r *redactor) mapEntries(p keyPath, key string, v reflect.Value, depth int, b *built) bool {
	if v.Len() == 0 {
		return false
	}
	p = p.push(key)
	var o object
	changed := false
	it := v.MapRange()
	for it.Next() {
		name := mapKey(it.Key())
		if b == nil {
			if r.e.Contains(name) || r.walk(p, name, it.Value(), depth+1, nil) {
				return true
			}
			continue
		}
		// A key is text like any other, but it has no key of its
		// own for key rules to judge.
		if out, ok := r.e.RedactIn(patterns.Scope{Layer: layer}, name); ok {
			changed = true
			name = out
		}
		var eb built
		m := member{Key: name}
		if r.walk(p, name, it.Value(), depth+1, &eb) {
			m.Value, changed = eb.v, true
		} else {
			m.Value = plain(it.Value())
		}
		o = append(o, m)
	}
	if b != nil {
		// encoding/json sorts map keys; so does the rebuilt value.
		slices.SortFunc(o, func(a, b member) int { return strings.Compare(a.Key, b.Key) })
		b.v = o
	}
	return changed
}

// mapKey is the text a map key is written as.
func mapKey(k reflect.Value) string {
	switch k.Kind() {
	case reflect.String:
		return k.String()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10)
	}
	if k.CanInterface() {
		if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
			if t, ok := callText(tm, mText); ok {
				return t
			}
			return marker.Panic
		}
	}
	return fmt.Sprint(k)
}

// fields walks the fields of struct v under the path already pushed. With
// o nil it only looks; otherwise it appends the fields encoding/json would
// write, redacted, to o.
func (r *redactor) fields(p keyPath, v reflect.Value, ti *typeInfo, depth int, o *object) bool {
	changed := false
	for i := range ti.fields {
		f := &ti.fields[i]
		fv := v.Field(f.index)
		switch {
		case f.inline:
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					continue
				}
				fv = fv.Elem()
			}
			if depth+1 > maxDepth {
				return true
			}
			if r.fields(p, fv, infoOf(fv.Type()), depth+1, o) {
				if o == nil {
					return true
				}
				changed = true
			}
		case !f.exported:
			// encoding/json never writes it, but fmt's %+v does:
			// a finding still counts, and the rebuilt value leaves
			// the field out.
			if r.hidden(p, f.name, fv) {
				if o == nil {
					return true
				}
				changed = true
			}
		case f.redact && !fv.IsZero():
			if o == nil {
				return true
			}
			changed = true
			if !f.omit {
				// The engine's mask and observer apply, as to any
				// value under a sensitive key.
				masked := r.e.MaskValue(patterns.Scope{Layer: layer, Key: p.String(f.name)}, fmt.Sprint(fv))
				*o = append(*o, member{Key: f.name, Value: masked})
			}
		case o == nil:
			if r.walk(p, f.name, fv, depth+1, nil) {
				return true
			}
		default:
			var fb built
			if r.walk(p, f.name, fv, depth+1, &fb) {
				changed = true
				if !f.omit {
					*o = append(*o, member{Key: f.name, Value: fb.v})
				}
				continue
			}
			if f.omit || (f.omitEmpty && isEmpty(fv)) {
				continue
			}
			*o = append(*o, member{Key: f.name, Value: plain(fv)})
		}
	}
	return changed
}

// hidden reports whether an unexported field holds text the engine would
// mask. Only strings, byte slices and integers are read: following the
// pointers of a value's private state could walk half the program.
func (r *redactor) hidden(p keyPath, name string, v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		return r.dirty(p, name, v.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return r.intDirty(p, name, v.Int())
	case reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return r.uintDirty(p, name, v.Uint())
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			bs := v.Bytes()
			return r.dirty(p, name, unsafe.String(unsafe.SliceData(bs), len(bs)))
		}
	}
	return false
}

// plain returns a clean value as an interface for a rebuilt container.
// Values reached through unexported embedded structs cannot be
// converted; fmt can still format them.
func plain(v reflect.Value) any {
	if v.CanInterface() {
		return v.Interface()
	}
	switch v.Kind() {
	case reflect.String:
		return v.String()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint()
	case reflect.Float32, reflect.Float64:
		return v.Float()
	case reflect.Bool:
		return v.Bool()
	}
	return fmt.Sprint(v)
}

// isEmpty is encoding/json's test for omitempty.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}
