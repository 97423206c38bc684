package patterns

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestExportedMatchersInRuntimeDetectors builds detectors at run time, as
// a user does, with each exported matcher, and checks that they get the
// built-ins' word boundaries and escape handling.
func TestExportedMatchersInRuntimeDetectors(t *testing.T) {
	tok := "acmetok_" + fake(charsAlnum, 32, "runtime-prefix")
	dotted := "acmedot." + fake(charsAlnum, 20, "runtime-dot-1") + "." + fake(charsAlnum, 8, "runtime-dot-2")
	hex := fake(charsHex, 32, "runtime-keyed")
	body := fake(charsBase64, 64, "runtime-block")
	block := "-----BEGIN ACME LICENSE-----\\n" + body + "\\n-----END ACME LICENSE-----"
	pw := fake(charsAlnum, 14, "runtime-url")
	slashed := fake(charsAlnum, 10, "runtime-slash-1") + "/" + fake(charsAlnum, 10, "runtime-slash-2")
	e, err := New(
		WithDetector(Detector{ID: "acme-token", Category: Secret, Keywords: []string{"acmetok_"}, Match: PrefixToken(CharsetAlnum, 32, 32)}),
		WithDetector(Detector{ID: "acme-dotted", Category: Secret, Keywords: []string{"acmedot."}, Match: DottedToken(MustCharset("A-Za-z0-9."), 20, 40)}),
		WithDetector(Detector{ID: "acme-keyed", Category: Secret, Keywords: []string{"acmecorp"}, IgnoreCase: true, Match: KeyedValue(CharsetHex, 32, 32)}),
		WithDetector(Detector{ID: "acme-license", Category: Secret, Keywords: []string{"-----BEGIN ACME"}, Match: Block("ACME LICENSE")}),
		WithDetector(Detector{ID: "acme-queue", Category: Secret, Keywords: []string{"amqp://", `amqp:\/\/`}, Match: URLCredential()}),
		WithDetector(Detector{ID: "acme-slash", Category: Secret, Keywords: []string{"acmesl_"}, Match: PrefixToken(MustCharset("A-Za-z0-9/"), 21, 21)}),
	)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		// Prefix tokens: alone, and only alone.
		{tok, "[REDACTED:acme-token]"},
		{"call with " + tok + " failed", "call with [REDACTED:acme-token] failed"},
		{"x" + tok, "x" + tok},                        // inside a word
		{"my_" + tok, "my_" + tok},                    // after an underscore
		{tok + "AB", tok + "AB"},                      // the start of a longer token: never its head alone
		{tok[:len(tok)-1], tok[:len(tok)-1]},          // one byte short
		{tok + "-next", "[REDACTED:acme-token]-next"}, // '-' is not a body byte
		{`{"msg":"token\n` + tok + `"}`, `{"msg":"token\n[REDACTED:acme-token]"}`},
		{`{"msg":"\u0022` + tok + `\u0022"}`, `{"msg":"\u0022[REDACTED:acme-token]\u0022"}`},
		{"q=a%20" + tok + "&x=1", "q=a%20[REDACTED:acme-token]&x=1"},
		{"acmesl_" + slashed, "[REDACTED:acme-slash]"},
		{`{"t":"acmesl_` + strings.Replace(slashed, "/", `\/`, 1) + `"}`, `{"t":"[REDACTED:acme-slash]"}`},
		// Dotted tokens leave a sentence's full stop.
		{"use " + dotted + ".", "use [REDACTED:acme-dotted]."},
		{"x" + dotted, "x" + dotted},
		// Keyed values: only the value, in the forms logs write.
		{"ACMECORP_KEY=" + hex, "ACMECORP_KEY=[REDACTED:acme-keyed]"},
		{`{"acmecorp_secret": "` + hex + `"}`, `{"acmecorp_secret": "[REDACTED:acme-keyed]"}`},
		{`{\"acmeCorpKey\":\"` + hex + `\"}`, `{\"acmeCorpKey\":\"[REDACTED:acme-keyed]\"}`},
		{"acmecorp " + hex, "acmecorp " + hex},             // no separator
		{"acmecorp=" + hex + "0", "acmecorp=" + hex + "0"}, // one byte long
		// Blocks, whole, also with escaped line breaks.
		{"key " + block + " loaded", "key [REDACTED:acme-license] loaded"},
		{"-----BEGIN ACME OTHER-----\\n" + body + "\\n-----END ACME OTHER-----", "-----BEGIN ACME OTHER-----\\n" + body + "\\n-----END ACME OTHER-----"},
		// URL credentials: the password only.
		{"dial amqp://app:" + pw + "@mq:5672/", "dial amqp://app:[REDACTED:acme-queue]@mq:5672/"},
		{`{"url":"amqp:\/\/app:` + pw + `@mq\/v"}`, `{"url":"amqp:\/\/app:[REDACTED:acme-queue]@mq\/v"}`},
		{"dial amqp://app:$AMQP_PASSWORD@mq/", "dial amqp://app:$AMQP_PASSWORD@mq/"},
	}
	for _, tt := range tests {
		got := e.RedactString(tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("RedactString(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		if again := e.RedactString(got); again != got {
			t.Errorf("RedactString(%q) is not idempotent: %q", got, again)
		}
	}
}

func TestNewCharset(t *testing.T) {
	tests := []struct {
		spec    string
		in, out string // bytes in the set, bytes not in it
		err     string
	}{
		{spec: "A-Za-z0-9_-", in: "aZ09_-", out: ".+/ "},
		{spec: "-a-c", in: "-abc", out: "d"},
		{spec: "0-9.", in: "5.", out: "a"},
		{spec: "", err: "empty charset spec"},
		{spec: "z-a", err: `charset spec "z-a": range "z-a" is reversed`},
	}
	for _, tt := range tests {
		c, err := NewCharset(tt.spec)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if diff := cmp.Diff(tt.err, got); diff != "" {
			t.Errorf("NewCharset(%q) error mismatch (-want +got):\n%s", tt.spec, diff)
			continue
		}
		for i := 0; err == nil && i < len(tt.in); i++ {
			if !c.set[tt.in[i]] {
				t.Errorf("NewCharset(%q) lacks %q", tt.spec, tt.in[i])
			}
		}
		for i := 0; err == nil && i < len(tt.out); i++ {
			if c.set[tt.out[i]] {
				t.Errorf("NewCharset(%q) holds %q", tt.spec, tt.out[i])
			}
		}
	}
}

func TestExportedMatchersRejectMisuse(t *testing.T) {
	tests := []struct {
		name string
		fn   func()
		want string
	}{
		{"zero charset", func() { PrefixToken(Charset{}, 1, 2) }, "patterns.PrefixToken: zero Charset: build one with NewCharset"},
		{"min above max", func() { DottedToken(CharsetAlnum, 5, 4) }, "patterns.DottedToken: length bounds 5, 4: want 1 <= min <= max"},
		{"zero min", func() { KeyedValue(CharsetHex, 0, 4) }, "patterns.KeyedValue: length bounds 0, 4: want 1 <= min <= max"},
		{"bad spec", func() { MustCharset("9-0") }, `patterns.MustCharset: charset spec "9-0": range "9-0" is reversed`},
	}
	for _, tt := range tests {
		got := func() (msg string) {
			defer func() { msg, _ = recover().(string) }()
			tt.fn()
			return ""
		}()
		if got != tt.want {
			t.Errorf("%s: panic %q, want %q", tt.name, got, tt.want)
		}
	}
}
