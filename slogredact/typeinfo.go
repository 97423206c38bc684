package slogredact

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// methodSet names the text methods a type has.
type methodSet uint8

const (
	mError methodSet = 1 << iota
	mString
	mText
	mJSON
)

// typeInfo is what the walk needs to know of a type, computed once.
type typeInfo struct {
	// methods are the methods of the type itself; ptrMethods those of a
	// pointer to it, which encoding/json calls on an addressable value.
	methods, ptrMethods methodSet
	// bytes marks []byte and [N]byte.
	bytes  bool
	fields []fieldInfo
}

// fieldInfo describes one struct field as encoding/json and fmt see it.
type fieldInfo struct {
	index int
	// name is what encoding/json writes the field under: its json tag's
	// name, or its Go name; goName is what fmt's %+v writes.
	name, goName string
	// hidden marks a field encoding/json never writes (unexported, or
	// tagged json:"-") and fmt's %+v still prints.
	hidden bool
	// redact marks a field tagged `redact:"true"`: masked whatever it holds.
	redact bool
	// inline marks an embedded struct whose fields encoding/json promotes.
	inline bool
}

var (
	typeCache    sync.Map // reflect.Type -> *typeInfo
	errorType    = reflect.TypeFor[error]()
	stringerType = reflect.TypeFor[fmt.Stringer]()
	textType     = reflect.TypeFor[encoding.TextMarshaler]()
	jsonType     = reflect.TypeFor[json.Marshaler]()
	methodChecks = [...]struct {
		t reflect.Type
		m methodSet
	}{{errorType, mError}, {stringerType, mString}, {textType, mText}, {jsonType, mJSON}}
)

func infoOf(t reflect.Type) *typeInfo {
	if ti, ok := typeCache.Load(t); ok {
		return ti.(*typeInfo)
	}
	ti := &typeInfo{}
	for _, c := range methodChecks {
		if t.Implements(c.t) {
			ti.methods |= c.m
		}
		if t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(c.t) && !t.Implements(c.t) {
			ti.ptrMethods |= c.m
		}
	}
	if k := t.Kind(); (k == reflect.Slice || k == reflect.Array) && t.Elem().Kind() == reflect.Uint8 {
		ti.bytes = true
	}
	if t.Kind() == reflect.Struct {
		ti.fields = structFields(t)
	}
	actual, _ := typeCache.LoadOrStore(t, ti)
	return actual.(*typeInfo)
}

func structFields(t reflect.Type) []fieldInfo {
	fs := make([]fieldInfo, 0, t.NumField())
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		f := fieldInfo{
			index:  i,
			name:   name,
			goName: sf.Name,
			redact: sf.Tag.Get("redact") == "true",
		}
		if name == "" {
			f.name = sf.Name
		}
		if tag == "-" {
			f.hidden = true
		}
		ft := sf.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		switch {
		case sf.Anonymous && name == "" && !f.hidden && ft.Kind() == reflect.Struct:
			// encoding/json promotes the fields of an embedded struct,
			// exported or not.
			f.inline = true
		case !sf.IsExported():
			f.hidden = true
		}
		fs = append(fs, f)
	}
	return fs
}
