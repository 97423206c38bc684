package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/logredact/logredact/patterns"
)

// Default names of the environment variables that hold keys. A key is never
// taken from a flag or from the config file itself: flags show in ps, and
// config files get committed.
const (
	defaultHMACKeyEnv        = "LOGREDACT_HMAC_KEY"
	defaultFingerprintKeyEnv = "LOGREDACT_FINGERPRINT_KEY"
)

// fileConfig is the JSON config file read with -config. Each field maps to
// one option of patterns.New; the README has the table.
type fileConfig struct {
	// SensitiveKeys maps to patterns.WithSensitiveKeys.
	SensitiveKeys []string `json:"sensitive_keys"`
	// AllowedKeys maps to patterns.WithAllowedKeys.
	AllowedKeys []string `json:"allowed_keys"`
	// Enable keeps only these detector IDs or categories ("secret", "pii"):
	// patterns.WithDetectors.
	Enable []string `json:"enable"`
	// Disable turns off these detector IDs or categories:
	// patterns.WithoutDetectors and patterns.WithoutCategory.
	Disable []string `json:"disable"`
	// Mask is "label" (default), "partial", "hmac" or "fixed".
	Mask string `json:"mask"`
	// MaskText is the text of the "fixed" mask.
	MaskText string `json:"mask_text"`
	// HMACKeyEnv names the variable holding the "hmac" mask key.
	HMACKeyEnv string `json:"hmac_key_env"`
	// FingerprintKeyEnv names the variable holding the key of scan
	// fingerprints (-baseline).
	FingerprintKeyEnv string `json:"fingerprint_key_env"`
	// KnownSecretsEnv names variables whose values are masked wherever
	// they appear: patterns.WithKnownSecrets.
	KnownSecretsEnv []string `json:"known_secrets_env"`
	// EnvSecrets registers the values of every variable whose name marks
	// it secret (..._TOKEN, ..._PASSWORD): patterns.WithEnvSecrets.
	EnvSecrets bool `json:"env_secrets"`
	// Detectors are added with patterns.WithDetector.
	Detectors []customDetector `json:"detectors"`
}

// customDetector is a user's detector in the config file: keywords for the
// prefilter plus a Go regexp.
type customDetector struct {
	ID          string   `json:"id"`
	Description string   `json:"description"`
	Category    string   `json:"category"`
	Keywords    []string `json:"keywords"`
	IgnoreCase  bool     `json:"ignore_case"`
	Pattern     string   `json:"pattern"`
	Window      int      `json:"window"`
}

// loadConfig reads a config file strictly: an unknown field is an error, so
// a misspelled option cannot be silently ignored.
func loadConfig(path string) (fileConfig, error) {
	var c fileConfig
	data, err := os.ReadFile(path)
	if err != nil {
		return c, fmt.Errorf("config: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return c, fmt.Errorf("config %s: %w", path, describeJSONError(data, err))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return c, fmt.Errorf("config %s: unexpected data after the JSON object", path)
	}
	return c, nil
}

// describeJSONError adds the line number to a syntax error.
func describeJSONError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line := 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
		return fmt.Errorf("line %d: %w", line, err)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Errorf("field %q: want %s, got JSON %s", te.Field, te.Type, te.Value)
	}
	return err
}

// settings is the merged configuration: the config file, then the flags.
type settings struct {
	fileConfig
	// maskFrom says where the mask was chosen, for error messages.
	maskFrom string
}

// lookupEnv reads the environment; tests replace it.
type lookupEnv func(name string) (string, bool)

// engineOptions turns the settings into options of patterns.New. Every
// problem is reported here, before any input is read.
func (s *settings) engineOptions(env lookupEnv, environ []string) ([]patterns.Option, error) {
	var opts []patterns.Option
	if len(s.SensitiveKeys) > 0 {
		opts = append(opts, patterns.WithSensitiveKeys(s.SensitiveKeys...))
	}
	if len(s.AllowedKeys) > 0 {
		opts = append(opts, patterns.WithAllowedKeys(s.AllowedKeys...))
	}
	sel, err := selectionOptions(s.Enable, s.Disable)
	if err != nil {
		return nil, err
	}
	opts = append(opts, sel...)
	m, err := s.mask(env)
	if err != nil {
		return nil, err
	}
	opts = append(opts, patterns.WithMask(m))
	var known []string
	for _, name := range s.KnownSecretsEnv {
		v, ok := env(name)
		if !ok || v == "" {
			return nil, fmt.Errorf("known_secrets_env: environment variable %s is not set", name)
		}
		known = append(known, v)
	}
	if len(known) > 0 {
		opts = append(opts, patterns.WithKnownSecrets(known...))
	}
	if s.EnvSecrets {
		opts = append(opts, patterns.WithEnvSecrets(environ))
	}
	for i, d := range s.Detectors {
		det, err := d.detector()
		if err != nil {
			return nil, fmt.Errorf("detectors[%d]: %w", i, err)
		}
		opts = append(opts, patterns.WithDetector(det))
	}
	return opts, nil
}

