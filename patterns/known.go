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

// sensitiveEnvName reports whether an environment variable's name marks
// its value as a credential, by the key rules (keys.go): API_KEY,
// PGPASSWORD, DB_PASSWD, SECRET_KEY_BASE, GOOGLE_APPLICATION_CREDENTIALS,
// and the connection strings DATABASE_URL and SENTRY_DSN, whose whole
// value is worth masking wherever it appears. An ambiguous name (PWD,
// SID) counts, and its value decides (see envSecret).
func sensitiveEnvName(kr *keyRules, name string) (keyVerdict, bool) {
	vd := kr.classifyKey(name)
	if vd.class != keySensitive || vd.rule.pii() {
		return vd, false
	}
	return vd, true
}

// envSecret reports whether the variable name=val holds a credential:
// its name is sensitive and its value is a secret by the name's value
// rule (the shell's PWD=/home/user is a directory).
func envSecret(kr *keyRules, name, val string) bool {
	vd, ok := sensitiveEnvName(kr, name)
	if !ok || len(val) < minEnvSecret {
		return false
	}
	if vd.rule.policy == polConn {
		return true
	}
	return ruleSecret(vd.rule, vd.plural, val, "")
}

// knownSecrets gathers registered values and sensitive environment
// variables, with their encoded forms.
func knownSecrets(c *config, kr *keyRules) []string {
	vals := append([]string(nil), c.known...)
	for _, kv := range c.environ {
		name, val, ok := strings.Cut(kv, "=")
		if !ok || !envSecret(kr, name, val) {
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
