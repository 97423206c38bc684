package patterns

import "strings"

// Productivity and content services: Linear, Notion, Asana, Figma,
// Contentful, Typeform, HubSpot, Mapbox, Dropbox. Asana tokens rely on the
// key name in front of them; the rest have a distinctive prefix.

var (
	_ = register(prefixed("linear-api-key", "Linear personal API key", "lin_api_", setAlnum, charsAlnum, 40))
	_ = register(prefixed("linear-oauth-token", "Linear OAuth access token", "lin_oauth_", setHex, charsHex, 64))
	_ = register(prefixed("figma-pat", "Figma personal access token", "figd_", setBase64URL, charsBase64URL, 40))
	_ = register(prefixed("contentful-pat", "Contentful personal access token", "CFPAT-", setBase64URL, charsBase64URL, 43))
)

var _ = register(Detector{
	ID:          "notion-token",
	Description: "Notion integration token (ntn_, legacy secret_)",
	Category:    Secret,
	Keywords:    []string{"ntn_", "secret_"},
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw == "ntn_" {
			return prefixToken(setAlnum, 46, 46)(s, at, kw)
		}
		return prefixToken(setAlnum, 43, 43)(s, at, kw)
	},
	Validate: randomLooking,
	Positive: []Example{
		{Text: "ntn_" + fake("0123456789", 11, "notion") + fake(charsAlnum, 35, "notion"), Why: "current token"},
		{Text: "notion client secret_" + fake(charsAlnum, 42, "notion-2") + "1 loaded", Secret: "secret_" + fake(charsAlnum, 42, "notion-2") + "1", Why: "legacy token"},
	},
	Negative: []Example{
		{Text: "secret_rotation_days=30", Why: "a setting name"},
		{Text: "client_secret_" + fake(charsAlnum, 43, "notion-3"), Why: "prefix inside an identifier"},
	},
})

// asanaBody reads "1/<user>:<hex>" or "2/<user>/<app>:<hex>".
func asanaBody(s string, i int) (int, bool) {
	if i >= len(s) || s[i] != '1' && s[i] != '2' {
		return 0, false
	}
	j := i + 1
	for part := 0; part < 2; part++ {
		if hasAt(s, j, `\/`) {
			j++
		}
		if !hasAt(s, j, "/") {
			break
		}
		k := span(s, j+1, setDigits, 21)
		if k-j-1 < 10 || k-j-1 > 20 {
			return 0, false
		}
		j = k
	}
	if j == i+1 || !hasAt(s, j, ":") {
		return 0, false
	}
	return run(setHex, 32, 32)(s, j+1)
}

var _ = register(Detector{
	ID:          "asana-pat",
	Description: "Asana personal access token (1/... or 2/...) after a key name that starts with asana",
	Category:    Secret,
	Keywords:    []string{"asana"},
	IgnoreCase:  true,
	Match:       keyed(nil, asanaBody),
	Positive: []Example{
		{Text: "ASANA_PAT=2/" + fake("0123456789", 16, "asana") + "/" + fake("0123456789", 16, "asana-2") + ":" + fake(charsHex, 32, "asana"), Secret: "2/" + fake("0123456789", 16, "asana") + "/" + fake("0123456789", 16, "asana-2") + ":" + fake(charsHex, 32, "asana"), Why: "environment variable"},
	},
	Negative: []Example{
		{Text: "asana task 1/" + fake("0123456789", 16, "asana-3"), Why: "a task path"},
	},
})

var _ = register(Detector{
	ID:          "typeform-pat",
	Description: "Typeform personal access token (tfp_)",
	Category:    Secret,
	Keywords:    []string{"tfp_"},
	Match:       prefixToken(setBase64URL, 40, 80),
	Validate:    func(m string) bool { return randomLooking(m[4:]) },
	Positive: []Example{
		{Text: "tfp_" + fake(charsBase64URL, 44, "typeform") + "_" + fake(charsAlnum, 14, "typeform") + "1", Why: "bare token"},
	},
	Negative: []Example{
		{Text: "tfp_short", Why: "too short"},
	},
})

