package patterns_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/logredact/logredact/patterns"
)

// runtimeExample is CONTRIBUTING.md's "Adding a detector at run time",
// compiled and tested here; TestContributingRuntimeExampleMatches keeps
// the two the same.
func runtimeExample() (*patterns.Engine, error) {
	e, err := patterns.New(patterns.WithDetector(patterns.Detector{
		ID:          "acme-internal-token",
		Description: "Acme internal service token",
		Category:    patterns.Secret,
		Keywords:    []string{"acmetok_"},
		// "acmetok_" and exactly 32 letters or digits, standing alone:
		// not inside a word, not the start of a longer token.
		Match: patterns.PrefixToken(patterns.CharsetAlnum, 32, 32),
		// New checks these against the whole engine.
		Positive: []patterns.Example{
			{Text: "acmetok_" + strings.Repeat("a1B2", 8), Why: "bare token"},
		},
		Negative: []patterns.Example{
			{Text: "acmetok_" + strings.Repeat("a1B2", 8) + "c", Why: "one byte long"},
			{Text: "acmetok_" + strings.Repeat("a1B2", 8)[1:], Why: "one byte short"},
			{Text: "xacmetok_" + strings.Repeat("a1B2", 8), Why: "inside a word"},
		},
	}))
	return e, err
}

func TestContributingRuntimeExampleMatches(t *testing.T) {
	doc, err := os.ReadFile("../CONTRIBUTING.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```go\n(e, err := patterns.New\\(patterns.WithDetector\\(.*?\n\\}\\)\\))\n```").FindSubmatch(doc)
	if m == nil {
		t.Fatal("CONTRIBUTING.md has no ```go block starting with e, err := patterns.New(patterns.WithDetector(")
	}
	src, err := os.ReadFile("contributing_runtime_test.go")
	if err != nil {
		t.Fatal(err)
	}
	indented := "\t" + strings.ReplaceAll(string(m[1]), "\n", "\n\t")
	if !strings.Contains(string(src), indented) {
		t.Errorf("the run-time example in CONTRIBUTING.md differs from runtimeExample:\n%s", m[1])
	}
}

func TestContributingRuntimeExample(t *testing.T) {
	e, err := runtimeExample()
	if err != nil {
		t.Fatal(err)
	}
	tok := "acmetok_" + strings.Repeat("Zz90", 8)
	tests := []struct{ in, want string }{
		{"auth with " + tok + " ok", "auth with [REDACTED:acme-internal-token] ok"},
		{"xacmetok_" + strings.Repeat("Zz90", 8), "xacmetok_" + strings.Repeat("Zz90", 8)},
		{"cacheacmetok_" + strings.Repeat("Zz90", 8) + " hit", "cacheacmetok_" + strings.Repeat("Zz90", 8) + " hit"},
		// A longer token is not cut after 32 bytes, leaving its tail.
		{tok + "Tail9", tok + "Tail9"},
		{`{"msg":"token=\"` + tok + `\""}`, `{"msg":"token=\"[REDACTED:acme-internal-token]\""}`},
		{"GET /cb?t=" + tok + "&n=1", "GET /cb?t=[REDACTED:acme-internal-token]&n=1"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, e.RedactString(tt.in)); diff != "" {
			t.Errorf("RedactString(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}
