package patterns

import (
	"encoding/base64"
	"net/url"
	"strings"
)

// knownSecretID names findings of values registered with
// [WithKnownSecrets] or [WithEnvSecrets].
const knownSecretID = "known-secret"

// minEnvSecret is the shortest environment value taken as a secret: shorter
// values ("true", "8080", "info") are settings, not credentials.
const minEnvSecret = 8

// envSecretSuffixes mark a variable name as holding a credential.
var envSecretSuffixes = []string{"KEY", "TOKEN", "SECRET", "PASSWORD", "PASS", "PWD", "DSN", "DATABASE_URL", "CONNECTION_STRING"}

// sensitiveEnvName reports whether an environment variable's name marks
// its value as a credential. The name must end in a suffix on a word
// boundary: "API_KEY" and "APIKEY" count, "MONKEY" does not.
func sensitiveEnvName(name string) bool {
	n := strings.ToUpper(name)
	for _, suf := range envSecretSuffixes {
		if !strings.HasSuffix(n, suf) {
			continue
		}
		rest := n[:len(n)-len(suf)]
		if rest == "" || strings.HasSuffix(rest, "_") || strings.HasSuffix(rest, "API") ||
			strings.HasSuffix(rest, "ACCESS") || strings.HasSuffix(rest, "SECRET") || strings.HasSuffix(rest, "AUTH") {
			return true
		}
	}
	return false
}

// knownSecrets gathers registered values and sensitive environment
// variables, with their encoded forms.
func knownSecrets(c *config) []string {
	vals := append([]string(nil), c.known...)
	for _, kv := range c.environ {
		name, val, ok := strings.Cut(kv, "=")
		if !ok || len(val) < minEnvSecret || !sensitiveEnvName(name) {
			continue
		}
		vals = append(vals, val)
	}
	seen := map[string]bool{}
	var out []string
	add := func(v string) {
		if len(v) >= minKnownSecret && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	for _, v := range vals {
		add(v)
		add(strings.TrimRight(base64.StdEncoding.EncodeToString([]byte(v)), "="))
		add(strings.TrimRight(base64.URLEncoding.EncodeToString([]byte(v)), "="))
		add(url.QueryEscape(v))
		add(url.PathEscape(v))
	}
	return out
}

// knownSecretDetector matches the registered values literally: each value
// is its own keyword, so the prefilter does all the work.
func knownSecretDetector(values []string) Detector {
	d := Detector{
		ID:          knownSecretID,
		Description: "A value registered by the application or read from a sensitive environment variable",
		Category:    Secret,
		Keywords:    values,
		Match: func(s string, at int, kw string) (int, int, bool) {
			// Base64 forms are registered without padding, which
			// depends on the length; take it along when present.
			end := at + len(kw)
			for n := 0; n < 2 && end < len(s) && s[end] == '='; n++ {
				end++
			}
			return at, end, true
		},
	}
	if err := d.compile(); err != nil {
		panic("patterns: " + err.Error())
	}
	return d
}
