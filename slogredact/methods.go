package slogredact

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/logredact/logredact/internal/jsonredact"
	"github.com/logredact/logredact/patterns"
)

// methods judges a value by the texts it renders itself as: handlers
// print an error's Error and a Stringer's String (the text handler), and
// encoding/json writes what MarshalJSON or MarshalText return (the JSON
// handler), calling a pointer-receiver marshaler on a value it can
// address. changed reports that one of these texts holds something to
// mask, or that a method panicked; done that encoding/json writes a
// marshaler's output and not the value's data, which then needs no walk.
func (w *walker) methods(p keyPath, key string, v reflect.Value, ti *typeInfo, depth int) (changed, done bool) {
	set := ti.methods
	x := v
	if ti.ptrMethods != 0 && v.CanAddr() {
		set |= ti.ptrMethods
		x = v.Addr()
	}
	if !x.CanInterface() {
		return false, false
	}
	done = set&(mText|mJSON) != 0
	if w.collecting() {
		// The marshalers' output is redacted as encoding/json writes
		// it; only the fields below need collecting.
		return false, done
	}
	r := w.r
	xi := x.Interface()
	for m := mError; m <= mJSON; m <<= 1 {
		if set&m == 0 {
			continue
		}
		s, ok := callText(xi, m)
		if !ok {
			return true, true
		}
		if m == mJSON {
			sc := patterns.Scope{Layer: layer, Key: p.view(key)}
			if dirty, ok := jsonredact.JSONDirty(r.e, sc, []byte(s), nil); ok {
				if dirty {
					return true, true
				}
				continue
			}
		}
		if r.dirty(p, key, s) {
			return true, true
		}
	}
	return false, done
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
