package otelredact

import (
	"fmt"
	"os"

	"github.com/logredact/logredact/patterns"
)

// minKnownSecret mirrors the engine's shortest known secret, so that the
// error names the variable instead of the engine option.
const minKnownSecret = 6

// environment is what the processor reads of the Collector's environment
// when it is created; tests substitute their own.
type environment struct {
	lookup  func(name string) (string, bool)
	environ func() []string
}

var osEnvironment = environment{lookup: os.LookupEnv, environ: os.Environ}

// newEngine builds the engine that cfg describes. Errors name the
// configuration key at fault.
func newEngine(cfg *Config, env environment) (*patterns.Engine, error) {
	var opts []patterns.Option
	if d := cfg.Detectors; len(d.Enabled) > 0 {
		opts = append(opts, patterns.WithDetectors(d.Enabled...))
	}
	if d := cfg.Detectors; len(d.Disabled) > 0 {
		opts = append(opts, patterns.WithoutDetectors(d.Disabled...))
	}
	for _, name := range cfg.Detectors.DisabledCategories {
		c, ok := patterns.ParseCategory(name)
		if !ok {
			return nil, fmt.Errorf("detectors::disabled_categories: unknown category %q", name)
		}
		opts = append(opts, patterns.WithoutCategory(c))
	}
	if len(cfg.Keys.Sensitive) > 0 {
		opts = append(opts, patterns.WithSensitiveKeys(cfg.Keys.Sensitive...))
	}
	if len(cfg.Keys.Allowed) > 0 {
		opts = append(opts, patterns.WithAllowedKeys(cfg.Keys.Allowed...))
	}
	if m, ok := engineMask(&cfg.Mask); ok {
		opts = append(opts, patterns.WithMask(m))
	}
	var known []string
	for _, name := range cfg.KnownSecrets.Env {
		v, ok := env.lookup(name)
		if !ok || v == "" {
			return nil, fmt.Errorf("known_secrets::env: environment variable %q is not set", name)
		}
		if len(v) < minKnownSecret {
			return nil, fmt.Errorf("known_secrets::env: the value of %q is %d bytes, too short to mask safely (need %d)", name, len(v), minKnownSecret)
		}
		known = append(known, v)
	}
	if len(known) > 0 {
		opts = append(opts, patterns.WithKnownSecrets(known...))
	}
	if cfg.KnownSecrets.SensitiveEnv {
		opts = append(opts, patterns.WithEnvSecrets(env.environ()))
	}
	if cfg.ReportOnly {
		opts = append(opts, patterns.WithReportOnly())
	}
	e, err := patterns.New(opts...)
	if err != nil {
		// The engine names its option; the configuration was validated
		// first, so this is a value only the environment could make bad,
		// such as a known secret shorter than the engine accepts.
		return nil, fmt.Errorf("logredact: %w", err)
	}
	return e, nil
}

// engineMask maps the configured mask onto the engine's; ok is false for
// the default label mask.
func engineMask(m *MaskConfig) (patterns.Mask, bool) {
	switch m.Type {
	case MaskFixed:
		return patterns.FixedMask(m.Text), true
	case MaskPartial:
		return patterns.PartialMask(), true
	case MaskHMAC:
		return patterns.HMACMask([]byte(m.HMACKey)), true
	}
	return patterns.Mask{}, false
}
