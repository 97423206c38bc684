package slogredact

import (
	"context"
	"log/slog"
	"sync"

	"github.com/logredact/logredact/internal/reportonly"
	"github.com/logredact/logredact/patterns"
)

// Handler is a [slog.Handler] that redacts each record, and every
// attribute given to WithAttrs, with a [patterns.Engine] before handing
// it to the handler it wraps. See the package documentation for what is
// redacted and what it costs.
//
// A Handler is immutable and safe for concurrent use. Build one with
// [New]: the zero Handler panics when used, rather than pass anything on
// unredacted.
type Handler struct {
	next slog.Handler
	r    *redactor
	// prefix is the path of the groups opened with WithGroup, each
	// followed by '.', computed once so that Handle only copies it.
	prefix string
	// masked is the path of a group opened with WithGroup under a
	// sensitive name, "" if none. Everything logged inside it is one
	// mask: next has not opened the group, and each record gets a single
	// attribute, group, holding the mask.
	masked, group string
	// filled says attributes were added inside the masked group.
	filled bool
}

var _ slog.Handler = (*Handler)(nil)

// New returns a Handler that redacts records and passes them to next.
// With no options it redacts with [patterns.Default]. New panics if next
// is nil, as [slog.New] does.
//
// Wrapping a Handler in another one with the same engine returns the
// inner one: redacting twice would find nothing more.
func New(next slog.Handler, opts ...Option) *Handler {
	if next == nil {
		panic("slogredact: nil handler")
	}
	c := newConfig(opts)
	if h, ok := next.(*Handler); ok && h.r.e == c.engine {
		return h
	}
	reportonly.Slog(c.engine, next)
	return &Handler{next: next, r: newRedactor(c)}
}

// Handler returns the Handler wrapped by h.
func (h *Handler) Handler() slog.Handler { return h.next }

// mustBuilt panics on a Handler that New did not build.
func (h *Handler) mustBuilt() {
	if h.r == nil {
		panic("slogredact: Handler used without New: build one with slogredact.New")
	}
}

// Enabled implements [slog.Handler.Enabled] by asking the wrapped
// handler; it looks at nothing, so a disabled level costs nothing more.
func (h *Handler) Enabled(ctx context.Context, level slog.Level) bool {
	h.mustBuilt()
	return h.next.Enabled(ctx, level)
}

// Handle implements [slog.Handler.Handle]. A record with nothing to
// redact is passed on as it came, at no extra allocation. Otherwise a new
// record is built with [slog.NewRecord] and the redacted attributes: the
// caller's record, and the values in it, are never modified.
func (h *Handler) Handle(ctx context.Context, r slog.Record) error {
	h.mustBuilt()
	if h.masked != "" {
		return h.handleMasked(ctx, r)
	}
	if h.prefix == "" && h.r.cleanRecord(r) {
		return h.next.Handle(ctx, r)
	}
	var buf [pathCap]byte
	p := keyPath{buf: append(buf[:0], h.prefix...)}

	msg, dirty := h.r.message(r.Message)
	// Look for the first attribute that changes, keeping what it
	// became so that it is not redacted (and observed) twice.
	first, n := -1, 0
	var firstAttr slog.Attr
	r.Attrs(func(a slog.Attr) bool {
		if out, changed := h.r.attr(p, a); changed {
			first, firstAttr = n, out
			return false
		}
		n++
		return true
	})
	if first < 0 && !dirty {
		return h.next.Handle(ctx, r)
	}

	nr := slog.NewRecord(r.Time, r.Level, msg, r.PC)
	bp := attrPool.Get().(*[]slog.Attr)
	attrs := (*bp)[:0]
	n = 0
	r.Attrs(func(a slog.Attr) bool {
		switch {
		case first < 0 || n < first:
			attrs = append(attrs, a)
		case n == first:
			attrs = append(attrs, firstAttr)
		default:
			a, _ = h.r.attr(p, a)
			attrs = append(attrs, a)
		}
		n++
		return true
	})
	nr.AddAttrs(attrs...)
	// AddAttrs copied the attributes; drop our references to the
	// values before the slice is reused.
	clear(attrs)
	*bp = attrs[:0]
	attrPool.Put(bp)
	return h.next.Handle(ctx, nr)
}

// attrPool holds the scratch slices a dirty record's attributes are
// gathered in, so that AddAttrs is called once.
var attrPool = sync.Pool{New: func() any { s := make([]slog.Attr, 0, 16); return &s }}

// WithAttrs implements [slog.Handler.WithAttrs]. The attributes are
// redacted here, once, and LogValuers among them resolved, so that
// records logged through the result pay nothing for them.
func (h *Handler) WithAttrs(attrs []slog.Attr) slog.Handler {
	h.mustBuilt()
	if len(attrs) == 0 {
		return h
	}
	if h.masked != "" {
		// Inside a masked group nothing is looked at: it is all one mask.
		c := *h
		c.filled = true
		return &c
	}
	var buf [pathCap]byte
	p := keyPath{buf: append(buf[:0], h.prefix...)}
	var out []slog.Attr
	for i, a := range attrs {
		na, changed := h.r.attr(p, a)
		if changed && out == nil {
			out = make([]slog.Attr, len(attrs))
			copy(out, attrs[:i])
		}
		if out != nil {
			out[i] = na
		}
	}
	if out == nil {
		out = attrs
	}
	return &Handler{next: h.next.WithAttrs(out), r: h.r, prefix: h.prefix}
}

// handleMasked writes a record logged inside a group opened under a
// sensitive name: the group holds one mask instead of its attributes, as
// a group value under that name does. A record with nothing in the group
// is passed on as it is: slog leaves an empty group out.
func (h *Handler) handleMasked(ctx context.Context, r slog.Record) error {
	if r.NumAttrs() == 0 && !h.filled {
		return h.next.Handle(ctx, r)
	}
	msg, _ := h.r.message(r.Message)
	nr := slog.NewRecord(r.Time, r.Level, msg, r.PC)
	nr.AddAttrs(slog.String(h.group, h.r.e.MaskWhole(patterns.Scope{Layer: layer, Key: h.masked})))
	return h.next.Handle(ctx, nr)
}

// WithGroup implements [slog.Handler.WithGroup]. The group becomes part
// of the key path the engine's key rules see: a "password" attribute
// after WithGroup("db") is judged as "db.password". A group opened under
// a sensitive name ("credentials") is masked whole, as a group value of
// that name is: each record written inside it carries the group as one
// mask string. WithGroup("") returns h.
func (h *Handler) WithGroup(name string) slog.Handler {
	h.mustBuilt()
	if name == "" || h.masked != "" {
		return h
	}
	if path := h.prefix + name; h.r.e.SensitiveKey(path) {
		return &Handler{next: h.next, r: h.r, prefix: path + ".", masked: path, group: name}
	}
	return &Handler{next: h.next.WithGroup(name), r: h.r, prefix: h.prefix + name + "."}
}
