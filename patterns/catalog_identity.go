package patterns

import "strings"

// Identity providers: Okta and Auth0. Both rely on context: Okta tokens on
// their SSWS scheme or a key name, Auth0 client secrets on a key name.

var oktaToken = literal("00", run(setBase64URL, 40, 40))

var _ = register(Detector{
	ID:          "okta-api-token",
	Description: "Okta API token (00 + 40 bytes) after the SSWS scheme or a key name that starts with okta",
	Category:    Secret,
	Keywords:    []string{"SSWS ", "okta"},
	IgnoreCase:  true,
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw == "SSWS " {
			if !hasAt(s, at, kw) {
				return 0, 0, false // the prefilter ignored case
			}
			return scheme(oktaToken)(s, at, kw)
		}
		return keyed(nil, oktaToken)(s, at, kw)
	},
	Positive: []Example{
		{Text: "headers=map[Authorization:[SSWS 00" + fake(charsBase64URL, 40, "okta") + "]]", Secret: "00" + fake(charsBase64URL, 40, "okta"), Why: "Go http.Header dump"},
		{Text: "OKTA_CLIENT_TOKEN=00" + fake(charsBase64URL, 40, "okta-2"), Secret: "00" + fake(charsBase64URL, 40, "okta-2"), Why: "environment variable"},
	},
	Negative: []Example{
		{Text: "okta_org=dev-00" + fake(charsAlnum, 6, "okta-3"), Why: "an org name"},
	},
})

var _ = register(Detector{
	ID:          "auth0-client-secret",
	Description: "Auth0 application client secret (64 bytes) after a key name that starts with auth0",
	Category:    Secret,
	Keywords:    []string{"auth0"},
	IgnoreCase:  true,
	Match:       keyed(nil, run(setBase64URL, 64, 64)),
	Validate:    randomLooking,
	Positive: []Example{
		{Text: "AUTH0_CLIENT_SECRET=" + fake(charsBase64URL, 63, "auth0") + "1", Secret: fake(charsBase64URL, 63, "auth0") + "1", Why: "environment variable"},
	},
	Negative: []Example{
		{Text: "AUTH0_DOMAIN=tenant.eu.auth0.com", Why: "a domain"},
	},
})

// authressSecretChars are the bytes of the secret that ends a key.
var authressSecretChars = newCharset("A-Za-z0-9+/_=-")

// authressKey matches an Authress service client or extension access key
// around its ".acc_" marker: "<prefix>_<5-30>.<4-6>.acc_<10-32>.<30-120>",
// the prefix one of sc, ext, scauth and authress.
func authressKey(s string, at int, kw string) (int, int, bool) {
	// Backwards: the key ID, '.', the client ID, '_', the prefix.
	k := at
	for k > 0 && at-k <= 6 && setAlnum[s[k-1]] {
		k--
	}
	if n := at - k; n < 4 || n > 6 || k == 0 || s[k-1] != '.' {
		return 0, 0, false
	}
	c := k - 1
	for c > 0 && k-1-c <= 30 && setAlnum[s[c-1]] {
		c--
	}
	if n := k - 1 - c; n < 5 || n > 30 || c == 0 || s[c-1] != '_' {
		return 0, 0, false
	}
	start := -1
	for _, p := range []string{"scauth", "authress", "sc", "ext"} {
		if b := c - 1 - len(p); b >= 0 && s[b:c-1] == p && boundaryBefore(s, b) {
			start = b
			break
		}
	}
	if start < 0 {
		return 0, 0, false
	}
	// Forwards: the account, '.', the secret.
	a := span(s, at+len(kw), setAlnumDash, 33)
	if n := a - at - len(kw); n < 10 || n > 32 || !hasAt(s, a, ".") {
		return 0, 0, false
	}
	end := span(s, a+1, authressSecretChars, 121)
	if n := end - a - 1; n < 30 || n > 120 || end < len(s) && isAlnum(s[end]) {
		return 0, 0, false
	}
	return start, end, true
}

