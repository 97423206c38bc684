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
// redacts alike. A nil e keeps the default.
func WithEngine(e *patterns.Engine) Option {
	return optionFunc(func(c *config) {
		if e != nil {
			c.engine = e
		}
	})
}
