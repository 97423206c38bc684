package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tripwire is an input that must not be read.
type tripwire struct{ read bool }

func (t *tripwire) Read([]byte) (int, error) {
	t.read = true
	return 0, os.ErrClosed
}

func writeConfig(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "logredact.json")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBadConfigExitsBeforeReading(t *testing.T) {
	for _, tc := range []struct {
		name    string
		args    []string
		config  string
		wantErr string
	}{
		{"unknown flag", []string{"-no-such-flag"}, "", "flag provided but not defined: -no-such-flag"},
		{"bad -j", []string{"-j", "0"}, "", "-j must be at least 1"},
		{"bad -max-line", []string{"-max-line", "10"}, "", "-max-line must be at least 1024"},
		{"bad size", []string{"-chunk-size", "1X"}, "", `unknown size suffix in "1X"`},
		{"missing config", []string{"-config", "/no/such/file.json"}, "", "no such file"},
		{"config syntax", nil, "{\n  \"mask\": \"label\",\n  oops\n}", "line 3"},
		{"config unknown field", nil, `{"sensitve_keys": ["x"]}`, `unknown field "sensitve_keys"`},
		{"config wrong type", nil, `{"sensitive_keys": "x"}`, `field "sensitive_keys"`},
		{"unknown detector", []string{"-disable", "no-such-detector"}, "", `-disable: unknown detector "no-such-detector"` + "\n"},
		{"typo in a detector", []string{"-disable", "emails"}, "", `-disable: unknown detector "emails"; did you mean "email"?`},
		{"unknown enabled detector", []string{"-enable", "secret,githb-pat"}, "", `-enable: unknown detector "githb-pat"; did you mean "github-pat"?`},
		{"unknown detector in the config", nil, `{"disable": ["us-snn"]}`, `logredact.json: disable: unknown detector "us-snn"; did you mean "us-ssn"?`},
		{"empty -enable", []string{"-enable", ""}, "", `invalid value "" for flag -enable: empty list`},
		{"empty -disable", []string{"-disable", " , "}, "", `invalid value " , " for flag -disable: empty list`},
		{"empty -sensitive-keys", []string{"-sensitive-keys", ""}, "", `invalid value "" for flag -sensitive-keys: empty list`},
		{"empty list in the config", nil, `{"enable": []}`, `logredact.json: enable: empty list`},
		{"empty item in the config", nil, `{"allowed_keys": ["id", " "]}`, `logredact.json: allowed_keys[1]: empty item`},
		{"bad sensitive key", []string{"-sensitive-keys", "ok,--"}, "", `-sensitive-keys: key "--" has no letters or digits`},
		{"bad allowed key in the config", nil, `{"allowed_keys": ["__"]}`, `logredact.json: allowed_keys: key "__" has no letters or digits`},
		{"unknown mask", []string{"-mask", "blur"}, "", `-mask: unknown mask "blur": want label, partial, hmac or fixed`},
		{"unknown mask in the config", nil, `{"mask": "blur"}`, `logredact.json: mask: unknown mask "blur"`},
		{"fixed mask without text", []string{"-mask", "fixed"}, "", "-mask: fixed needs its text: -mask fixed:TEXT"},
		{"fixed mask the engine finds", []string{"-mask", "fixed:ops@example.com"}, "", `-mask: the text "ops@exam…" would itself be found by "email"`},
		{"hmac without key", []string{"-mask", "hmac"}, "", "environment variable " + defaultHMACKeyEnv + ", which is not set"},
		{"hmac key variable from config", nil, `{"mask": "hmac", "hmac_key_env": "APP_MASK_KEY"}`, "APP_MASK_KEY"},
		{"known secret unset", []string{"-known-secrets-env", "DB_PASSWORD"}, "", "DB_PASSWORD is not set"},
		{"known secret too short", []string{"-known-secrets-env", "SHORT_PIN"}, "", "-known-secrets-env: SHORT_PIN: a value of 4 bytes is too short (need 6) to mask safely"},
		{"custom detector bad regexp", nil, `{"detectors": [{"id": "acme-key", "keywords": ["acme_"], "pattern": "acme_(["}]}`, `logredact.json: detectors[0]: detector "acme-key": Pattern: error parsing regexp`},
		{"custom detector no pattern", nil, `{"detectors": [{"id": "acme-key", "keywords": ["acme_"]}]}`, "logredact.json: detectors[0].match: give a matcher (prefix, dotted, keyed, block, url), or a Go regexp in pattern"},
		{"custom detector both", nil, `{"detectors": [{"id": "acme-key", "keywords": ["acme_"], "pattern": "x", "match": "url"}]}`, "logredact.json: detectors[0].pattern: give either pattern or match, not both"},
		{"custom detector bad category", nil, `{"detectors": [{"id": "acme-key", "category": "misc", "keywords": ["acme_"], "pattern": "acme_x"}]}`, `logredact.json: detectors[0].category: "misc" is not "secret" or "pii"`},
		{"custom detector short keyword", nil, `{"detectors": [{"id": "acme-key", "keywords": ["ac"], "pattern": "ac_x"}]}`, `logredact.json: detectors[0]: detector "acme-key": keyword "ac" is shorter than 3 bytes`},
		{"custom detector no keywords", nil, `{"detectors": [{"id": "acme-key", "keywords": [], "pattern": "ac_x"}]}`, `logredact.json: detectors[0].keywords: empty list`},
		{"custom detector taken ID", nil, `{"detectors": [{"id": "email", "keywords": ["acme_"], "pattern": "acme_x"}]}`, `logredact.json: detectors[0]: ID "email" is already a built-in detector`},
		{"custom detector twice", nil, `{"detectors": [{"id": "acme-key", "keywords": ["acme_"], "pattern": "acme_x"}, {"id": "acme-key", "keywords": ["acme_"], "pattern": "acme_y"}]}`, `logredact.json: detectors[1].id: "acme-key" is also the ID of detectors[0]`},
		{"custom detector unknown matcher", nil, `{"detectors": [{"id": "acme-key", "keywords": ["acme_"], "match": "prefx"}]}`, `logredact.json: detectors[0].match: unknown matcher "prefx": want prefix, dotted, keyed, block, url`},
		{"custom detector bad charset", nil, `{"detectors": [{"id": "acme-key", "keywords": ["acme_"], "match": "prefix", "charset": "z-a", "min_length": 4}]}`, `logredact.json: detectors[0].charset: charset spec "z-a": range "z-a" is reversed`},
		{"custom detector no lengths", nil, `{"detectors": [{"id": "acme-key", "keywords": ["acme_"], "match": "prefix", "charset": "a-z"}]}`, `logredact.json: detectors[0].min_length, max_length: want 1 <= min_length <= max_length, got 0 and 0`},
		{"custom detector failing example", nil, `{"detectors": [{"id": "acme-key", "keywords": ["acme_"], "match": "prefix", "charset": "a-z0-9", "min_length": 12, "positive": ["acme_0123456789ab", "acme_short"]}]}`,
			`logredact.json: detectors[0]: detector "acme-key": positive example 2 ("acme_…"): not found`},
		{"custom detector example object", nil, `{"detectors": [{"id": "acme-key", "keywords": ["acme_"], "match": "prefix", "charset": "a-z0-9", "min_length": 12, "negative": [{"text": "mail bob@example.org", "why": "an email"}]}]}`,
			`logredact.json: detectors[0]: detector "acme-key": negative example 1 ("mail bob@e…"): found by "email" at bytes 5-20`},
		{"custom detector example typo", nil, `{"detectors": [{"id": "acme-key", "keywords": ["acme_"], "pattern": "x", "positive": [{"txt": "x"}]}]}`, `unknown field "txt"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := tc.args
			if tc.config != "" {
				args = append([]string{"-config", writeConfig(t, tc.config)}, args...)
			}
			subs := [][]string{nil, {"scan"}, {"detectors"}, {"check"}}
			switch {
			case slices.ContainsFunc(tc.args, func(a string) bool { return a == "-j" || a == "-max-line" || a == "-chunk-size" }):
				subs = subs[:2] // flags of filter and scan only
			case strings.Contains(tc.wantErr, " example "):
				subs = subs[:3] // check reports a failing example with exit 1: see TestCheck
			}
			for _, sub := range subs {
				in := &tripwire{}
				got := inProcessEnv([]string{"SHORT_PIN=1234"}, in, append(sub, args...)...)
				if got.code != exitError {
					t.Errorf("%v: exit %d, want %d", sub, got.code, exitError)
				}
				if !strings.Contains(got.stderr, tc.wantErr) {
					t.Errorf("%v: stderr %q does not name the problem (%q)", sub, got.stderr, tc.wantErr)
				}
				if in.read {
					t.Errorf("%v: input was read before the configuration was checked", sub)
				}
			}
		})
	}
}

func TestConfigFile(t *testing.T) {
	cfg := writeConfig(t, `{
  "sensitive_keys": ["session_hint"],
  "allowed_keys": ["support_email"],
  "disable": ["us-ssn"],
  "mask": "fixed",
  "mask_text": "***",
  "known_secrets_env": ["APP_DB_PASSWORD"],
  "detectors": [
    {"id": "acme-key", "description": "ACME API key", "keywords": ["acme_"], "pattern": "acme_[a-z0-9]{12}"}
  ]
}`)
	in := strings.Join([]string{
		`{"msg":"x","session_hint":"abc","support_email":"help@example.com","email":"bob@example.org"}`,
		"level=info session_hint=abc support_email=help@example.com",
		"ssn 123-45-6789 stays, acme_0123456789ab goes, and so does s3cr3t-db-pw",
	}, "\n") + "\n"
	want := strings.Join([]string{
		`{"msg":"x","session_hint":"***","support_email":"help@example.com","email":"***"}`,
		"level=info session_hint=*** support_email=help@example.com",
		"ssn 123-45-6789 stays, *** goes, and so does ***",
	}, "\n") + "\n"
	got := invocation{stdin: strings.NewReader(in), env: []string{"APP_DB_PASSWORD=s3cr3t-db-pw"}, args: []string{"-config", cfg}}.run(t)
	if got.code != exitClean {
		t.Fatalf("exit %d, stderr %q", got.code, got.stderr)
	}
	if diff := cmp.Diff(want, got.stdout); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}

func TestFlagsOverConfig(t *testing.T) {
	cfg := writeConfig(t, `{"mask": "fixed", "mask_text": "***", "sensitive_keys": ["hint"]}`)
	in := "mail alice@example.com hint=abc pin=1234\n"
	got := inProcess(strings.NewReader(in), "-config", cfg, "-mask", "label", "-sensitive-keys", "pin")
	want := "mail [REDACTED:email] hint=[REDACTED:sensitive-key] pin=[REDACTED:sensitive-key]\n"
	if diff := cmp.Diff(want, got.stdout); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}

func TestEnableAndDisableByCategory(t *testing.T) {
	in := "alice@example.com AKIAIOSFODNN7EXAMPLE\n"
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-enable", "pii"}, "[REDACTED:email] AKIAIOSFODNN7EXAMPLE\n"},
		{[]string{"-disable", "pii"}, "alice@example.com [REDACTED:aws-access-key-id]\n"},
		{[]string{"-enable", "secret,email"}, "[REDACTED:email] [REDACTED:aws-access-key-id]\n"},
		{[]string{"-disable", "email,aws-access-key-id"}, in},
	} {
		got := inProcess(strings.NewReader(in), tc.args...)
		if diff := cmp.Diff(tc.want, got.stdout); diff != "" || got.code != exitClean {
			t.Errorf("%q: exit %d, output mismatch (-want +got):\n%s", tc.args, got.code, diff)
		}
	}
}

func TestHMACMaskFromEnvironment(t *testing.T) {
	env := []string{defaultHMACKeyEnv + "=a mask key of at least 16 bytes"}
	in := "a alice@example.com b alice@example.com c bob@example.org\n"
	got := invocation{stdin: strings.NewReader(in), env: env, args: []string{"-mask", "hmac"}}.run(t)
	if got.code != exitClean {
		t.Fatalf("exit %d, stderr %q", got.code, got.stderr)
	}
	f := strings.Fields(got.stdout)
	if len(f) != 6 || f[1] != f[3] || f[1] == f[5] || !strings.HasPrefix(f[1], "[REDACTED:email:") {
		t.Errorf("HMAC masks must be equal for equal values and differ otherwise: %q", got.stdout)
	}
}

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"4096", 4096}, {"4K", 4096}, {"4KiB", 4096}, {"1M", 1 << 20}, {"1MiB", 1 << 20}, {"2G", 2 << 30},
	} {
		got, err := parseSize(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "0", "-1", "1X", "K", "1.5M"} {
		if _, err := parseSize(bad); err == nil {
			t.Errorf("parseSize(%q) succeeded", bad)
		}
	}
}
