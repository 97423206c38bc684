package patterns

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
