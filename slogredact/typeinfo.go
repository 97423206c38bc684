package slogredact

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"
)

// methodSet names the text methods a type has, in the order they are
// preferred as the text of a redacted value.
type methodSet uint8

const (
	mError methodSet = 1 << iota
	mString
	mText
	mJSON
)

// typeInfo is what the walk needs to know of a type, computed once.
type typeInfo struct {
	methods methodSet
	// skip marks types that cannot carry text: times and durations.
	skip bool
	// bytes marks []byte and [N]byte, examined as text.
	bytes  bool
	fields []fieldInfo
}

// fieldInfo describes one struct field as encoding/json sees it.
type fieldInfo struct {
	index int
	// name is the json tag's name, or the Go name.
	name      string
	exported  bool
	omit      bool // json:"-"
	omitEmpty bool
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
	timeType     = reflect.TypeFor[time.Time]()
	durationType = reflect.TypeFor[time.Duration]()
	methodChecks = [...]struct {
		t reflect.Type
		m methodSet
	}{{errorType, mError}, {stringerType, mString}, {textType, mText}, {jsonType, mJSON}}
)

func infoOf(t reflect.Type) *typeInfo {
	if ti, ok := typeCache.Load(t); ok {
		return ti.(*typeInfo)
	}
	ti := &typeInfo{skip: t == timeType || t == durationType}
	for _, c := range methodChecks {
		if t.Implements(c.t) {
			ti.methods |= c.m
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
		name, opts, _ := strings.Cut(tag, ",")
		f := fieldInfo{
			index:     i,
			name:      name,
			exported:  sf.IsExported(),
			omit:      tag == "-",
			omitEmpty: strings.Contains(","+opts+",", ",omitempty,"),
			redact:    sf.Tag.Get("redact") == "true",
		}
		if f.omit || f.name == "" {
			f.name = sf.Name
		}
		if sf.Anonymous && name == "" && !f.omit {
			ft := sf.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				f.inline = true
			}
		}
		fs = append(fs, f)
	}
	return fs
}
