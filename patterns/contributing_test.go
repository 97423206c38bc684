package patterns

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// contributingTemplate is the annotated template of CONTRIBUTING.md,
// compiled and tested here so that the guide cannot drift from the code.
// In a catalog file it is written "var _ = register(Detector{...})".
var contributingTemplate = Detector{
	// ID: stable kebab-case, vendor first. It is part of every mask
	// ("[REDACTED:acme-api-key]") and of metrics: never rename it.
	ID:          "acme-api-key",
	Description: "Acme Cloud API key (acme_live_, acme_test_)",
	Category:    Secret,
	// Keywords: literals that every match contains, at least 3 bytes,
	// rare in ordinary logs. Never "api", "key", "token", "auth", "http".
	Keywords: []string{"acme_live_", "acme_test_"},
	// Match: prefix + body charset + length, with word boundaries on both
	// sides. See the helpers table for other shapes.
	Match: prefixToken(setAlnum, 32, 32),
	// Validate (optional): a checksum or structure check on the match.
	Validate: func(m string) bool { return randomLooking(m[len("acme_live_"):]) },
	// Examples are built at run time with fake(): no literal that looks
	// like a live key. Every example says why it is there.
	Positive: []Example{
		{Text: "acme_live_" + fake(charsAlnum, 31, "acme") + "7", Why: "bare key"},
		{Text: "acme init acme_test_" + fake(charsAlnum, 31, "acme-2") + "7 ok", Secret: "acme_test_" + fake(charsAlnum, 31, "acme-2") + "7", Why: "inside a sentence"},
	},
	// Negatives always include the two length boundaries: the body one
	// byte short and one byte long.
	Negative: []Example{
		{Text: "acme_live_" + fake(charsAlnum, 30, "acme-short") + "7", Why: "one byte short"},
		{Text: "acme_live_" + fake(charsAlnum, 32, "acme-long") + "7", Why: "one byte long"},
		{Text: "xacme_live_" + fake(charsAlnum, 31, "acme-word") + "7", Why: "prefix inside a word"},
		{Text: "acme_live_dashboard_enabled", Why: "a setting name"},
	},
}

// TestContributingTemplate runs the template's examples exactly as
// TestCatalog runs a registered detector's. A contributor who pastes the
// template into a catalog file as it is registers its ID: the pasted copy
// then takes the built-in's place here, so the suite stays green while
// the template is being filled in.
func TestContributingTemplate(t *testing.T) {
	opts := []Option{WithDetector(contributingTemplate)}
	if builtin, taken := registeredDetector(contributingTemplate.ID); taken {
		if builtin.Description != contributingTemplate.Description {
			t.Fatalf("the catalog's %s (%q) has the template's ID: give the template in CONTRIBUTING.md an ID no detector uses", builtin.ID, builtin.Description)
		}
		opts = append([]Option{WithoutDetectors(contributingTemplate.ID)}, opts...)
	}
	e, err := New(opts...)
	if err != nil {
		t.Fatalf("New(WithDetector(template)) = %v", err)
	}
	var d Detector
	for _, x := range e.Detectors() {
		if x.ID == contributingTemplate.ID {
			d = x
		}
	}
	if d.ID == "" || len(d.Positive) == 0 || len(d.Negative) == 0 {
		t.Fatalf("the engine lost the template detector or its examples: %+v", d)
	}
	for i, ex := range d.Positive {
		t.Run("positive/"+itoa(i), func(t *testing.T) { checkPositive(t, e, d, ex) })
	}
	for i, ex := range d.Negative {
		t.Run("negative/"+itoa(i), func(t *testing.T) {
			for _, f := range e.Find(ex.Text) {
				if f.DetectorID == d.ID {
					t.Errorf("%s: Find(%q) found %+v", ex.Why, ex.Text, f)
				}
			}
		})
	}
}

func registeredDetector(id string) (Detector, bool) {
	for _, d := range builtinDetectors() {
		if d.ID == id {
			return d, true
		}
	}
	return Detector{}, false
}

func readContributing(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../CONTRIBUTING.md")
	if err != nil {
		t.Fatalf("reading CONTRIBUTING.md: %v", err)
	}
	return string(b)
}

// TestContributingMatchesTemplate checks that the template printed in
// CONTRIBUTING.md is the one compiled above.
func TestContributingMatchesTemplate(t *testing.T) {
	doc := readContributing(t)
	m := regexp.MustCompile("(?s)```go\n(var _ = register\\(Detector\\{\n.*?\n\\}\\))\n```").FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("CONTRIBUTING.md has no ```go block starting with var _ = register(Detector{")
	}
	block := strings.TrimSuffix(strings.Replace(m[1], "var _ = register(Detector{", "var contributingTemplate = Detector{", 1), ")")
	src, err := os.ReadFile("contributing_test.go")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), block) {
		t.Errorf("the template in CONTRIBUTING.md differs from contributingTemplate in contributing_test.go:\n%s", block)
	}
}

// contextDetectors are the detectors that find a value by a key name,
// scheme word or syntax around it rather than by the value's own form.
// CONTRIBUTING.md must list each of them.
func contextDetectors() []string {
	return []string{
		"aws-secret-access-key", "aws-session-token", "azure-storage-account-key", "azure-shared-access-key",
		"azure-sas-token", "gcp-service-account-key", "twilio-auth-token", "postmark-server-token",
		"paypal-client-secret", "cohere-api-key", "mistral-api-key", "wandb-api-key", "vault-legacy-token",
		"snyk-api-token", "asana-pat", "vercel-token", "cloudflare-api-token", "snowflake-credential",
		"datadog-api-key", "datadog-app-key", "pagerduty-api-token", "okta-api-token", "auth0-client-secret",
		"splunk-hec-token", "sentry-dsn", "url-credentials", "bearer-token", "basic-auth",
	}
}

// TestContributingListsContextDetectors keeps the guide's list of
// detectors that rely on context complete.
func TestContributingListsContextDetectors(t *testing.T) {
	doc := readContributing(t)
	i := strings.Index(doc, "## Detectors that rely on context")
	if i < 0 {
		t.Fatal("CONTRIBUTING.md has no section \"## Detectors that rely on context\"")
	}
	section := doc[i:]
	if j := strings.Index(section[3:], "\n## "); j >= 0 {
		section = section[:j+3]
	}
	for _, id := range contextDetectors() {
		if !strings.Contains(section, "`"+id+"`") {
			t.Errorf("CONTRIBUTING.md does not list %s among the detectors that rely on context", id)
		}
	}
}
