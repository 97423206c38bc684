package slogredact

import (
	"fmt"
	"reflect"
)

// printed reports whether what fmt's %+v prints of v, a field that
// encoding/json never writes, holds anything the engine would mask. It
// reads v as fmt does: the String or Error text of an accessible value,
// the data of any other, nested structs, slices and maps by value, and
// pointers as addresses, which show nothing.
func (w *walker) printed(p keyPath, name string, v reflect.Value, depth int) bool {
	r := w.r
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return false
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return false
	}
	if v.CanInterface() {
		switch x := v.Interface().(type) {
		case error:
			s, ok := callText(x, mError)
			return !ok || r.dirty(p, name, s)
		case fmt.Stringer:
			s, ok := callText(x, mString)
			return !ok || r.dirty(p, name, s)
		}
	}
	if dirty, ok := r.scalarDirty(p, name, v); ok {
		return dirty
	}
	switch v.Kind() {
	case reflect.Struct:
		q := p.push(name)
		t := v.Type()
		for i := range t.NumField() {
			if w.printed(q, t.Field(i).Name, v.Field(i), depth+1) {
				return true
			}
		}
	case reflect.Slice, reflect.Array:
		if infoOf(v.Type()).bytes {
			return false // printed as numbers
		}
		for i := range v.Len() {
			if w.printed(p, name, v.Index(i), depth+1) {
				return true
			}
		}
	case reflect.Map:
		q := p.push(name)
		it := v.MapRange()
		for it.Next() {
			k := fmt.Sprint(it.Key())
			if r.e.Contains(k) || w.printed(q, k, it.Value(), depth+1) {
				return true
			}
		}
	}
	// A pointer inside a value is printed as an address.
	return false
}
