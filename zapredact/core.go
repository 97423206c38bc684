package zapredact

import (
	"strings"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/reportonly"
)

// core redacts entries on their way to inner.
type core struct {
	inner zapcore.Core
	r     *redactor
	// errOut, when set, receives the wrapped core's write errors instead
	// of the caller of Write.
	errOut zapcore.WriteSyncer
	// at is where fields written to this core sit: the namespaces that
	// fields attached with With have opened.
	at place
}

var _ zapcore.Core = (*core)(nil)

// Wrap returns a [zapcore.Core] that redacts every entry before inner
// sees it: the message and each field, as the package documentation
// describes. Levels are inner's. With no options it redacts with
// [patterns.Default]; [WithEngine] chooses another engine.
//
// Wrapping a core that Wrap returned, with the same engine, returns it
// unchanged. Wrap panics if inner is nil: a logger around no core would
// drop every entry without a word.
func Wrap(inner zapcore.Core, opts ...Option) zapcore.Core {
	if inner == nil {
		panic("zapredact: nil core")
	}
	cfg := newConfig(opts)
	if c, ok := inner.(*core); ok && c.r.eng == cfg.engine && c.errOut == cfg.errOut {
		return c
	}
	reportonly.Zap(cfg.engine, inner)
	return &core{inner: inner, r: newRedactor(cfg.engine), errOut: cfg.errOut}
}

// WrapCore returns a [zap.Option] that wraps a logger's core with [Wrap],
// for one-line use with the zap constructors:
//
//	logger := zap.New(core, zapredact.WrapCore())
//	logger, err := zap.NewDevelopment(zapredact.WrapCore(zapredact.WithEngine(eng)))
//
// It is built on [zap.WrapCore], so the redacting core ends up outside
// whatever the logger already had. Samplers and tees inside it keep
// their decisions: zap.NewProduction(zapredact.WrapCore()) samples as
// zap.NewProduction() does.
func WrapCore(opts ...Option) zap.Option {
	return zap.WrapCore(func(c zapcore.Core) zapcore.Core {
		return Wrap(c, opts...)
	})
}

// Enabled reports whether the wrapped core logs at lvl.
func (c *core) Enabled(lvl zapcore.Level) bool {
	return c.inner.Enabled(lvl)
}

// Level returns the wrapped core's minimum enabled level, so that
// [zap.Logger.Level] stays cheap.
func (c *core) Level() zapcore.Level {
	return zapcore.LevelOf(c.inner)
}

// With redacts fields once, now, and attaches the result to the wrapped
// core; later entries do not redact them again.
func (c *core) With(fields []zapcore.Field) zapcore.Core {
	red, at := c.r.fields(c.at, fields, nil, nil)
	at.path = strings.Clone(at.path)
	return &core{inner: c.inner.With(red), r: c.r, at: at, errOut: c.errOut}
}

// Check adds the core to ce when the wrapped core is enabled at the
// entry's level, so that Write sees the entry first.
//
// An entry at DPanic level and above ends in a panic or an exit, and
// zap's panic is raised with the checked entry's message, which never
// passes through Write: Check redacts that message in the checked entry
// itself, whether or not the wrapped core logs the entry, so that the
// panic value, what the runtime prints of it, and every hook after the
// write (zap.WithPanicHook, zap.WithFatalHook) see it redacted.
func (c *core) Check(ent zapcore.Entry, ce *zapcore.CheckedEntry) *zapcore.CheckedEntry {
	enabled := c.inner.Enabled(ent.Level)
	if ent.Level < zapcore.DPanicLevel {
		if enabled {
			return ce.AddCore(ent, c)
		}
		return ce
	}
	msg, changed := c.r.message(ent.Message)
	if changed {
		ent.Message = msg
	}
	switch {
	case enabled:
		ce = ce.AddCore(ent, c)
	case changed && ce == nil:
		// Nothing logs the entry, but zap still panics with its
		// message: hand zap a checked entry that holds the redacted one.
		ce = ce.After(ent, zapcore.WriteThenNoop)
	}
	if ce != nil && changed {
		ce.Message = msg
	}
	return ce
}

// Write asks the wrapped core's own Check about the entry, so that a
// sampler or a tee of cores at different levels inside keeps deciding as
// it would without redaction; when the entry goes through, Write redacts
// its message and fields and writes the result. The caller's fields slice
// is never modified: when a field changes, the wrapped core gets a copy.
func (c *core) Write(ent zapcore.Entry, fields []zapcore.Field) error {
	ice := c.inner.Check(ent, nil)
	if ice == nil {
		return nil // sampled out, or no core inside is enabled
	}
	// The checked entry reports its write errors itself: they are
	// collected and returned, for the logger to report on its own error
	// output, or reported on the one WithErrorOutput set.
	errs := collectors.Get().(*errCollector)
	defer putCollector(errs)
	ice.ErrorOutput = errs
	if c.errOut != nil {
		ice.ErrorOutput = c.errOut
	}
	var ep *entryPass
	if c.at.path == "" && !c.at.swallowed {
		var pass entryPass
		ep = &pass
		c.r.judge(ep, ent.Message, fields)
		if ep.clean {
			// The batch holds nothing the write needs; a panic past
			// here (a DPanic entry) only leaves it to the collector.
			ep.done()
			ice.Write(fields...)
			return errs.err()
		}
	}
	msg, changed := ent.Message, false
	if ep != nil {
		msg, changed = c.r.judgedMessage(ep, msg)
	} else {
		msg, changed = c.r.message(msg)
	}
	if changed {
		ice.Message = msg
	}
	var scratch [128]byte
	fields, _ = c.r.fields(c.at, fields, scratch[:0], ep)
	if ep != nil {
		ep.done() // what was masked was copied out of the batch
	}
	ice.Write(fields...)
	return errs.err()
}

// Sync flushes the wrapped core.
func (c *core) Sync() error {
	return c.inner.Sync()
}