// mask builds the mask; the HMAC key is read from the environment only.
func (s *settings) mask(env lookupEnv) (patterns.Mask, error) {
	switch s.Mask {
	case "", "label":
		return patterns.LabelMask(), nil
	case "partial":
		return patterns.PartialMask(), nil
	case "fixed":
		if s.MaskText == "" {
			return patterns.Mask{}, fmt.Errorf("mask \"fixed\" needs a text: mask_text in the config or -mask fixed:TEXT")
		}
		return patterns.FixedMask(s.MaskText), nil
	case "hmac":
		name := s.HMACKeyEnv
		if name == "" {
			name = defaultHMACKeyEnv
		}
		key, ok := env(name)
		if !ok || key == "" {
			return patterns.Mask{}, fmt.Errorf("mask \"hmac\" reads its key from environment variable %s, which is not set", name)
		}
		if len(key) < 16 {
			return patterns.Mask{}, fmt.Errorf("mask \"hmac\": the key in %s is %d bytes, need at least 16", name, len(key))
		}
		return patterns.HMACMask([]byte(key)), nil
	}
	return patterns.Mask{}, fmt.Errorf("unknown mask %q%s: want label, partial, hmac or fixed", s.Mask, s.maskFrom)
}

// fingerprintKey returns the key of scan fingerprints, or nil when its
// variable is unset.
func (s *settings) fingerprintKey(env lookupEnv) (name string, key []byte) {
	name = s.FingerprintKeyEnv
	if name == "" {
		name = defaultFingerprintKeyEnv
	}
	if v, ok := env(name); ok && v != "" {
		return name, []byte(v)
	}
	return name, nil
}

// selectionOptions turns -enable and -disable lists, which mix detector
// IDs and categories, into engine options. Unknown IDs are left for
// patterns.New to name.
func selectionOptions(enable, disable []string) ([]patterns.Option, error) {
	var opts []patterns.Option
	if len(enable) > 0 {
		var ids []string
		for _, name := range enable {
			cat, isCat := patterns.ParseCategory(name)
			if !isCat {
				ids = append(ids, name)
				continue
			}
			for _, d := range patterns.Default().Detectors() {
				if d.Category == cat {
					ids = append(ids, d.ID)
				}
			}
		}
		if len(ids) == 0 {
			return nil, fmt.Errorf("enable: no detector left to enable")
		}
		opts = append(opts, patterns.WithDetectors(ids...))
	}
	var ids []string
	for _, name := range disable {
		if cat, ok := patterns.ParseCategory(name); ok {
			opts = append(opts, patterns.WithoutCategory(cat))
			continue
		}
		ids = append(ids, name)
	}
	if len(ids) > 0 {
		opts = append(opts, patterns.WithoutDetectors(ids...))
	}
	return opts, nil
}

// detector converts a config entry; patterns.WithDetector checks the rest.
func (d customDetector) detector() (patterns.Detector, error) {
	cat := patterns.Secret
	if d.Category != "" {
		c, ok := patterns.ParseCategory(d.Category)
		if !ok {
			return patterns.Detector{}, fmt.Errorf("detector %q: category %q is not \"secret\" or \"pii\"", d.ID, d.Category)
		}
		cat = c
	}
	if d.Pattern == "" {
		return patterns.Detector{}, fmt.Errorf("detector %q: pattern (a Go regexp) is required", d.ID)
	}
	desc := d.Description
	if desc == "" {
		desc = "Custom detector " + d.ID
	}
	return patterns.Detector{
		ID:          d.ID,
		Description: desc,
		Category:    cat,
		Keywords:    d.Keywords,
		IgnoreCase:  d.IgnoreCase,
		Pattern:     d.Pattern,
		Window:      d.Window,
	}, nil
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
