package patterns

import "strings"

// Hosting and data platforms: DigitalOcean, Heroku, Fly.io, Vercel,
// Netlify, Render, Cloudflare, Supabase, Firebase, Databricks, PlanetScale,
// Snowflake. Vercel tokens, Cloudflare API tokens and Snowflake credentials
// rely on the key name in front of them; the rest have a distinctive form.

var (
	_ = register(prefixed("digitalocean-pat", "DigitalOcean personal access token", "dop_v1_", setHex, charsHex, 64))
	_ = register(prefixed("digitalocean-oauth-token", "DigitalOcean OAuth access token", "doo_v1_", setHex, charsHex, 64))
	_ = register(prefixed("digitalocean-refresh-token", "DigitalOcean OAuth refresh token", "dor_v1_", setHex, charsHex, 64))
	_ = register(prefixed("netlify-pat", "Netlify personal access token", "nfp_", setAlnum, charsAlnum, 36))
	_ = register(prefixed("render-api-key", "Render API key", "rnd_", setAlnum, charsAlnum, 32))
	_ = register(prefixed("supabase-pat", "Supabase personal access token", "sbp_", setHex, charsHex, 40))
)

var herokuKeys = []string{"heroku", "HEROKU", "Heroku"}

var _ = register(Detector{
	ID:          "heroku-api-key",
	Description: "Heroku API key or OAuth token: the HRKU- form alone, or a legacy UUID key after a key name holding heroku",
	Category:    Secret,
	Keywords:    append([]string{"HRKU-"}, herokuKeys...),
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw == "HRKU-" {
			return prefixToken(setBase64URL, 40, 80)(s, at, kw)
		}
		return keyed(nil, uuidBody)(s, at, kw)
	},
	Positive: []Example{
		{Text: "HRKU-AA" + fake(charsBase64URL, 58, "heroku"), Why: "bare key"},
		{Text: "HEROKU_API=" + fakeUUID("heroku-2"), Secret: fakeUUID("heroku-2"), Why: "legacy key after its key name"},
		{Text: `{"heroku_oauth":"` + fakeUUID("heroku-3") + `"}`, Secret: fakeUUID("heroku-3"), Why: "JSON config"},
	},
	Negative: []Example{
		{Text: "HRKU-" + fake(charsBase64URL, 12, "heroku-short"), Why: "too short"},
		{Text: "heroku release " + fakeUUID("heroku-4") + " deployed", Why: "a release ID without a key-value separator"},
		{Text: "request_id=" + fakeUUID("heroku-5"), Why: "a UUID without the provider's name"},
	},
})

// databricksBody is 32 hex digits, and a '-' and a digit in tokens of
// some workspaces.
func databricksBody(b string) bool {
	if len(b) == 34 {
		if b[32] != '-' || !isDigit(b[33]) {
			return false
		}
		b = b[:32]
	}
	return len(b) == 32 && hexSecret(b)
}

var _ = register(withPositives(token(tokenSpec{
	id:       "databricks-token",
	desc:     "Databricks personal access token",
	prefixes: []string{"dapi"},
	body:     newCharset("0-9a-f-"),
	chars:    charsHex,
	min:      32,
	max:      34,
	valid:    databricksBody,
	example:  func(seed string) string { return fake(charsHex, 31, seed) + "a" },
}), Example{Text: "DATABRICKS_HOST=https://x.cloud.databricks.com DATABRICKS_PAT=dapi" + fake(charsHex, 31, "databricks-2") + "b-2", Secret: "dapi" + fake(charsHex, 31, "databricks-2") + "b-2", Why: "token with a workspace suffix"}))

