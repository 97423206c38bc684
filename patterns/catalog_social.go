package patterns

import "strings"

// Social, media and developer platforms: Meta (Facebook, Instagram,
// WhatsApp), X (Twitter), LinkedIn, Twitch, Adobe, Frame.io and 42 Intra.
// Meta access tokens, Twitter bearer tokens, current LinkedIn client
// secrets, Adobe client secrets, Frame.io and 42 Intra tokens have a
// distinctive form; the other keys rely on the key name in front of them.

// facebookAppToken reads an app access token, "<app ID>|<secret or client
// token>", the '|' maybe URL-encoded.
func facebookAppToken(s string, i int) (int, bool) {
	d := span(s, i, setDigits, 17)
	if n := d - i; n < 15 || n > 16 {
		return 0, false
	}
	switch {
	case hasAt(s, d, "|"):
		d++
	case hasAt(s, d, "%7C"), hasAt(s, d, "%7c"):
		d += 3
	default:
		return 0, false
	}
	end, ok := run(setBase64URL, 27, 40)(s, d)
	return end, ok && randomLooking(s[d:end])
}

// facebookNames is the upper-case spelling alone: the others anchor on
// pairs of ordinary words ("bo" of "boot", "Fa" of "Failed").
var facebookNames = []string{"FACEBOOK"}

var _ = register(Detector{
	ID:          "facebook-access-token",
	Description: "Meta (Facebook, Instagram, WhatsApp) Graph API access token (EAA + 90 or more letters and digits), or an app access token (app ID|secret) near the word facebook",
	Category:    Secret,
	Keywords:    append([]string{"EAA"}, facebookNames...),
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw == "EAA" {
			start, end, ok := prefixToken(setAlnum, 90, 1024)(s, at, kw)
			// A run that '+', '/' or '=' goes on from is the start
			// of base64 data, not a token.
			if !ok || end < len(s) && (s[end] == '+' || s[end] == '/' || s[end] == '=') {
				return 0, 0, false
			}
			return start, end, mixedClasses(s[at+3 : end])
		}
		return near(48, facebookAppToken)(s, at, kw)
	},
	Positive: []Example{
		{Text: "EAAG" + fakeMixed(charsAlnum, 180, "facebook"), Why: "page access token"},
		{Text: "graph.facebook.com/v19.0/me/messages?access=EAACEdEose0cBA" + fakeMixed(charsAlnum, 150, "facebook-2") + "&x=1", Secret: "EAACEdEose0cBA" + fakeMixed(charsAlnum, 150, "facebook-2"), Why: "Graph API URL"},
		{Text: "FACEBOOK app token " + fake("0123456789", 16, "facebook-app") + "|" + fakeMixed(charsBase64URL, 27, "facebook-app"), Secret: fake("0123456789", 16, "facebook-app") + "|" + fakeMixed(charsBase64URL, 27, "facebook-app"), Why: "app access token near the vendor's name"},
		{Text: "FACEBOOK_DEBUG input=" + fake("0123456789", 15, "facebook-app-2") + "%7C" + fake(charsHex, 31, "facebook-app-2") + "a", Secret: fake("0123456789", 15, "facebook-app-2") + "%7C" + fake(charsHex, 31, "facebook-app-2") + "a", Why: "app ID and secret, the '|' URL-encoded"},
	},
	Negative: []Example{
		{Text: "EAA" + fakeMixed(charsAlnum, 60, "facebook-short"), Why: "too short"},
		{Text: "EAA" + strings.Repeat("A", 120), Why: "a padding run"},
		{Text: "TEAA" + fakeMixed(charsAlnum, 120, "facebook-word"), Why: "inside a word"},
		{Text: "blob EAA" + fakeMixed(charsAlnum, 100, "facebook-b64") + "+" + fake(charsBase64, 40, "facebook-b64") + "==", Why: "base64 data that starts with EAA"},
		{Text: "FACEBOOK page " + fake("0123456789", 16, "facebook-page") + " has 1200 likes", Why: "a page ID near the vendor's name"},
		{Text: fake("0123456789", 16, "facebook-app-3") + "|" + fakeMixed(charsBase64URL, 27, "facebook-app-3"), Why: "an ID|value pair without the vendor's name"},
	},
})

var _ = register(keyedSecret(keyedSpec{
	id:    "facebook-app-secret",
	desc:  "Meta (Facebook) app secret (32 hex digits)",
	keys:  []string{"facebook", "fb_app", "fbapp"},
	hot:   []string{"facebook", "Facebook", "fbapp"},
	body:  run(setHex, 32, 32),
	valid: hexSecret,
	value: func(seed string) string { return fake(charsHex, 31, seed) + "a" },
}))

