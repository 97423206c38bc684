package otelredact

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/confmap"
	"go.opentelemetry.io/collector/confmap/confmaptest"

	"github.com/logredact/logredact/otelredact/internal/metadata"
)

// loadConfig unmarshals the processor configuration named id from file
// into a default config, as the Collector does.
func loadConfig(t *testing.T, file, id string) *Config {
	t.Helper()
	cm, err := confmaptest.LoadConf(filepath.Join("testdata", file))
	if err != nil {
		t.Fatalf("LoadConf: %v", err)
	}
	sub, err := cm.Sub(id)
	if err != nil {
		t.Fatalf("Sub(%q): %v", id, err)
	}
	cfg := NewFactory().CreateDefaultConfig().(*Config)
	if err := sub.Unmarshal(cfg); err != nil {
		t.Fatalf("Unmarshal(%q): %v", id, err)
	}
	return cfg
}

func TestLoadConfig(t *testing.T) {
	for _, tc := range []struct {
		id   component.ID
		want *Config
	}{
		{id: component.NewID(metadata.Type), want: &Config{ResourceAttributes: true}},
		{
			id: component.NewIDWithName(metadata.Type, "custom"),
			want: &Config{
				Detectors:          DetectorsConfig{Disabled: []string{"us-ssn"}},
				Keys:               KeysConfig{Sensitive: []string{"x-internal-ref", "customer_pin"}, Allowed: []string{"trace_id", "order.reference"}},
				Mask:               MaskConfig{Type: MaskPartial},
				KnownSecrets:       KnownSecretsConfig{Env: []string{"DB_PASSWORD"}, SensitiveEnv: true},
				ResourceAttributes: true,
				ScopeAttributes:    true,
				Summary:            true,
			},
		},
		{id: component.NewIDWithName(metadata.Type, "only_pii"), want: &Config{Detectors: DetectorsConfig{Enabled: []string{"email", "credit-card", "us-ssn"}}, ResourceAttributes: true}},
		{id: component.NewIDWithName(metadata.Type, "no_pii"), want: &Config{Detectors: DetectorsConfig{DisabledCategories: []string{"pii"}}, ResourceAttributes: true}},
		{id: component.NewIDWithName(metadata.Type, "fixed"), want: &Config{Mask: MaskConfig{Type: MaskFixed, Text: "***"}, ResourceAttributes: true}},
		{id: component.NewIDWithName(metadata.Type, "hmac"), want: &Config{Mask: MaskConfig{Type: MaskHMAC, HMACKey: "0123456789abcdef0123456789abcdef"}, ResourceAttributes: true}},
	} {
		t.Run(tc.id.String(), func(t *testing.T) {
			cfg := loadConfig(t, "config.yaml", tc.id.String())
			if err := confmap.Validate(cfg); err != nil {
				t.Errorf("Validate: %v", err)
			}
			if diff := cmp.Diff(tc.want, cfg, cmpopts.IgnoreUnexported(Config{}, DetectorsConfig{}, KeysConfig{}, MaskConfig{}, KnownSecretsConfig{})); diff != "" {
				t.Errorf("config mismatch (-want +got):\n%s", diff)
			}
			// Every valid configuration must also build a processor.
			env := testEnv(map[string]string{"DB_PASSWORD": "correct-horse-battery"})
			if _, err := newRedactor(cfg, nopSettings().TelemetrySettings, env); err != nil {
				t.Errorf("newRedactor: %v", err)
			}
		})
	}
}

func TestLoadConfigInvalid(t *testing.T) {
	for _, tc := range []struct {
		name string
		want string
	}{
		{"unknown_detector", `detectors::disabled: unknown detector ID "no-such-detector"`},
		{"unknown_enabled", `detectors::enabled: unknown detector ID "emails"`},
		{"unknown_category", `detectors::disabled_categories: unknown category "personal" (want "secret" or "pii")`},
		{"empty_sensitive_key", `keys::sensitive: key "--" has no letters or digits`},
		{"empty_allowed_key", `keys::allowed: key "" has no letters or digits`},
		{"unknown_mask", `mask::type: unknown mask "sha256" (want label, fixed, partial or hmac)`},
		{"fixed_without_text", `mask::text: must be set when mask::type is "fixed"; use a visible marker such as "***"`},
		{"short_hmac_key", `mask::hmac_key: is 9 bytes, need at least 16 when mask::type is "hmac"`},
		{"text_without_fixed", `mask::text: is only used when mask::type is "fixed", not "label"`},
		{"hmac_key_without_hmac", `mask::hmac_key: is only used when mask::type is "hmac", not "partial"`},
		{"bad_env_name", `known_secrets::env: "A=B" is not an environment variable name`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := loadConfig(t, "config_invalid.yaml", component.NewIDWithName(metadata.Type, tc.name).String())
			err := confmap.Validate(cfg)
			if err == nil {
				t.Fatal("Validate accepted an invalid config")
			}
			if diff := cmp.Diff(tc.want, err.Error()); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHMACKeyNotPrinted checks that the key, held as configopaque.String,
// does not appear when the config is printed.
func TestHMACKeyNotPrinted(t *testing.T) {
	cfg := loadConfig(t, "config.yaml", "logredact/hmac")
	conf := confmap.New()
	if err := conf.Marshal(cfg); err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	if got := conf.Get("mask::hmac_key"); got != "[REDACTED]" {
		t.Errorf("marshalled hmac_key = %v, want [REDACTED]", got)
	}
}

// TestCreateErrors checks the errors only the environment can cause,
// reported when the processor is created.
func TestCreateErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		vars map[string]string
		want string
	}{
		{"unset", nil, `known_secrets::env: environment variable "DB_PASSWORD" is not set`},
		{"empty", map[string]string{"DB_PASSWORD": ""}, `known_secrets::env: environment variable "DB_PASSWORD" is not set`},
		{"short", map[string]string{"DB_PASSWORD": "abc"}, `known_secrets::env: the value of "DB_PASSWORD" is 3 bytes, too short to mask safely (need 6)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := &Config{KnownSecrets: KnownSecretsConfig{Env: []string{"DB_PASSWORD"}}}
			_, err := newFactory(testEnv(tc.vars)).CreateLogs(context.Background(), nopSettings(), cfg, nil)
			if err == nil {
				t.Fatal("CreateLogs succeeded")
			}
			if diff := cmp.Diff(tc.want, err.Error()); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
			if v := tc.vars["DB_PASSWORD"]; v != "" && strings.Contains(err.Error(), v) {
				t.Errorf("error %q reveals the value", err)
			}
		})
	}
}
