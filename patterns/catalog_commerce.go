package patterns

import "strings"

// Commerce, shipping and travel APIs: EasyPost, Shippo, Duffel, Lob, Etsy,
// Paddle, Freemius and MaxMind. Lob and Etsy keys rely on the key name in
// front of them; the rest have a distinctive form.

var (
	_ = register(token(tokenSpec{
		id:       "easypost-api-key",
		desc:     "EasyPost production or test API key",
		prefixes: []string{"EZAK", "EZTK"},
		body:     setAlnum,
		chars:    charsAlnum,
		min:      54,
		max:      54,
	}))
	_ = register(token(tokenSpec{
		id:       "shippo-api-token",
		desc:     "Shippo live or test API token",
		prefixes: []string{"shippo_live_", "shippo_test_"},
		body:     setHex,
		chars:    charsHex,
		min:      40,
		max:      40,
	}))
	_ = register(token(tokenSpec{
		id:       "duffel-api-token",
		desc:     "Duffel live or test access token",
		prefixes: []string{"duffel_live_", "duffel_test_"},
		body:     newCharset("A-Za-z0-9_=-"),
		chars:    charsBase64URL,
		min:      43,
		max:      43,
	}))
	_ = register(token(tokenSpec{
		id:       "paddle-api-key",
		desc:     "Paddle Billing live or sandbox API key",
		prefixes: []string{"pdl_live_apikey_", "pdl_sdbx_apikey_"},
		body:     setWord,
		min:      40,
		max:      80,
		example: func(seed string) string {
			return fake(charsLowerNum, 26, seed) + "_" + fakeMixed(charsAlnum, 22, seed+"-2") + "_" + fake(charsAlnum, 3, seed+"-3")
		},
		chars: charsAlnum,
	}))
)

var _ = register(keyedSecret(keyedSpec{
	id:   "lob-api-key",
	desc: "Lob live or test API key (live_, test_, live_pub_, test_pub_ and hex)",
	keys: []string{"lob_", "lob-", "lobapi"},
	body: firstOf(
		literal("live_pub_", run(setHex, 31, 31)), literal("test_pub_", run(setHex, 31, 31)),
		literal("live_", run(setHex, 35, 35)), literal("test_", run(setHex, 35, 35)),
	),
	valid: func(v string) bool { return hexSecret(v[strings.LastIndexByte(v, '_')+1:]) },
	value: func(seed string) string { return "live_" + fake(charsHex, 34, seed) + "a" },
}))

var _ = register(keyedSecret(keyedSpec{
	id:    "etsy-api-key",
	desc:  "Etsy API keystring or shared secret (24 or 10 bytes)",
	keys:  []string{"etsy"},
	hot:   []string{"etsy", "ETSY"},
	body:  firstOf(run(setAlnum, 24, 24), run(setAlnum, 10, 10)),
	value: func(seed string) string { return fakeMixed(charsLowerNum, 24, seed) },
}))

// freemiusChars are the bytes of a Freemius secret key after "sk_":
// printable ASCII but quotes, backslash and separators of log text.
var freemiusChars = func() *charset {
	c := newCharset("!-~")
	for _, b := range "\"'`\\,;<>" {
		c[b] = false
	}
	return c
}()

