package slogredact

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/logredact/logredact/internal/marker"
)

// methods judges a value that renders itself: handlers print an error's
// Error, a Stringer's String (the text handler), or what MarshalText or
// MarshalJSON return (the JSON handler), so every one of these texts is
// examined. A value without marshalers is also written field by field by
// encoding/json, so its data is walked too. When anything is found the
// value is replaced by its first text, redacted: Error, else String, else
// MarshalText, else MarshalJSON.
func (r *redactor) methods(p keyPath, key string, v reflect.Value, ti *typeInfo, depth int, b *built) bool {
	x := v.Interface()
	first := true
	changed := false
	for m := mError; m <= mJSON; m <<= 1 {
		if ti.methods&m == 0 {
			continue
		}
		s, ok := callText(x, m)
		if !ok {
			if b != nil {
				b.v = marker.Panic
			}
			return true
		}
		if first && b != nil {
			first = false
			var out string
			out, changed = r.str(p, key, s)
			b.v = out
			continue
		}
		first = false
		if changed || r.dirty(p, key, s) {
			if b == nil {
				return true
			}
			changed = true
		}
	}
	if !changed && ti.methods&(mText|mJSON) == 0 && container(v.Kind()) {
		if r.data(p, key, v, ti, depth, nil) {
			changed = true
		}
	}
	return changed
}

// callText returns the text method m of x produces, with ok false when
// the method panicked. A marshaler's error leaves nothing to examine.
func callText(x any, m methodSet) (s string, ok bool) {
	defer func() {
		if recover() != nil {
			s, ok = "", false
		}
	}()
	switch m {
	case mError:
		return x.(error).Error(), true
	case mString:
		return x.(fmt.Stringer).String(), true
	case mText:
		t, err := x.(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return "", true
		}
		return string(t), true
	case mJSON:
		t, err := x.(json.Marshaler).MarshalJSON()
		if err != nil {
			return "", true
		}
		return string(t), true
	}
	return "", true
}

func container(k reflect.Kind) bool {
	switch k {
	case reflect.Struct, reflect.Map, reflect.Slice, reflect.Array, reflect.Pointer:
		return true
	}
	return false
}