var _ = register(Detector{
	ID:          "cloudflare-origin-ca-key",
	Description: "Cloudflare Origin CA key (v1.0-, 24 hex digits, '-', 146 hex digits)",
	Category:    Secret,
	Keywords:    []string{"v1.0-"},
	Match:       prefixToken(newCharset("0-9a-f-"), 171, 171),
	Validate: func(m string) bool {
		b := m[5:]
		return b[24] == '-' && hexSecret(b[:24]) && hexSecret(b[25:])
	},
	Positive: []Example{
		{Text: "v1.0-" + fake(charsHex, 23, "cf-origin") + "a-" + fake(charsHex, 145, "cf-origin") + "b", Why: "bare key"},
		{Text: "X-Auth-User-Service-Key: v1.0-" + fake(charsHex, 23, "cf-origin-2") + "c-" + fake(charsHex, 145, "cf-origin-2") + "d", Secret: "v1.0-" + fake(charsHex, 23, "cf-origin-2") + "c-" + fake(charsHex, 145, "cf-origin-2") + "d", Why: "request header"},
	},
	Negative: []Example{
		{Text: "v1.0-" + fake(charsHex, 23, "cf-origin-6") + "a-" + fake(charsHex, 146, "cf-origin-6") + "b", Why: "one byte long"},
		{Text: "xv1.0-" + fake(charsHex, 23, "cf-origin-7") + "a-" + fake(charsHex, 145, "cf-origin-7") + "b", Why: "prefix inside a word"},
		{Text: "v1.0-" + strings.Repeat("0", 24) + "-" + strings.Repeat("0", 146), Why: "a placeholder"},
		{Text: "v1.0-" + fake(charsHex, 23, "cf-origin-3") + "a-" + fake(charsHex, 144, "cf-origin-3"), Why: "one byte short"},
		{Text: "release v1.0-rc1 built from " + fake(charsHex, 40, "cf-origin-4"), Why: "a version"},
		{Text: "image app:v1.0-" + fake(charsHex, 7, "cf-origin-5"), Why: "a version with a commit"},
	},
})

// cloudinaryCredentials matches "<api key>:<api secret>" after
// "cloudinary://", up to the '@' before the cloud name.
func cloudinaryCredentials(s string, at int, kw string) (int, int, bool) {
	i := at + len(kw)
	k := span(s, i, setDigits, 21)
	if n := k - i; n < 12 || n > 20 || !hasAt(s, k, ":") {
		return 0, 0, false
	}
	end := span(s, k+1, setBase64URL, 41)
	if n := end - k - 1; n < 20 || n > 40 || !hasAt(s, end, "@") || !randomLooking(s[k+1:end]) {
		return 0, 0, false
	}
	return i, end, true
}

var _ = register(Detector{
	ID:          "cloudinary-url",
	Description: "Cloudinary API key and secret in a CLOUDINARY_URL (cloudinary://key:secret@cloud)",
	Category:    Secret,
	Keywords:    []string{"cloudinary://", `cloudinary:\/\/`},
	Match:       cloudinaryCredentials,
	Positive: []Example{
		{Text: "CLOUDINARY_URL=cloudinary://" + fake("0123456789", 15, "cloudinary") + ":" + fakeMixed(charsBase64URL, 27, "cloudinary") + "@demo", Secret: fake("0123456789", 15, "cloudinary") + ":" + fakeMixed(charsBase64URL, 27, "cloudinary"), Why: "environment variable"},
	},
	Negative: []Example{
		{Text: "cloudinary://" + fake("0123456789", 15, "cloudinary-2") + "@demo", Why: "no secret"},
		{Text: "cloudinary://<api_key>:<api_secret>@<cloud_name>", Why: "the documentation's placeholder"},
	},
})

var _ = register(keyedSecret(keyedSpec{
	id:     "netlify-legacy-token",
	desc:   "Netlify access token without a prefix (40 to 46 bytes)",
	keys:   []string{"netlify"},
	hot:    []string{"NETLIFY"},
	body:   run(setBase64URL, 40, 46),
	value:  func(seed string) string { return fakeMixed(charsBase64URL, 43, seed) },
	ranged: true,
}))

