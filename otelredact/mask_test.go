package otelredact

import (
	"context"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.opentelemetry.io/collector/config/configopaque"
)

// TestMasksAndKnownSecrets runs one record through each configured mask,
// detector selection and known-secret source.
func TestMasksAndKnownSecrets(t *testing.T) {
	dbPassword := "correct-horse-battery"
	vars := map[string]string{"DB_PASSWORD": dbPassword, "STRIPE_API_KEY": "opaque-value-123456", "HOME": "/root"}
	body := "to alice@example.com card 4111 1111 1111 1111 ssn 123-45-6789"
	for _, tc := range []struct {
		name   string
		cfg    *Config
		body   string
		want   string
		hidden []string // substrings that must not survive
	}{
		{"fixed", &Config{Mask: MaskConfig{Type: MaskFixed, Text: "***"}}, body, "to *** card *** ssn ***", nil},
		{"partial", &Config{Mask: MaskConfig{Type: MaskPartial}}, body, "to ***@example.com card **** **** **** 1111 ssn ***-**-6789", nil},
		{"only pii ids", &Config{Detectors: DetectorsConfig{Enabled: []string{"email"}}}, body, "to [REDACTED:email] card 4111 1111 1111 1111 ssn 123-45-6789", nil},
		{"disabled id", &Config{Detectors: DetectorsConfig{Disabled: []string{"email"}}}, body, "to alice@example.com card [REDACTED:credit-card] ssn [REDACTED:us-ssn]", nil},
		{"disabled category", &Config{Detectors: DetectorsConfig{DisabledCategories: []string{"pii"}}}, body, body, nil},
		{
			"known secret from env",
			&Config{KnownSecrets: KnownSecretsConfig{Env: []string{"DB_PASSWORD"}}},
			"connect with " + dbPassword + " or " + base64.StdEncoding.EncodeToString([]byte(dbPassword)),
			"connect with [REDACTED:known-secret] or [REDACTED:known-secret]",
			[]string{dbPassword},
		},
		{
			"sensitive env",
			&Config{KnownSecrets: KnownSecretsConfig{SensitiveEnv: true}},
			"using opaque-value-123456 from /root",
			"using [REDACTED:known-secret] from /root",
			nil,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, sink := newLogs(t, tc.cfg, testEnv(vars), nopSettings())
			if err := p.ConsumeLogs(context.Background(), oneLog(t, tc.body, nil)); err != nil {
				t.Fatalf("ConsumeLogs: %v", err)
			}
			got := firstRecord(t, sink).Body().Str()
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("body mismatch (-want +got):\n%s", diff)
			}
			for _, h := range tc.hidden {
				if strings.Contains(got, h) {
					t.Errorf("%q survived in %q", h, got)
				}
			}
		})
	}
}

// TestHMACMask checks that equal values mask to equal text and different
// values to different text, and that the key changes the text.
func TestHMACMask(t *testing.T) {
	run := func(key string) []string {
		cfg := &Config{Mask: MaskConfig{Type: MaskHMAC, HMACKey: configopaque.String("0123456789abcdef" + key)}}
		p, sink := newLogs(t, cfg, testEnv(nil), nopSettings())
		in := oneLog(t, nil, map[string]any{"a": "alice@example.com", "b": "alice@example.com", "c": "bob@example.org"})
		if err := p.ConsumeLogs(context.Background(), in); err != nil {
			t.Fatalf("ConsumeLogs: %v", err)
		}
		m := firstRecord(t, sink).Attributes().AsRaw()
		return []string{m["a"].(string), m["b"].(string), m["c"].(string)}
	}
	one, two := run("one"), run("two")
	if !strings.HasPrefix(one[0], "[REDACTED:email:") {
		t.Errorf("HMAC mask %q lacks the detector label", one[0])
	}
	if one[0] != one[1] {
		t.Errorf("equal values masked differently: %q, %q", one[0], one[1])
	}
	if one[0] == one[2] {
		t.Errorf("different values masked alike: %q", one[0])
	}
	if one[0] == two[0] {
		t.Errorf("different keys gave the same mask %q", one[0])
	}
}
