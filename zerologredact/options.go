package zerologredact

import "github.com/logredact/logredact/patterns"

// Option configures a [Writer] built by [New].
type Option interface {
	apply(*config)
}

type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

type config struct {
	engine *patterns.Engine
}

// WithEngine makes the writer find and mask values with e instead of
// [patterns.Default]. Build e once with [patterns.New] and hand the same
// engine to the slog and zap adapters, so that every logger of a service
// redacts alike.
//
// A nil e panics when [New] applies the option: it is what an unchecked
// error of [patterns.New] leaves, and falling back to the default engine
// would silently drop the configuration it was meant to carry.
func WithEngine(e *patterns.Engine) Option {
	return optionFunc(func(c *config) {
		if e == nil {
			panic("zerologredact: WithEngine(nil): the engine is nil, probably because patterns.New returned an error that was not checked")
		}
		c.engine = e
	})
}