var _ = register(keyedSecret(keyedSpec{
	id:    "railway-api-token",
	desc:  "Railway account, team or project token (a UUID)",
	keys:  []string{"railway"},
	hot:   []string{"RAILWAY"},
	body:  uuidBody,
	value: fakeUUID,
}))

// flyMacaroonBody is the alphabet of a Fly.io macaroon token.
var flyMacaroonBody = newCharset("A-Za-z0-9+/=_")

var _ = register(Detector{
	ID:          "flyio-token",
	Description: "Fly.io access or deploy token (fo1_, fm1a_, fm1r_, fm2_)",
	Category:    Secret,
	Keywords:    []string{"fo1_", "fm1a_", "fm1r_", "fm2_"},
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw == "fo1_" {
			return prefixToken(setBase64URL, 43, 43)(s, at, kw)
		}
		// Macaroon tokens are comma-separated lists: "fm2_a,fm2_b".
		return prefixToken(flyMacaroonBody, 100, 4096)(s, at, kw)
	},
	Positive: []Example{
		{Text: "fo1_" + fake(charsBase64URL, 43, "flyio"), Why: "org token"},
		{Text: "FLY_API=FlyV1 fm2_" + fake(charsBase64, 200, "flyio-2"), Secret: "fm2_" + fake(charsBase64, 200, "flyio-2"), Why: "deploy token after its scheme"},
	},
	Negative: []Example{
		{Text: "fm2_" + fake(charsBase64, 20, "flyio-short"), Why: "too short"},
	},
})

var _ = register(Detector{
	ID:          "vercel-token",
	Description: "Vercel access token (24 bytes) after a key name that starts with vercel",
	Category:    Secret,
	Keywords:    []string{"vercel"},
	IgnoreCase:  true,
	Match:       keyed(nil, run(setAlnum, 24, 24)),
	Validate:    randomLooking,
	Positive: []Example{
		{Text: "VERCEL_ACCESS=" + fake(charsAlnum, 23, "vercel") + "1", Secret: fake(charsAlnum, 23, "vercel") + "1", Why: "environment variable"},
	},
	Negative: []Example{
		{Text: "vercel_project=myprojectnamefortheshop", Why: "a name"},
		{Text: "VERCEL_ORG_ID=team_" + fake(charsAlnum, 24, "vercel-2"), Why: "a team ID"},
	},
})

var _ = register(Detector{
	ID:          "cloudflare-api-token",
	Description: "Cloudflare API token (40 bytes) or global API key (37 hex digits) after a key name that starts with cloudflare or cf_api",
	Category:    Secret,
	Keywords:    []string{"cloudflare", "cf_api", "cf-api"},
	IgnoreCase:  true,
	Match:       keyed(nil, firstOf(run(setBase64URL, 40, 40), run(setHex, 37, 37))),
	Validate:    randomLooking,
	Positive: []Example{
		{Text: "CLOUDFLARE_API=" + fake(charsBase64URL, 39, "cloudflare") + "1", Secret: fake(charsBase64URL, 39, "cloudflare") + "1", Why: "API token"},
		{Text: "CF_API_GLOBAL: " + fake(charsHex, 36, "cloudflare-2") + "a", Secret: fake(charsHex, 36, "cloudflare-2") + "a", Why: "global API key"},
	},
	Negative: []Example{
		{Text: "cloudflare_zone=" + fake(charsHex, 32, "cloudflare-zone"), Why: "a zone ID has 32 hex digits"},
	},
})

var _ = register(Detector{
	ID:          "supabase-secret-key",
	Description: "Supabase secret API key (sb_secret_)",
	Category:    Secret,
	Keywords:    []string{"sb_secret_"},
	Match:       prefixToken(setBase64URL, 31, 64),
	Positive: []Example{
		{Text: "sb_secret_" + fake(charsBase64URL, 31, "supabase"), Why: "bare key"},
	},
	Negative: []Example{
		{Text: "sb_secret_" + fake(charsBase64URL, 10, "supabase-short"), Why: "too short"},
	},
})

