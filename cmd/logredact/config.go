package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// Default names of the environment variables that hold keys. A key is never
// taken from a flag or from the config file itself: flags show in ps, and
// config files get committed.
const (
	defaultHMACKeyEnv        = "LOGREDACT_HMAC_KEY"
	defaultFingerprintKeyEnv = "LOGREDACT_FINGERPRINT_KEY"
)

// fileConfig is the JSON config file read with -config. Each field maps to
// one option of patterns.New; the README has the table. A list that is
// given must name at least one item: an empty one is an error, so that
// "enable": [] cannot silently mean every detector.
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
	// ReportOnly redacts nothing and reports what would be:
	// patterns.WithReportOnly.
	ReportOnly bool `json:"report_only"`
	// Detectors are added with patterns.WithDetector.
	Detectors []customDetector `json:"detectors"`
}

// customDetector is a user's detector in the config file: keywords for the
// prefilter, then either a Go regexp (pattern) or one of the library's
// matchers (match, with its charset and lengths), and examples that
// patterns.New and "logredact check" run.
type customDetector struct {
	ID          string   `json:"id"`
	Description string   `json:"description"`
	Category    string   `json:"category"`
	Keywords    []string `json:"keywords"`
	IgnoreCase  bool     `json:"ignore_case"`
	Pattern     string   `json:"pattern"`
	Window      int      `json:"window"`
	// Match names a matcher: "prefix", "dotted", "keyed", "block" or
	// "url" (patterns.PrefixToken, DottedToken, KeyedValue, Block and
	// URLCredential).
	Match string `json:"match"`
	// Charset, MinLength and MaxLength shape the body of "prefix",
	// "dotted" and "keyed" matches.
	Charset   string `json:"charset"`
	MinLength int    `json:"min_length"`
	MaxLength int    `json:"max_length"`
	// Labels are the armor labels a "block" accepts; none means any.
	Labels []string `json:"labels"`
	// Positive and Negative are the detector's examples.
	Positive []configExample `json:"positive"`
	Negative []configExample `json:"negative"`
}

// configExample is an example in the config file: a string, which is the
// whole secret, or an object with text, secret and why.
type configExample struct {
	Text   string `json:"text"`
	Secret string `json:"secret"`
	Why    string `json:"why"`
}

// UnmarshalJSON implements json.Unmarshaler: an example may be written as
// a bare string.
func (x *configExample) UnmarshalJSON(data []byte) error {
	if len(data) > 0 && data[0] == '"' {
		x.Secret, x.Why = "", ""
		return json.Unmarshal(data, &x.Text)
	}
	type plain configExample
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode((*plain)(x))
}

// loadConfig reads a config file strictly: an unknown field is an error, so
// a misspelled option cannot be silently ignored, and so is an empty list.
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
	if err := c.checkLists(); err != nil {
		return c, fmt.Errorf("config %s: %w", path, err)
	}
	return c, nil
}

// namedList is a list of the config file and the field it was read from.
type namedList struct {
	field string
	items []string
}

// checkLists reports the first list that is given empty or holds an empty
// item.
func (c *fileConfig) checkLists() error {
	lists := []namedList{
		{"sensitive_keys", c.SensitiveKeys}, {"allowed_keys", c.AllowedKeys},
		{"enable", c.Enable}, {"disable", c.Disable}, {"known_secrets_env", c.KnownSecretsEnv},
	}
	if c.Detectors != nil && len(c.Detectors) == 0 {
		return fmt.Errorf("detectors: empty list: give at least one detector, or leave the field out")
	}
	for i, d := range c.Detectors {
		at := fmt.Sprintf("detectors[%d].", i)
		lists = append(lists, namedList{at + "keywords", d.Keywords}, namedList{at + "labels", d.Labels})
		if err := checkExamples(at+"positive", d.Positive); err != nil {
			return err
		}
		if err := checkExamples(at+"negative", d.Negative); err != nil {
			return err
		}
	}
	for _, l := range lists {
		if l.items != nil && len(l.items) == 0 {
			return fmt.Errorf("%s: empty list: give at least one item, or leave the field out", l.field)
		}
		for j, it := range l.items {
			if strings.TrimSpace(it) == "" {
				return fmt.Errorf("%s[%d]: empty item", l.field, j)
			}
		}
	}
	return nil
}

func checkExamples(field string, examples []configExample) error {
	if examples != nil && len(examples) == 0 {
		return fmt.Errorf("%s: empty list: give at least one example, or leave the field out", field)
	}
	for j, x := range examples {
		if x.Text == "" {
			return fmt.Errorf("%s[%d]: empty example", field, j)
		}
	}
	return nil
}

// describeJSONError adds the line number to a syntax error and names the
// field of a type error, without the decoder's package prefix.
func describeJSONError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line := 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
		return fmt.Errorf("line %d: %s", line, strings.TrimPrefix(se.Error(), "json: "))
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Errorf("field %q: want %s, got JSON %s", te.Field, te.Type, te.Value)
	}
	return errors.New(strings.TrimPrefix(err.Error(), "json: "))
}
