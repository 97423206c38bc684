package zapredact

import "github.com/logredact/logredact/patterns"

// Option configures the core built by [Wrap] or [WrapCore].
type Option interface {
	apply(*config)
}

type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

type config struct {
	engine *patterns.Engine
}

// WithEngine makes the core redact with e instead of [patterns.Default].
// One engine can serve the slog, zap and zerolog adapters at once, so a
// service configures its detectors, key rules and mask in one place. A nil
// e leaves the default in place.
func WithEngine(e *patterns.Engine) Option {
	return optionFunc(func(c *config) {
		if e != nil {
			c.engine = e
		}
	})
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
