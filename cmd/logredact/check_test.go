package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// acmeConfig is a config file with one detector, built with the prefix
// matcher, and the examples given.
func acmeConfig(positive, negative string) string {
	return `{"detectors": [{"id": "acme-token", "keywords": ["acmetok_"], "match": "prefix", "charset": "A-Za-z0-9",
	  "min_length": 32, "max_length": 32, "positive": [` + positive + `], "negative": [` + negative + `]}]}`
}

func TestCheck(t *testing.T) {
	tok := "acmetok_" + strings.Repeat("b7Xq", 8)
	tests := []struct {
		name   string
		config string
		args   []string
		code   int
		stdout string // with the config's path written as CONFIG
		stderr string
	}{
		{
			name:   "all hold",
			config: acmeConfig(`"`+tok+`", {"text": "auth `+tok+` ok", "secret": "`+tok+`", "why": "in a sentence"}`, `"`+tok+`x", "`+tok[:len(tok)-1]+`", "x`+tok+`"`),
			code:   exitClean,
			stdout: "the configuration is valid; 1 detector, 5 examples: all hold\n",
		},
		{
			name:   "a positive fails",
			config: acmeConfig(`"`+tok+`", "`+tok+`x"`, `"acmetok_"`),
			code:   exitFindings,
			stdout: `CONFIG: detectors[0]: detector "acme-token": positive example 2 ("acmetok_b7…"): not found` + "\n" +
				"the configuration is valid, but 1 of 3 examples fails\n",
			stderr: "logredact: check: 1 of 3 examples fails\n",
		},
		{
			name:   "a negative another detector finds",
			config: acmeConfig(`"`+tok+`"`, `"acmetok_ sent to ops@example.com"`),
			code:   exitFindings,
			stdout: `CONFIG: detectors[0]: detector "acme-token": negative example 1 ("acmetok_ s…"): found by "email" at bytes 17-32` + "\n" +
				"the configuration is valid, but 1 of 2 examples fails\n",
			stderr: "logredact: check: 1 of 2 examples fails\n",
		},
		{
			// The flags are part of the configuration: with -disable
			// email, nothing finds the negative.
			name:   "flags count",
			config: acmeConfig(`"`+tok+`"`, `"acmetok_ sent to ops@example.com"`),
			args:   []string{"-disable", "email"},
			code:   exitClean,
			stdout: "the configuration is valid; 1 detector, 2 examples: all hold\n",
		},
		{
			name:   "no examples",
			config: `{"detectors": [{"id": "acme-token", "keywords": ["acmetok_"], "match": "url"}]}`,
			code:   exitClean,
			stdout: `CONFIG: detectors[0]: detector "acme-token" has no examples: nothing checks it` + "\n" +
				"the configuration is valid; 1 detector, 0 examples: all hold\n",
		},
		{
			name:   "no detectors",
			config: `{"sensitive_keys": ["member_number"], "report_only": true}`,
			code:   exitClean,
			stdout: "report_only is set: the filter will write its input as it is and redact nothing\n" +
				"the configuration is valid; it adds no detectors, so there are no examples to run\n",
		},
		{
			name:   "an invalid configuration",
			config: `{"disable": ["emails"]}`,
			code:   exitError,
			stderr: `logredact: check: CONFIG: disable: unknown detector "emails"; did you mean "email"?` + "\n",
		},
		{
			name:   "an invalid detector",
			config: `{"detectors": [{"id": "acme-token", "keywords": ["acmetok_"], "match": "prefix", "charset": "A-Z"}]}`,
			code:   exitError,
			stderr: "logredact: check: CONFIG: detectors[0].min_length, max_length: want 1 <= min_length <= max_length, got 0 and 0\n",
		},
		{
			name:   "an invalid flag value",
			config: `{}`,
			args:   []string{"-mask", "blur"},
			code:   exitError,
			stderr: `logredact: check: -mask: unknown mask "blur": want label, partial, hmac or fixed` + "\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, tt.config)
			got := inProcess(&tripwire{}, append([]string{"check", "-config", path}, tt.args...)...)
			want := result{
				stdout: strings.ReplaceAll(tt.stdout, "CONFIG", "config "+path),
				stderr: strings.ReplaceAll(tt.stderr, "CONFIG", "config "+path),
				code:   tt.code,
			}
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(result{})); diff != "" {
				t.Errorf("check mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCheckAgreesWithTheFilter runs a configuration whose example fails
// through the filter: it refuses to run, exit 2, naming the same example.
func TestCheckAgreesWithTheFilter(t *testing.T) {
	tok := "acmetok_" + strings.Repeat("b7Xq", 8)
	path := writeConfig(t, acmeConfig(`"`+tok+`x"`, `"acmetok_"`))
	got := inProcess(&tripwire{}, "-config", path)
	want := `logredact: config ` + path + `: detectors[0]: detector "acme-token": positive example 1 ("acmetok_b7…"): not found` + "\n"
	if got.code != exitError || got.stderr != want {
		t.Errorf("filter: exit %d, stderr %q; want exit 2, %q", got.code, got.stderr, want)
	}
	// A working detector of the config redacts like a built-in one:
	// whole tokens only.
	path = writeConfig(t, acmeConfig(`"`+tok+`"`, `"x`+tok+`"`))
	in := "a " + tok + " b x" + tok + " c " + tok + "Z\n"
	got = inProcess(strings.NewReader(in), "-config", path)
	if want := "a [REDACTED:acme-token] b x" + tok + " c " + tok + "Z\n"; got.stdout != want || got.code != exitClean {
		t.Errorf("filter: exit %d, stdout %q, want %q (stderr %q)", got.code, got.stdout, want, got.stderr)
	}
}

// TestREADMEConfigChecks runs "check" over the config example of the
// command's README: it must be valid and its examples must hold.
func TestREADMEConfigChecks(t *testing.T) {
	doc, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```json\n(.*?)```").FindSubmatch(doc)
	if m == nil {
		t.Fatal("README.md has no ```json block")
	}
	path := writeConfig(t, string(m[1]))
	env := []string{"APP_LOG_MASK_KEY=a mask key of at least 16 bytes", "DB_PASSWORD=s3cr3t-db-pw", "STRIPE_SECRET_KEY=stripe-test-value"}
	got := inProcessEnv(env, nil, "check", "-config", path)
	if got.code != exitClean || !strings.HasSuffix(got.stdout, ": all hold\n") {
		t.Errorf("check of the README's config: exit %d, stdout %q, stderr %q", got.code, got.stdout, got.stderr)
	}
}

// TestCustomDetectorsInEnableAndDisable names the config's own detectors
// in -enable and -disable, beside built-in IDs and categories.
func TestCustomDetectorsInEnableAndDisable(t *testing.T) {
	tok := "acmetok_" + strings.Repeat("b7Xq", 8)
	path := writeConfig(t, acmeConfig(`"`+tok+`"`, `"acmetok_"`))
	in := "mail alice@example.com token " + tok + "\n"
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "mail [REDACTED:email] token [REDACTED:acme-token]\n"},
		{[]string{"-enable", "acme-token"}, "mail alice@example.com token [REDACTED:acme-token]\n"},
		{[]string{"-enable", "email"}, "mail [REDACTED:email] token [REDACTED:acme-token]\n"},
		{[]string{"-disable", "acme-token"}, "mail [REDACTED:email] token " + tok + "\n"},
		{[]string{"-disable", "pii,acme-token"}, in},
	} {
		got := inProcess(strings.NewReader(in), append([]string{"-config", path}, tc.args...)...)
		if got.code != exitClean || got.stdout != tc.want {
			t.Errorf("%q: exit %d, stdout %q, want %q (stderr %q)", tc.args, got.code, got.stdout, tc.want, got.stderr)
		}
	}
}
