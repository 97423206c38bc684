package zapredact

import (
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/patterns"
)

// Option configures the core built by [Wrap] or [WrapCore].
type Option interface {
	apply(*config)
}

type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

type config struct {
	engine *patterns.Engine
	errOut zapcore.WriteSyncer
}

// WithEngine makes the core redact with e instead of [patterns.Default].
// One engine can serve the slog, zap and zerolog adapters at once, so a
// service configures its detectors, key rules and mask in one place.
//
// A nil e panics when [Wrap] applies the option: it is what an unchecked
// error of [patterns.New] leaves, and falling back to the default engine
// would silently drop the configuration it was meant to carry.
func WithEngine(e *patterns.Engine) Option {
	return optionFunc(func(c *config) {
		if e == nil {
			panic("zapredact: WithEngine(nil): the engine is nil, probably because patterns.New returned an error that was not checked")
		}
		c.engine = e
	})
}

// WithErrorOutput reports the write errors of the wrapped core on ws. By
// default the core returns them from Write, and a [zap.Logger] reports
// them on its own error output ([zap.ErrorOutput], standard error unless
// set); a core written to by something that drops the errors it returns
// can have them reported here instead.
func WithErrorOutput(ws zapcore.WriteSyncer) Option {
	return optionFunc(func(c *config) { c.errOut = ws })
}

func newConfig(opts []Option) config {
	var c config
	for _, o := range opts {
		if o != nil {
			o.apply(&c)
		}
	}
	if c.engine == nil {
		c.engine = patterns.Default()
	}
	return c
}
