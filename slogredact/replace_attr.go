package slogredact

import (
	"log/slog"
	"strings"

	"github.com/logredact/logredact/internal/jsonredact"
	"github.com/logredact/logredact/patterns"
)

// ReplaceAttr returns a function for [slog.HandlerOptions.ReplaceAttr]
// that redacts each attribute as [Handler] does, for programs that keep
// slog's own handlers and would rather not wrap them:
//
//	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
//		ReplaceAttr: slogredact.ReplaceAttr(),
//	})
//
// The message reaches it as the built-in "msg" attribute and is redacted
// too; the built-in time, level and source are passed through untouched.
//
// It differs from [Handler] in two ways, both due to where slog calls
// it. slog resolves LogValuers before calling it, so a panic in LogValue
// is reported by slog's own error text rather than "[REDACTED:panic]".
// And it is never called for an attribute whose value is a group, only
// for each of the group's attributes, with the group path in groups: a
// group under a sensitive name cannot be replaced by one mask here, so
// each of its attributes is masked, and observed, on its own, under the
// path of the sensitive group.
// slog's handlers call it once for attributes added with
// [slog.Logger.With], as [Handler] redacts them once.
//
// To chain it with a ReplaceAttr of your own, call one from the other.
func ReplaceAttr(opts ...Option) func(groups []string, a slog.Attr) slog.Attr {
	r := newRedactor(newConfig(opts))
	return func(groups []string, a slog.Attr) slog.Attr {
		if len(groups) == 0 && builtin(a) {
			return a
		}
		var buf [pathCap]byte
		p := keyPath{buf: buf[:0]}
		for _, g := range groups {
			p = p.push(g)
			if g := p.group(); r.e.SensitiveKey(g) {
				return slog.Attr{Key: a.Key, Value: r.underSensitive(strings.Clone(g), a.Value)}
			}
		}
		out, _ := r.attr(p, a)
		return out
	}
}

// underSensitive masks v, a value inside the sensitive group at path:
// with the mask of a detector that claims all of it, as under a sensitive
// key, and a container as one mask.
func (r *redactor) underSensitive(path string, v slog.Value) slog.Value {
	sc := patterns.Scope{Layer: layer, Key: path}
	switch v.Kind() {
	case slog.KindBool:
		return v
	case slog.KindString:
		// A member of a sensitive group is part of a container the
		// handler would mask whole, so a word that the key's own rule
		// would let through ("auth": "SIMPLE") is masked here too.
		s := v.String()
		if out, changed := r.e.RedactIn(sc, s); changed || s == "" {
			return slog.StringValue(out)
		}
	case slog.KindInt64:
		out, _ := jsonredact.RedactInt(r.e, sc, v.Int64())
		return slog.StringValue(out)
	case slog.KindUint64:
		out, _ := jsonredact.RedactUint(r.e, sc, v.Uint64())
		return slog.StringValue(out)
	case slog.KindFloat64:
		out, _ := jsonredact.RedactFloat(r.e, sc, v.Float64())
		return slog.StringValue(out)
	}
	return slog.StringValue(r.e.MaskWhole(sc))
}

// builtin reports whether a is one of the time, level and source
// attributes a handler adds, which hold no logged data.
func builtin(a slog.Attr) bool {
	switch a.Key {
	case slog.TimeKey:
		return a.Value.Kind() == slog.KindTime
	case slog.LevelKey:
		_, ok := a.Value.Any().(slog.Level)
		return ok
	case slog.SourceKey:
		_, ok := a.Value.Any().(*slog.Source)
		return ok
	}
	return false
}