var _ = register(Detector{
	ID:          "freemius-secret-key",
	Description: "Freemius SDK secret key (sk_ and 29 printable bytes)",
	Category:    Secret,
	// The prefix starts a value: "sk_" alone is inside every "task_".
	Keywords: []string{"'sk_", `"sk_`, " sk_", "=sk_", ":sk_"},
	Match: func(s string, at int, kw string) (int, int, bool) {
		return freemiusKey(s, at+1, kw[1:])
	},
	Validate: func(m string) bool {
		b := unescapeJSON(m[3:])
		for _, p := range []string{"live_", "test_", "prod_"} {
			if strings.HasPrefix(b, p) {
				return false // a Stripe key
			}
		}
		return mixedClasses(b) && !allIn(b, setWord)
	},
	Positive: []Example{
		{Text: "'secret_key' => 'sk_" + fake(charsAlnum, 20, "freemius") + "#P7r5&@*x'", Secret: "sk_" + fake(charsAlnum, 20, "freemius") + "#P7r5&@*x", Why: "PHP SDK configuration"},
		{Text: "fs init sk_" + fake(charsAlnum, 24, "freemius-2") + "$9a!Q done", Secret: "sk_" + fake(charsAlnum, 24, "freemius-2") + "$9a!Q", Why: "inside a sentence"},
	},
	Negative: []Example{
		{Text: "'secret_key' => 'sk_'", Why: "the prefix alone"},
		{Text: "'secret_key' => 'sk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXX'", Why: "a placeholder"},
		{Text: "sk_" + fake(charsAlnum, 20, "freemius-3") + "#P7r5&@*", Why: "one byte short"},
		{Text: "sk_" + fake(charsAlnum, 20, "freemius-4") + "#P7r5&@*xy", Why: "one byte long"},
		{Text: "task_queue_worker_concurrency_limit=8", Why: "an identifier with the prefix inside a word"},
		{Text: "sk_user_preferences_cache_enabled", Why: "an identifier that starts with the prefix"},
	},
})

// freemiusKey matches "sk_" and 29 bytes of freemiusChars; an escape that
// JSON encoders write for a symbol ("\u0026" for '&') counts as the one
// byte it stands for.
func freemiusKey(s string, at int, kw string) (int, int, bool) {
	if !boundaryBefore(s, at) {
		return 0, 0, false
	}
	i, n := at+len(kw), 0
	for i < len(s) && n <= 29 {
		if w := jsonEscapeWidth(s, i); w > 0 {
			i += w
		} else if freemiusChars[s[i]] {
			i++
		} else {
			break
		}
		n++
	}
	if n != 29 {
		return 0, 0, false
	}
	return at, i, true
}

// maxmindLicenseKey matches 6 bytes, '_', 29 bytes and the "_mmk" suffix
// that is the keyword.
func maxmindLicenseKey(s string, at int, kw string) (int, int, bool) {
	start := at - 36
	if start < 0 || !allIn(s[start:start+6], setAlnum) || s[start+6] != '_' || !allIn(s[start+7:at], setAlnum) ||
		!boundaryBefore(s, start) || !boundaryAfter(s, at+len(kw), setWord) {
		return 0, 0, false
	}
	return start, at + len(kw), true
}

var _ = register(Detector{
	ID:          "maxmind-license-key",
	Description: "MaxMind GeoIP license key (6 bytes, 29 bytes and _mmk)",
	Category:    Secret,
	// "mmk", not "_mmk": '_' and a letter start half the identifiers
	// in logs.
	Keywords: []string{"mmk"},
	Match: func(s string, at int, kw string) (int, int, bool) {
		if at < 1 || s[at-1] != '_' {
			return 0, 0, false
		}
		return maxmindLicenseKey(s, at-1, "_mmk")
	},
	Validate: func(m string) bool { return randomLooking(m[7:36]) },
	Positive: []Example{
		{Text: fake(charsAlnum, 6, "maxmind") + "_" + fakeMixed(charsAlnum, 29, "maxmind") + "_mmk", Why: "bare key"},
		{Text: "geoipupdate: LicenseKey " + fake(charsAlnum, 6, "maxmind-2") + "_" + fakeMixed(charsAlnum, 29, "maxmind-2") + "_mmk rejected", Secret: fake(charsAlnum, 6, "maxmind-2") + "_" + fakeMixed(charsAlnum, 29, "maxmind-2") + "_mmk", Why: "inside a sentence"},
	},
	Negative: []Example{
		{Text: "LicenseKey YOUR_LICENSE_KEY_HERE_mmk", Why: "a placeholder"},
		{Text: fake(charsAlnum, 6, "maxmind-3") + "_" + fakeMixed(charsAlnum, 28, "maxmind-3") + "_mmk", Why: "one byte short"},
		{Text: "x" + fake(charsAlnum, 6, "maxmind-4") + "_" + fakeMixed(charsAlnum, 29, "maxmind-4") + "_mmk", Why: "one byte long"},
		{Text: "file backup_mmk.tar", Why: "the suffix in a file name"},
	},
})
