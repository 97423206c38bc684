package patterns

import (
	"encoding/base64"
	"strings"
)

// Credentials in HTTP: user:password in URLs of any scheme, and the values
// of Bearer and Basic authorization schemes where no sensitive key name
// precedes them (a Go http.Header dump, a curl trace, free text). A value
// after "Authorization:" or "password=" is already masked whole by the key
// rules (detector sensitive-key), so it is not matched again here. These
// detectors are anchored on the URL syntax and on the scheme word, which
// is their context.

var _ = register(Detector{
	ID:          "url-credentials",
	Description: "Password in the userinfo of a URL (scheme://user:password@host), any scheme",
	Category:    Secret,
	Keywords:    []string{"://", `:\/\/`},
	Match:       urlPassword,
	Positive: []Example{
		{Text: "postgres://app:" + fake(charsAlnum, 16, "url-pg") + "@db:5432/orders?sslmode=require", Secret: fake(charsAlnum, 16, "url-pg"), Why: "PostgreSQL DSN"},
		{Text: "dial redis://:" + fake(charsAlnum, 20, "url-redis") + "@cache:6379/0 failed", Secret: fake(charsAlnum, 20, "url-redis"), Why: "Redis URL with an empty user"},
		{Text: "mongodb+srv://admin:" + fake(charsAlnum, 12, "url-mongo") + "@cluster0/test", Secret: fake(charsAlnum, 12, "url-mongo"), Why: "scheme with '+'"},
		{Text: "amqp://guest:p%40ss" + fake(charsAlnum, 8, "url-amqp") + "@rabbit/vhost", Secret: "p%40ss" + fake(charsAlnum, 8, "url-amqp"), Why: "percent-encoded '@' in the password"},
		{Text: `{"url":"mysql:\/\/root:` + fake(charsAlnum, 10, "url-mysql") + `@mysql:3306\/app"}`, Secret: fake(charsAlnum, 10, "url-mysql"), Why: "JSON with escaped slashes"},
		{Text: "fetching https://deploy:" + fake(charsAlnum, 18, "url-https") + "@registry/v2/", Secret: fake(charsAlnum, 18, "url-https"), Why: "HTTPS basic credentials"},
	},
	Negative: []Example{
		{Text: "https://example.com/users/@alice", Why: "'@' in the path"},
		{Text: "ftp://anonymous@ftp/pub", Why: "a user without a password"},
		{Text: "http://localhost:8080/health", Why: "a port, no userinfo"},
		{Text: "postgres://app:${DB_PASSWORD}@db:5432/orders", Why: "a template variable"},
		{Text: "redis://:[REDACTED:url-credentials]@cache:6379", Why: "already masked"},
		{Text: "see https://host/a?next=b:c@d", Why: "'@' after the path starts"},
	},
})

var _ = register(Detector{
	ID:          "bearer-token",
	Description: "Token after the Bearer scheme where no sensitive key precedes it",
	Category:    Secret,
	Keywords:    []string{"bearer "},
	IgnoreCase:  true,
	Match:       scheme(padded(newCharset("A-Za-z0-9._~+/-"), 16, 4096)),
	// A JWT after the scheme is named by its own detector.
	Validate: func(m string) bool { return randomLooking(m) && !isJWT(m) },
	Positive: []Example{
		{Text: "req headers=map[Accept:[*/*] Authorization:[Bearer " + fake(charsBase64URL, 39, "bearer") + "1]]", Secret: fake(charsBase64URL, 39, "bearer") + "1", Why: "Go http.Header dump"},
		{Text: "upstream rejected bearer " + fake(charsAlnum, 31, "bearer-2") + "7 with 401", Secret: fake(charsAlnum, 31, "bearer-2") + "7", Why: "free text"},
	},
	Negative: []Example{
		{Text: "missing Bearer authentication header", Why: "words after the scheme"},
		{Text: "Bearer token_expired_for_session", Why: "an identifier without digits"},
	},
})

var _ = register(Detector{
	ID:          "basic-auth",
	Description: "Credentials after the Basic scheme: base64 of user:password",
	Category:    Secret,
	Keywords:    []string{"basic "},
	IgnoreCase:  true,
	Match:       scheme(padded(newCharset("A-Za-z0-9+/"), 6, 4096)),
	Validate:    basicCredentials,
	Positive: []Example{
		{Text: "map[Authorization:[Basic " + base64.StdEncoding.EncodeToString([]byte("bob:"+fake(charsAlnum, 12, "basic"))) + "]]", Secret: base64.StdEncoding.EncodeToString([]byte("bob:" + fake(charsAlnum, 12, "basic"))), Why: "Go http.Header dump"},
		{Text: "proxy sent basic " + base64.StdEncoding.EncodeToString([]byte("svc-deploy:"+fake(charsAlnum, 20, "basic-2"))) + " upstream", Secret: base64.StdEncoding.EncodeToString([]byte("svc-deploy:" + fake(charsAlnum, 20, "basic-2"))), Why: "free text"},
	},
	Negative: []Example{
		{Text: "Basic authentication disabled", Why: "words after the scheme"},
		{Text: "Basic " + base64.StdEncoding.EncodeToString([]byte("no colon here")), Why: "decodes to no user:password"},
	},
})

// padded reads min to max bytes of set followed by up to two '=' of
// base64 padding.
func padded(set *charset, min, max int) bodyFunc {
	return func(s string, i int) (int, bool) {
		end, n := tokenSpan(s, i, set, max+1)
		if n < min || n > max {
			return 0, false
		}
		for p := 0; p < 2 && end < len(s) && s[end] == '='; p++ {
			end++
		}
		if end < len(s) && tokenChars[s[end]] {
			return 0, false
		}
		return end, true
	}
}

// basicCredentials reports whether m is the base64 of printable
// "user:password" with a non-empty password.
func basicCredentials(m string) bool {
	b, err := base64.StdEncoding.DecodeString(m)
	if err != nil {
		b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(m, "="))
		if err != nil {
			return false
		}
	}
	i := strings.IndexByte(string(b), ':')
	if i < 0 || i == len(b)-1 {
		return false
	}
	for _, c := range b {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}
