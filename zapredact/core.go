package zapredact

import (
	"os"
	"strings"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/reportonly"
	"github.com/logredact/logredact/patterns"
)

// messageKey is the key the message is known by to key rules and the
// observer, whatever key the encoder writes it under; the slog adapter
// uses the same.
const messageKey = "msg"

// core redacts entries on their way to inner.
type core struct {
	inner zapcore.Core
	r     *redactor
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
// unchanged. A nil inner is treated as [zapcore.NewNopCore].
func Wrap(inner zapcore.Core, opts ...Option) zapcore.Core {
	cfg := newConfig(opts)
	if inner == nil {
		inner = zapcore.NewNopCore()
	}
	if c, ok := inner.(*core); ok && c.r.eng == cfg.engine {
		return c
	}
	reportonly.Zap(cfg.engine, inner)
	return &core{inner: inner, r: newRedactor(cfg.engine)}
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
	red, at := c.r.fields(c.at, fields, nil)
	at.path = strings.Clone(at.path)
	return &core{inner: c.inner.With(red), r: c.r, at: at}
}

// Check adds the core to ce when the wrapped core is enabled at the
// entry's level, so that Write sees the entry first.
func (c *core) Check(ent zapcore.Entry, ce *zapcore.CheckedEntry) *zapcore.CheckedEntry {
	if c.inner.Enabled(ent.Level) {
		return ce.AddCore(ent, c)
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
	// The checked entry reports its write errors itself, as the
	// logger's own would; zap's default error output is standard error.
	ice.ErrorOutput = errorOutput
	if msg, changed := c.r.eng.RedactIn(patterns.Scope{Layer: layer, Key: messageKey}, ent.Message); changed {
		ice.Message = msg
	}
	var scratch [128]byte
	fields, _ = c.r.fields(c.at, fields, scratch[:0])
	ice.Write(fields...)
	return nil
}

// errorOutput receives write errors of the wrapped core.
var errorOutput = zapcore.Lock(os.Stderr)

// Sync flushes the wrapped core.
func (c *core) Sync() error {
	return c.inner.Sync()
}
