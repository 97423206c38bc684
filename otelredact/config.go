package otelredact

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"go.opentelemetry.io/collector/config/configopaque"

	"github.com/logredact/logredact/patterns"
)

// Config is the configuration of the logredact processor. The factory's
// default runs every built-in detector with the default key rules and the
// label mask on log records, spans and resource attributes, and leaves
// scope attributes alone.
type Config struct {
	// Detectors turns built-in detectors on or off.
	Detectors DetectorsConfig `mapstructure:"detectors"`
	// Keys adds sensitive keys and names keys that are never examined.
	Keys KeysConfig `mapstructure:"keys"`
	// Mask chooses what replaces a finding.
	Mask MaskConfig `mapstructure:"mask"`
	// KnownSecrets registers exact values to mask wherever they appear.
	KnownSecrets KnownSecretsConfig `mapstructure:"known_secrets"`
	// ResourceAttributes also redacts resource attributes; the factory's
	// default turns it on.
	ResourceAttributes bool `mapstructure:"resource_attributes"`
	// ScopeAttributes also redacts instrumentation scope attributes.
	ScopeAttributes bool `mapstructure:"scope_attributes"`
	// Summary adds to each log record or span that had something masked
	// one integer attribute per detector, named
	// "logredact.redacted.<detector-id>", holding how many values that
	// detector masked. It never holds a value.
	Summary bool `mapstructure:"summary"`
	// ReportOnly redacts nothing: findings are still counted in the
	// findings metric (and in the summary attributes when Summary is
	// on), and every value is passed on as it came, in clear. It is for
	// measuring what masking would change before turning it on; the
	// processor logs a warning when it starts with it.
	ReportOnly bool `mapstructure:"report_only"`

	// prevent unkeyed literal initialization
	_ struct{}
}

// DetectorsConfig selects detectors by ID (see the engine's catalog) or by
// category ("secret" or "pii").
type DetectorsConfig struct {
	// Enabled, when not empty, keeps only the detectors with these IDs.
	Enabled []string `mapstructure:"enabled"`
	// Disabled turns off the detectors with these IDs.
	Disabled []string `mapstructure:"disabled"`
	// DisabledCategories turns off every detector of these categories.
	DisabledCategories []string `mapstructure:"disabled_categories"`

	// prevent unkeyed literal initialization
	_ struct{}
}

// KeysConfig extends the key rules: keys are compared after folding case
// and separators, so "apiKey", "API-KEY" and "api_key" are one key.
type KeysConfig struct {
	// Sensitive are extra keys whose values are masked whatever they look
	// like; a key path matches when it ends with one of them as a word.
	Sensitive []string `mapstructure:"sensitive"`
	// Allowed are keys whose values are never examined.
	Allowed []string `mapstructure:"allowed"`

	// prevent unkeyed literal initialization
	_ struct{}
}

// Mask types accepted by [MaskConfig].Type.
const (
	MaskLabel   = "label"
	MaskFixed   = "fixed"
	MaskPartial = "partial"
	MaskHMAC    = "hmac"
)

// MaskConfig chooses what replaces a finding.
type MaskConfig struct {
	// Type is "label" (the default: "[REDACTED:<detector-id>]"), "fixed"
	// (Text), "partial" (keeps the last four digits of a card or SSN and
	// the domain of an email) or "hmac" ("[REDACTED:<detector-id>:<hmac>]",
	// keyed with HMACKey, so equal values can be correlated).
	Type string `mapstructure:"type"`
	// Text replaces every finding when Type is "fixed".
	Text string `mapstructure:"text"`
	// HMACKey keys the "hmac" mask: at least 16 bytes, best given as
	// ${env:NAME} so that it stays out of the configuration file.
	HMACKey configopaque.String `mapstructure:"hmac_key"`

	// prevent unkeyed literal initialization
	_ struct{}
}

