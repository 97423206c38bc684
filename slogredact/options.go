package slogredact

import "github.com/logredact/logredact/patterns"

// Option configures a [Handler] built by [New] or a function built by
// [ReplaceAttr].
//
// What is redacted and how (extra sensitive keys, allowed keys, the mask,
// an observer, known secrets) is configured on a [patterns.Engine], not
// here: build one with [patterns.New] and pass it with [WithEngine]. The
// same engine then serves the zap and zerolog adapters, so one
// configuration governs every logger of a program.
type Option interface {
	apply(*config)
}

// optionFunc adapts a function to [Option]; it keeps Option sealed, so
// that options can only come from this package.
type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

// config is what the options set.
type config struct {
	engine *patterns.Engine
}

// WithEngine makes the handler redact with e instead of
// [patterns.Default].
//
// A nil e panics when [New] or [ReplaceAttr] applies the option: it is
// what an unchecked error of [patterns.New] leaves, and falling back to
// the default engine would silently drop the configuration it was meant
// to carry.
func WithEngine(e *patterns.Engine) Option {
	return optionFunc(func(c *config) {
		if e == nil {
			panic("slogredact: WithEngine(nil): the engine is nil, probably because patterns.New returned an error that was not checked")
		}
		c.engine = e
	})
}

// newConfig applies opts over the defaults.
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