var _ = register(Detector{
	ID:          "firebase-cloud-messaging-key",
	Description: "Firebase Cloud Messaging legacy server key (AAAA...:APA91b...)",
	Category:    Secret,
	Keywords:    []string{":APA91b"},
	Match: func(s string, at int, kw string) (int, int, bool) {
		start := at - 11
		if start < 0 || !allIn(s[start:at], setBase64URL) || !hasAt(s, start, "AAAA") || !boundaryBefore(s, start) {
			return 0, 0, false
		}
		end := span(s, at+len(kw), setBase64URL, 161)
		if n := end - at - len(kw); n < 120 || n > 160 || !boundaryAfter(s, end, setBase64URL) {
			return 0, 0, false
		}
		return start, end, true
	},
	Positive: []Example{
		{Text: "AAAA" + fake(charsBase64URL, 7, "fcm") + ":APA91b" + fake(charsBase64URL, 134, "fcm"), Why: "server key"},
	},
	Negative: []Example{
		{Text: "registration :APA91b" + fake(charsBase64URL, 140, "fcm-2"), Why: "no server key part before the marker"},
	},
})

var _ = register(Detector{
	ID:          "planetscale-token",
	Description: "PlanetScale service token, password or OAuth token (pscale_tkn_, pscale_pw_, pscale_oauth_)",
	Category:    Secret,
	Keywords:    []string{"pscale_tkn_", "pscale_pw_", "pscale_oauth_"},
	Match:       dottedToken(newCharset("A-Za-z0-9_=.-"), 32, 64),
	Positive: []Example{
		{Text: "connected with pscale_pw_" + fake(charsBase64URL, 20, "planetscale-3") + "." + fake(charsBase64URL, 22, "planetscale-3") + ".", Secret: "pscale_pw_" + fake(charsBase64URL, 20, "planetscale-3") + "." + fake(charsBase64URL, 22, "planetscale-3"), Why: "password with a '.' inside, at the end of a sentence"},
		{Text: "pscale_oauth_" + fake(charsBase64URL, 43, "planetscale-4"), Why: "OAuth token"},
		{Text: "pscale_pw_" + fake(charsBase64URL, 43, "planetscale"), Why: "database password"},
		{Text: "pscale_tkn_" + fake(charsBase64URL, 43, "planetscale-2"), Why: "service token"},
	},
	Negative: []Example{
		{Text: "pscale_pw_" + fake(charsBase64URL, 8, "planetscale-short"), Why: "too short"},
	},
})

// snowflakeValue is any byte a password may hold in a log line.
var snowflakeValue = func() *charset {
	c := newCharset("!-~")
	for _, b := range "\"'&;,\\" {
		c[b] = false
	}
	return c
}()

var _ = register(Detector{
	ID:          "snowflake-credential",
	Description: "Snowflake password, token or key passphrase after a key name such as SNOWFLAKE_PASSWORD",
	Category:    Secret,
	Keywords:    []string{"snowflake"},
	IgnoreCase:  true,
	Match:       keyed(tailHas("password", "pwd", "passphrase", "token", "secret"), run(snowflakeValue, 6, 256)),
	Validate:    func(m string) bool { return !placeholderSecret(m) },
	Positive: []Example{
		{Text: "SNOWFLAKE_PASSWORD=" + fake(charsAlnum, 16, "snowflake"), Secret: fake(charsAlnum, 16, "snowflake"), Why: "environment variable"},
		{Text: "snowflake.private_key_passphrase: " + fake(charsAlnum, 20, "snowflake-2"), Secret: fake(charsAlnum, 20, "snowflake-2"), Why: "connector setting"},
	},
	Negative: []Example{
		{Text: "SNOWFLAKE_ACCOUNT=xy12345.eu-central-1", Why: "an account locator is not secret"},
	},
})