func fakeAuthressKey(prefix, seed string) string {
	return prefix + "_" + fake(charsLowerNum, 12, seed) + "." + fake(charsLowerNum, 5, seed+"-k") + ".acc_" + fake(charsLowerNum, 16, seed+"-a") + "." + fakeMixed(charsBase64, 60, seed+"-s")
}

var _ = register(Detector{
	ID:          "authress-access-key",
	Description: "Authress service client or extension access key (sc_..., ext_..., .acc_)",
	Category:    Secret,
	// "acc_" without its '.': '.' and a letter start every domain name.
	Keywords: []string{"acc_"},
	Match: func(s string, at int, kw string) (int, int, bool) {
		if at < 1 || s[at-1] != '.' {
			return 0, 0, false
		}
		return authressKey(s, at-1, ".acc_")
	},
	Validate: func(m string) bool { return randomLooking(m[strings.LastIndexByte(m, '.')+1:]) },
	Positive: []Example{
		{Text: fakeAuthressKey("sc", "authress"), Why: "service client key"},
		{Text: "AUTHRESS_KEY=" + fakeAuthressKey("ext", "authress-2"), Secret: fakeAuthressKey("ext", "authress-2"), Why: "extension key in an environment variable"},
	},
	Negative: []Example{
		{Text: fakeAuthressKey("sc", "authress-5")[:len(fakeAuthressKey("sc", "authress-5"))-31], Why: "secret part one byte short"},
		{Text: "key format sc_<client>.<key>.acc_<account>.<secret>", Why: "the documented placeholder"},
		{Text: "xsc_" + fakeAuthressKey("sc", "authress-3")[3:], Why: "prefix inside a word"},
		{Text: "sc_" + fake(charsLowerNum, 12, "authress-4") + "." + fake(charsLowerNum, 5, "authress-4") + ".acc_" + fake(charsLowerNum, 16, "authress-4"), Why: "no secret part"},
	},
})

var _ = register(Detector{
	ID:          "ory-token",
	Description: "Ory (Hydra, Ory Network) access, refresh or authorization code token, or project API key (ory_at_, ory_rt_, ory_ac_, ory_pat_)",
	Category:    Secret,
	Keywords:    []string{"ory_at_", "ory_rt_", "ory_ac_", "ory_pat_"},
	Match:       dottedToken(newCharset("A-Za-z0-9_.-"), 32, 512),
	Validate:    func(m string) bool { return randomLooking(m[strings.IndexByte(m[4:], '_')+5:]) },
	Positive: []Example{
		{Text: "ory_at_" + fakeMixed(charsBase64URL, 43, "ory") + "." + fakeMixed(charsBase64URL, 43, "ory-2"), Why: "opaque access token"},
		{Text: "refreshed with ory_rt_" + fakeMixed(charsBase64URL, 43, "ory-3") + "." + fakeMixed(charsBase64URL, 43, "ory-4") + ".", Secret: "ory_rt_" + fakeMixed(charsBase64URL, 43, "ory-3") + "." + fakeMixed(charsBase64URL, 43, "ory-4"), Why: "refresh token at the end of a sentence"},
		{Text: "ory_pat_" + fakeMixed(charsAlnum, 32, "ory-5"), Why: "project API key"},
	},
	Negative: []Example{
		{Text: "token prefix ory_at_ is documented", Why: "the prefix alone"},
		{Text: "ory_at_" + strings.Repeat("X", 43) + "." + strings.Repeat("X", 43), Why: "a placeholder"},
		{Text: "ory_at_" + fakeMixed(charsBase64URL, 20, "ory-6"), Why: "too short"},
		{Text: "memory_at_startup_" + fakeMixed(charsBase64URL, 40, "ory-7"), Why: "prefix inside a word"},
	},
})