var _ = register(Detector{
	ID:          "hubspot-private-app-token",
	Description: "HubSpot private app access token (pat-na1-, pat-eu1-)",
	Category:    Secret,
	Keywords:    []string{"pat-na1-", "pat-na2-", "pat-eu1-", "pat-ap1-"},
	Match:       prefixToken(newCharset("0-9a-f-"), 36, 36),
	Validate:    func(m string) bool { return isUUID(m[8:]) },
	Positive: []Example{
		{Text: "pat-na1-" + fakeUUID("hubspot"), Why: "bare token"},
	},
	Negative: []Example{
		{Text: "pat-na1-" + fake(charsHex, 36, "hubspot-flat"), Why: "not a UUID after the prefix"},
	},
})

var _ = register(Detector{
	ID:          "mapbox-secret-token",
	Description: "Mapbox secret access token (sk.eyJ)",
	Category:    Secret,
	Keywords:    []string{"sk.eyJ"},
	Match:       prefixToken(newCharset("A-Za-z0-9_.-"), 60, 400),
	Positive: []Example{
		{Text: "sk.eyJ" + fake(charsBase64URL, 60, "mapbox") + "." + fake(charsBase64URL, 22, "mapbox"), Why: "bare token"},
	},
	Negative: []Example{
		{Text: "task.eyJ" + fake(charsBase64URL, 60, "mapbox-word"), Why: "prefix inside a word"},
	},
})

var _ = register(Detector{
	ID:          "dropbox-access-token",
	Description: "Dropbox short-lived access token (sl.)",
	Category:    Secret,
	Keywords:    []string{"sl."},
	Match:       prefixToken(newCharset("A-Za-z0-9_.-"), 130, 1400),
	Validate:    func(m string) bool { return randomLooking(m[3:]) },
	Positive: []Example{
		{Text: "sl." + fake(charsBase64URL, 138, "dropbox") + "1", Why: "bare token"},
	},
	Negative: []Example{
		{Text: "sl.example.com", Why: "a host name"},
		{Text: "tsl." + fake(charsBase64URL, 139, "dropbox-word"), Why: "inside a word"},
	},
})

var _ = register(Detector{
	ID:          "mapbox-access-token",
	Description: "Mapbox public or temporary access token (pk.eyJ, tk.eyJ)",
	Category:    Secret,
	Keywords:    []string{"pk.eyJ", "tk.eyJ"},
	Match:       prefixToken(newCharset("A-Za-z0-9_.-"), 60, 400),
	Validate:    func(m string) bool { return strings.Count(m, ".") == 2 },
	Positive: []Example{
		{Text: "pk.eyJ" + fake(charsBase64URL, 60, "mapbox-pk") + "." + fake(charsBase64URL, 22, "mapbox-pk"), Why: "public token"},
		{Text: "tiles?access=tk.eyJ" + fake(charsBase64URL, 80, "mapbox-tk") + "." + fake(charsBase64URL, 22, "mapbox-tk") + "&v=1", Secret: "tk.eyJ" + fake(charsBase64URL, 80, "mapbox-tk") + "." + fake(charsBase64URL, 22, "mapbox-tk"), Why: "temporary token in a URL"},
	},
	Negative: []Example{
		{Text: "pk.eyJ" + fake(charsBase64URL, 20, "mapbox-pk-3") + "." + fake(charsBase64URL, 22, "mapbox-pk-3"), Why: "too short"},
		{Text: "token prefix pk.eyJ", Why: "the prefix alone"},
		{Text: "pk.eyJ" + fake(charsBase64URL, 80, "mapbox-pk-2"), Why: "no signature part"},
		{Text: "desk.eyJ" + fake(charsBase64URL, 60, "mapbox-word") + "." + fake(charsBase64URL, 22, "mapbox-word"), Why: "prefix inside a word"},
	},
})

var (
	_ = register(keyedSecret(keyedSpec{
		id:    "asana-client-secret",
		desc:  "Asana OAuth client secret (32 bytes)",
		keys:  []string{"asana"},
		hot:   []string{"asana", "ASANA"},
		body:  run(setAlnum, 32, 32),
		value: func(seed string) string { return fakeMixed(charsAlnum, 32, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "hubspot-api-key",
		desc:  "HubSpot legacy API key (a UUID)",
		keys:  []string{"hubspot", "hapikey"},
		body:  uuidBody,
		value: fakeUUID,
	}))
)