// KnownSecretsConfig registers exact values, read from the environment of
// the Collector when the processor starts, that are masked wherever they
// appear, also base64- and URL-encoded.
type KnownSecretsConfig struct {
	// Env names environment variables whose values are known secrets. A
	// variable that is not set is an error when the processor is created,
	// so that a deployment mistake cannot silently leave a secret unmasked.
	Env []string `mapstructure:"env"`
	// SensitiveEnv also registers every variable whose name marks it as a
	// credential (ending in KEY, TOKEN, SECRET, PASSWORD, ...).
	SensitiveEnv bool `mapstructure:"sensitive_env"`

	// prevent unkeyed literal initialization
	_ struct{}
}

// minHMACKey mirrors the engine's minimum so that the error names the
// configuration key instead of the engine option.
const minHMACKey = 16

// Validate checks the configuration without reading the environment. Each
// error names the offending key, as "detectors::disabled".
func (cfg *Config) Validate() error {
	ids := catalogIDs()
	var errs []error
	checkIDs := func(key string, list []string) {
		for _, id := range list {
			if !slices.Contains(ids, id) {
				errs = append(errs, fmt.Errorf("detectors::%s: unknown detector ID %q", key, id))
			}
		}
	}
	checkIDs("enabled", cfg.Detectors.Enabled)
	checkIDs("disabled", cfg.Detectors.Disabled)
	for _, c := range cfg.Detectors.DisabledCategories {
		if _, ok := patterns.ParseCategory(c); !ok {
			errs = append(errs, fmt.Errorf("detectors::disabled_categories: unknown category %q (want %q or %q)", c, patterns.Secret, patterns.PII))
		}
	}
	checkKeys := func(key string, list []string) {
		for _, k := range list {
			if !hasAlnum(k) {
				errs = append(errs, fmt.Errorf("keys::%s: key %q has no letters or digits", key, k))
			}
		}
	}
	checkKeys("sensitive", cfg.Keys.Sensitive)
	checkKeys("allowed", cfg.Keys.Allowed)
	errs = append(errs, cfg.Mask.validate()...)
	for _, name := range cfg.KnownSecrets.Env {
		if name == "" || strings.ContainsAny(name, "=\x00") {
			errs = append(errs, fmt.Errorf("known_secrets::env: %q is not an environment variable name", name))
		}
	}
	return errors.Join(errs...)
}

func (m *MaskConfig) validate() []error {
	var errs []error
	switch m.Type {
	case "", MaskLabel, MaskPartial:
	case MaskFixed:
		if m.Text == "" {
			errs = append(errs, errors.New(`mask::text: must be set when mask::type is "fixed"; use a visible marker such as "***"`))
		}
	case MaskHMAC:
		if len(m.HMACKey) < minHMACKey {
			errs = append(errs, fmt.Errorf(`mask::hmac_key: is %d bytes, need at least %d when mask::type is "hmac"`, len(m.HMACKey), minHMACKey))
		}
	default:
		errs = append(errs, fmt.Errorf("mask::type: unknown mask %q (want %s, %s, %s or %s)", m.Type, MaskLabel, MaskFixed, MaskPartial, MaskHMAC))
	}
	if m.Text != "" && m.Type != MaskFixed {
		errs = append(errs, fmt.Errorf(`mask::text: is only used when mask::type is "fixed", not %q`, m.typeName()))
	}
	if m.HMACKey != "" && m.Type != MaskHMAC {
		errs = append(errs, fmt.Errorf(`mask::hmac_key: is only used when mask::type is "hmac", not %q`, m.typeName()))
	}
	return errs
}

func (m *MaskConfig) typeName() string {
	if m.Type == "" {
		return MaskLabel
	}
	return m.Type
}

func hasAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// catalogIDs lists the IDs of the built-in detectors.
func catalogIDs() []string {
	dets := patterns.Default().Detectors()
	ids := make([]string, len(dets))
	for i, d := range dets {
		ids[i] = d.ID
	}
	return ids
}