// twitterBearer reads an app-only bearer token: a run of 'A' (the zero
// bytes that start it, base64-encoded) and 80 to 110 bytes of
// URL-encoded base64.
func twitterBearer(s string, i int) (int, bool) {
	a := i
	for a < len(s) && a-i < 24 && s[a] == 'A' {
		a++
	}
	if n := a - i; n < 20 || n > 23 {
		return 0, false
	}
	end := span(s, a, twitterBearerChars, 111)
	if n := end - a; n < 80 || n > 110 || !boundaryAfter(s, end, twitterBearerChars) || !mixedClasses(s[a:end]) {
		return 0, false
	}
	return end, true
}

var twitterBearerChars = newCharset("A-Za-z0-9%")

// twitterValue reads a value under a Twitter key: a bearer token, an
// access token (the user's numeric ID, '-' and 20 to 40 bytes), or an API
// key or secret (25, 45 or 50 bytes).
func twitterValue(s string, i int) (int, bool) {
	if end, ok := twitterBearer(s, i); ok {
		return end, true
	}
	if d := span(s, i, setDigits, 26); d-i >= 15 && d-i <= 25 && hasAt(s, d, "-") {
		return run(setAlnum, 20, 40)(s, d+1)
	}
	for _, n := range []int{25, 45, 50} {
		if end, ok := run(setAlnum, n, n)(s, i); ok {
			return end, true
		}
	}
	return 0, false
}

// twitterBearerPrefix is where app-only bearer tokens start.
const twitterBearerPrefix = "AAAAAAAAAAAAAAAAAAAA"

func fakeTwitterBearer(seed string) string {
	return twitterBearerPrefix + "AAMLhe" + fake("0123456789", 7, seed) + "%2B" + fakeMixed(charsAlnum, 40, seed) + "%3D" + fakeMixed(charsAlnum, 36, seed+"-2")
}

var _ = register(Detector{
	ID:          "twitter-api-token",
	Description: "X (Twitter) app-only bearer token (AAAA...), or an API key, secret or access token after a key name holding twitter",
	Category:    Secret,
	Keywords:    []string{twitterBearerPrefix, "twitter", "TWITTER", "Twitter"},
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw == twitterBearerPrefix {
			if !boundaryBefore(s, at) {
				return 0, 0, false
			}
			end, ok := twitterBearer(s, at)
			return at, end, ok
		}
		return keyed(nil, twitterValue)(s, at, kw)
	},
	Validate: randomLooking,
	Positive: []Example{
		{Text: fakeTwitterBearer("twitter"), Why: "bare bearer token"},
		{Text: "TWITTER_CONSUMER=" + fakeMixed(charsAlnum, 25, "twitter-key"), Secret: fakeMixed(charsAlnum, 25, "twitter-key"), Why: "API key"},
		{Text: `{"twitter_access":"` + fake("0123456789", 19, "twitter-uid") + "-" + fakeMixed(charsAlnum, 31, "twitter-at") + `"}`, Secret: fake("0123456789", 19, "twitter-uid") + "-" + fakeMixed(charsAlnum, 31, "twitter-at"), Why: "access token"},
		{Text: "twitter.consumer_secret_v2: " + fakeMixed(charsAlnum, 50, "twitter-secret"), Secret: fakeMixed(charsAlnum, 50, "twitter-secret"), Why: "API secret"},
	},
	Negative: []Example{
		{Text: strings.Repeat("A", 40) + fakeMixed(charsAlnum, 90, "twitter-run"), Why: "a padding run longer than a token's"},
		{Text: "twitter handle " + fakeMixed(charsAlnum, 25, "twitter-2"), Why: "no key-value separator"},
		{Text: "TWITTER_CONSUMER=" + fakeMixed(charsAlnum, 26, "twitter-3"), Why: "26 bytes: no Twitter key has that length"},
	},
})

// linkedinSecret reads a current LinkedIn client secret after the
// keyword "WPL_AP": a version digit, '.', 16 bytes, '.' and 6 bytes of
// base64 with its padding.
func linkedinSecret(s string, at int, kw string) (int, int, bool) {
	if !boundaryBefore(s, at) {
		return 0, 0, false
	}
	i := at + len(kw)
	if i+2 > len(s) || !isDigit(s[i]) || s[i+1] != '.' {
		return 0, 0, false
	}
	j := span(s, i+2, setAlnum, 17)
	if j-i-2 != 16 || !hasAt(s, j, ".") {
		return 0, 0, false
	}
	end := span(s, j+1, setBase64Raw, 7)
	if end-j-1 != 6 {
		return 0, 0, false
	}
	for n := 0; n < 2 && hasAt(s, end, "="); n++ {
		end++
	}
	if end < len(s) && (isAlnum(s[end]) || s[end] == '=') {
		return 0, 0, false
	}
	return at, end, true
}

