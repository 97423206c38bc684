package patterns

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPairSecrets checks the secrets found next to their identifiers, and
// the text beside an identifier that must not be taken for its secret.
// The identifier itself is always found by its own detector; only the
// secret's detector is looked at here.
func TestPairSecrets(t *testing.T) {
	e := Default()
	id := "AKIAIOSFODNN7EXAMPLE"
	sec := awsSecretExample
	sha1 := fake(charsHex, 40, "pair-sha1")
	sid := "AC" + fake(charsHex, 32, "pair-sid")
	tok := fake(charsHex, 31, "pair-tok") + "a"
	tests := []struct {
		name, in, detector string
		want               []string // the secrets found, in order
	}{
		{"id secret", id + " " + sec, "aws-secret-access-key", []string{sec}},
		{"id, tab, secret", id + "\t" + sec, "aws-secret-access-key", []string{sec}},
		{"id;secret", id + ";" + sec, "aws-secret-access-key", []string{sec}},
		{"id|secret", id + "|" + sec, "aws-secret-access-key", []string{sec}},
		{"quoted pair", `'` + id + `' '` + sec + `'`, "aws-secret-access-key", []string{sec}},
		{"flag", "aws-cli --access " + id + " --password " + sec, "aws-secret-access-key", []string{sec}},
		{"escaped JSON pair", `{\"k\":\"` + id + `\",\"s\":\"` + strings.ReplaceAll(sec, "/", `\/`) + `\"}`, "aws-secret-access-key", []string{strings.ReplaceAll(sec, "/", `\/`)}},
		{"two lines of a credentials file", "aws_access_key_id=" + id + "\nkey=" + sec, "aws-secret-access-key", []string{sec}},
		{"three lines apart", "id=" + id + "\n\nkey=" + sec, "aws-secret-access-key", nil},
		{"a SHA-1 after the id", id + " " + sha1, "aws-secret-access-key", nil},
		{"a word after the id", id + " is not authorized to perform s3:GetObject on resource " + sec[:20], "aws-secret-access-key", nil},
		{"a sentence between", id + " was used by the deploy job with " + sec, "aws-secret-access-key", nil},
		{"secret one byte short", id + " " + sec[1:], "aws-secret-access-key", nil},
		{"secret one byte long", id + " " + sec + "Q", "aws-secret-access-key", nil},
		{"lower-case secret", id + " " + strings.ToLower(sec), "aws-secret-access-key", nil},
		{"two ids", id + "," + id + "," + sec, "aws-secret-access-key", []string{sec}},
		{"sid:token", "acct " + sid + ":" + tok, "twilio-auth-token", []string{tok}},
		{"sid:token in a URL path", "/Accounts/" + sid + ":" + tok, "twilio-auth-token", []string{tok}},
		{"SID inside a word", "x" + sid + ":" + tok, "twilio-auth-token", nil},
		{"sid and a trace id", sid + " trace=" + tok, "twilio-auth-token", nil},
		{"sid and a hash", sid + " " + fake(charsHex, 40, "pair-sha1-2"), "twilio-auth-token", nil},
		{"sid and upper-case hex", sid + ":" + strings.ToUpper(tok), "twilio-auth-token", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range e.Find(tt.in) {
			if f.DetectorID == tt.detector {
				got = append(got, tt.in[f.Start:f.End])
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Find(%q) %s mismatch (-want +got):\n%s", tt.name, tt.in, tt.detector, diff)
		}
	}
}

// TestMatchSpanWithoutKeyword checks that the engine masks a span a
// matcher returns away from its keyword, before or after it, and that
// such findings are ordered and merged like any other.
func TestMatchSpanWithoutKeyword(t *testing.T) {
	d := Detector{
		ID:       "acme-pair",
		Category: Secret,
		Keywords: []string{"ACMEID"},
		// The secret is the word after the keyword's word, or before
		// it when the text starts with "rev ".
		Match: func(s string, at int, kw string) (int, int, bool) {
			if strings.HasPrefix(s, "rev ") {
				i := strings.LastIndexByte(s[:at-1], ' ') + 1
				return i, at - 1, i < at-1
			}
			i := strings.IndexByte(s[at:], ' ')
			if i < 0 {
				return 0, 0, false
			}
			j := at + i + 1
			k := strings.IndexByte(s[j:], ' ')
			if k < 0 {
				k = len(s) - j
			}
			return j, j + k, k > 0
		},
		Positive: []Example{{Text: "ACMEID s3cr3t", Secret: "s3cr3t", Why: "after"}},
		Negative: []Example{{Text: "ACMEID", Why: "alone"}},
	}
	e, err := New(WithDetector(d))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"ACMEID s3cr3t tail", "ACMEID [REDACTED:acme-pair] tail"},
		{"rev s3cr3t ACMEID", "rev [REDACTED:acme-pair] ACMEID"},
		{"x ACMEID one ACMEID two", "x ACMEID [REDACTED:acme-pair] ACMEID [REDACTED:acme-pair]"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, e.RedactString(tt.in)); diff != "" {
			t.Errorf("RedactString(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		fs := e.Find(tt.in)
		for i := 1; i < len(fs); i++ {
			if fs[i].Start < fs[i-1].End {
				t.Errorf("Find(%q) = %+v: findings overlap or are out of order", tt.in, fs)
			}
		}
	}
}

func TestVaried(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{fake(charsHex, 40, "varied"), true},
		{fake(charsAlnum, 20, "varied-2"), true},
		{"aaaaaaaaaa1111111111bbbbbbbbbb2222222222", false},
		{"sgp5555555dAAAAA7777777CcccCFaaaaaaaaaa", false},
		{"0123456789abcdef0123456789abcdef", true},
		{"abababababababababababababababab", false},
		{"abc", true},
	}
	for _, tt := range tests {
		if got := varied(tt.in); got != tt.want {
			t.Errorf("varied(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
