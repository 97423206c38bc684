package patterns

import (
	"encoding/base64"
	"slices"
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

// maxCommand bounds how far a curl command line is read for its -u flag,
// across "\" line continuations.
const maxCommand = 2048

// curlUser matches the password of a curl command's -u or --user
// user:password, quoted or not. The keyword is the flag ("curl " itself
// shares its anchor with "current" and "security"); the command it
// belongs to must be curl, earlier on its line or a line it continues
// with "\". A value without a password ("token:") is the user's token,
// and that is matched instead.
func curlUser(s string, at int, kw string) (int, int, bool) {
	if at == 0 || s[at-1] != ' ' && s[at-1] != '\t' || !curlCommand(s, at) {
		return 0, 0, false
	}
	v := at + len(kw)
	if kw == "--user" {
		if v >= len(s) || s[v] != ' ' && s[v] != '=' {
			return 0, 0, false
		}
		v++
	}
	return curlCredential(s, skipSpaces(s, v))
}

// curlCommand reports whether the command that s[at] is part of is curl.
func curlCommand(s string, at int) bool {
	for i := at - 1; i >= 0 && at-i < maxCommand; i-- {
		switch c := s[i]; {
		case c == '\n':
			if i == 0 || s[i-1] != '\\' && !(i >= 2 && s[i-1] == '\r' && s[i-2] == '\\') {
				return false
			}
		case c == ';' || c == '|' || c == '&' || c == '(' || c == '`':
			return false
		case c == 'c' && hasAt(s, i, "curl") && i+4 < len(s) && (s[i+4] == ' ' || s[i+4] == '\t') && boundaryBefore(s, i):
			return true
		}
	}
	return false
}

// curlCredential reads the value of -u at s[i] and returns the span of its
// password, or of its user when the password is empty.
func curlCredential(s string, i int) (int, int, bool) {
	var v string
	start := i
	if hasAt(s, i, `\"`) {
		// Quoted inside a JSON string: \"user:password\".
		e := strings.Index(s[i+2:min(len(s), i+514)], `\"`)
		if e < 0 {
			return 0, 0, false
		}
		start, v = i+2, s[i+2:i+2+e]
	} else if i < len(s) && (s[i] == '"' || s[i] == '\'') {
		q := s[i]
		e := i + 1
		for e < len(s) && e-i < 512 && s[e] != q && s[e] != '\n' {
			e++
		}
		if e >= len(s) || s[e] != q {
			return 0, 0, false
		}
		start, v = i+1, s[i+1:e]
	} else {
		e := i
		for e < len(s) && e-i < 512 && !curlValueEnd[s[e]] {
			e++
		}
		v = s[i:e]
	}
	// user:'password' and "user":"password" put the quotes inside.
	c := strings.IndexByte(v, ':')
	if c < 0 {
		return 0, 0, false
	}
	user, pw := v[:c], v[c+1:]
	ps := start + c + 1
	if len(pw) >= 2 && (pw[0] == '\'' || pw[0] == '"') && pw[len(pw)-1] == pw[0] {
		pw, ps = pw[1:len(pw)-1], ps+1
	}
	if pw == "" {
		if len(user) < 8 || curlPlaceholder(user) {
			return 0, 0, false
		}
		return start, start + len(user), true
	}
	if curlPlaceholder(pw) || curlPlaceholder(user) && len(pw) < 8 || curlDummy(user, pw) {
		return 0, 0, false
	}
	return ps, ps + len(pw), true
}

var curlValueEnd = newCharset(" \t\r\n\\;|&`")

// curlDummies are the passwords of examples and documentation.
var curlDummies = []string{"password", "passwd", "pass", "pwd", "token", "secret", "test", "changeme", "example", "xxx", "yyy", "***"}

// curlDummy reports a pair that stands for credentials in documentation:
// a dummy word, the user name again, or a run of one byte.
func curlDummy(user, pw string) bool {
	return pw == user || slices.Contains(curlDummies, strings.ToLower(pw)) || strings.Count(pw, pw[:1]) == len(pw)
}

// curlPlaceholder reports a value that stands for a credential: a shell
// variable, a template, or a bracketed name.
func curlPlaceholder(v string) bool {
	v = strings.Trim(v, `"'{}`)
	switch {
	case v == "", placeholderSecret(v), referenceValue(v), literalWords[strings.ToLower(v)]:
		return true
	case strings.ContainsAny(v, "$<>[]"):
		return true
	}
	return false
}

var _ = register(Detector{
	ID:          "curl-user-credentials",
	Description: "Password of a curl command line's -u or --user user:password",
	Category:    Secret,
	Keywords:    []string{"-u ", "--user"},
	Match:       curlUser,
	Positive: []Example{
		{Text: "+ curl -fsS -u deploy:" + fake(charsAlnum, 16, "curl") + " https://nexus.internal/repository/", Secret: fake(charsAlnum, 16, "curl"), Why: "shell trace of a CI step"},
		{Text: "curl -s -X POST --user 'api:" + fake(charsAlnum, 20, "curl-2") + "' https://api.mailgun.net/v3", Secret: fake(charsAlnum, 20, "curl-2"), Why: "quoted value"},
		{Text: "curl -k -X POST https://infinispan:11222/rest \\\n  -H 'Content-type: text/plain' \\\n  -u developer:" + fake(charsAlnum, 16, "curl-3"), Secret: fake(charsAlnum, 16, "curl-3"), Why: "on a continuation line"},
		{Text: `curl -u "` + fake(charsAlnum, 24, "curl-4") + `:" https://x.example/api`, Secret: fake(charsAlnum, 24, "curl-4"), Why: "a token as the user, with an empty password"},
		{Text: "curl --user=bob:" + fake(charsAlnum, 12, "curl-5") + "@x! https://x.example", Secret: fake(charsAlnum, 12, "curl-5") + "@x!", Why: "--user= form"},
	},
	Negative: []Example{
		{Text: `curl -sL --user "$1:$2" "$3"`, Why: "shell variables"},
		{Text: "curl -u <user:password> https://test.example/endpoint", Why: "a placeholder"},
		{Text: "curl --user neo4j:[PASSWORD] http://db:7474/db/data/", Why: "a bracketed placeholder"},
		{Text: `curl -u "myusername" http://localhost:15130/api/check_user/`, Why: "a user without a password"},
		{Text: "curl -s https://x.example; docker run -u 1000:1000 app", Why: "a flag of another command"},
		{Text: `curl -X GET --insecure --user "username:password" https://x.example`, Why: "documentation's dummy credentials"},
		{Text: "curl -i -u 'test:test' https://x.example", Why: "the user name again"},
	},
})