// linkedinKeys leave out the capitalized spellings, whose "Li" starts
// every "Linux".
var linkedinKeys = []string{"linkedin", "LINKEDIN", "linked_in", "LINKED_IN"}

var _ = register(Detector{
	ID:          "linkedin-client-secret",
	Description: "LinkedIn client secret: the WPL_AP1. form alone, or a legacy 16-byte secret after a key name holding linkedin",
	Category:    Secret,
	Keywords:    append([]string{"WPL_AP"}, linkedinKeys...),
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw == "WPL_AP" {
			return linkedinSecret(s, at, kw)
		}
		return keyed(nil, run(setAlnum, 16, 16))(s, at, kw)
	},
	Validate: func(m string) bool {
		if strings.HasPrefix(m, "WPL_AP") {
			return randomLooking(m[8:24])
		}
		return randomLooking(m)
	},
	Positive: []Example{
		{Text: "WPL_AP1." + fakeMixed(charsAlnum, 16, "linkedin") + "." + fake(charsBase64, 6, "linkedin") + "==", Why: "bare secret"},
		{Text: `clientSecret: "WPL_AP0.` + fakeMixed(charsAlnum, 16, "linkedin-2") + "." + fake(charsBase64, 6, "linkedin-2") + `=="`, Secret: "WPL_AP0." + fakeMixed(charsAlnum, 16, "linkedin-2") + "." + fake(charsBase64, 6, "linkedin-2") + "==", Why: "config"},
		{Text: "LINKEDIN_CLIENT=" + fakeMixed(charsAlnum, 16, "linkedin-3"), Secret: fakeMixed(charsAlnum, 16, "linkedin-3"), Why: "legacy secret after its key"},
	},
	Negative: []Example{
		{Text: "xWPL_AP1." + fakeMixed(charsAlnum, 16, "linkedin-7") + "." + fake(charsBase64, 6, "linkedin-7") + "==", Why: "prefix inside a word"},
		{Text: "secret starts with WPL_AP1.", Why: "the prefix alone"},
		{Text: "WPL_AP1.xxxxxxxxxxxxxxxx.xxxxxx==", Why: "a placeholder"},
		{Text: "WPL_AP1." + fakeMixed(charsAlnum, 15, "linkedin-4") + "." + fake(charsBase64, 6, "linkedin-4") + "==", Why: "middle part one byte short"},
		{Text: "WPL_AP1." + fakeMixed(charsAlnum, 16, "linkedin-5") + "." + fake(charsBase64, 7, "linkedin-5") + "==", Why: "last part one byte long"},
		{Text: "LINKEDIN_CLIENT_ID=" + fakeMixed(charsLowerNum, 14, "linkedin-6"), Why: "the public client ID"},
	},
})

var _ = register(keyedSecret(keyedSpec{
	id:    "twitch-api-token",
	desc:  "Twitch OAuth token or client secret (30 letters and digits, maybe after oauth:)",
	keys:  []string{"twitch"},
	body:  firstOf(literal("oauth:", run(setLowerNum, 30, 30)), run(setLowerNum, 30, 30)),
	value: func(seed string) string { return fakeMixed(charsLowerNum, 30, seed) },
}))

var (
	_ = register(token(tokenSpec{
		id:       "adobe-client-secret",
		desc:     "Adobe Developer Console client secret",
		prefixes: []string{"p8e-"},
		body:     setAlnum,
		chars:    charsAlnum,
		min:      32,
		max:      32,
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "adobe-client-id",
		desc:  "Adobe Developer Console client ID (32 hex digits), which the client secret comes with",
		keys:  []string{"adobe"},
		body:  run(setHex, 32, 32),
		valid: hexSecret,
		value: func(seed string) string { return fake(charsHex, 31, seed) + "a" },
	}))
	_ = register(token(tokenSpec{
		id:       "frameio-api-token",
		desc:     "Frame.io developer token",
		prefixes: []string{"fio-u-"},
		body:     newCharset("A-Za-z0-9_=-"),
		chars:    charsBase64URL,
		min:      64,
		max:      64,
	}))
	_ = register(token(tokenSpec{
		id:       "intra42-client-secret",
		desc:     "42 Intra OAuth application secret",
		prefixes: []string{"s-s4t2ud-", "s-s4t2af-"},
		body:     setHex,
		chars:    charsHex,
		min:      64,
		max:      64,
	}))
)
