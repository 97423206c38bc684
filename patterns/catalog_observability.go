package patterns

import "strings"

// Monitoring and observability: Sentry, Datadog, New Relic, Grafana,
// Dynatrace, Honeycomb, Splunk, PagerDuty. Datadog keys and PagerDuty
// tokens rely on the key name in front of them, Splunk HEC tokens on their
// header scheme; the rest have a distinctive form.

var _ = register(Detector{
	ID:          "sentry-dsn",
	Description: "Sentry DSN: the <key>@<host>/<project> part of https://<key>@<org>.ingest.sentry.io/<project>",
	Category:    Secret,
	Keywords:    []string{"sentry.io", "@sentry."},
	// The host and project are redacted with the key so that the whole
	// DSN, not only the part that looks like an email address, is named.
	Match: sentryDSN,
	Positive: []Example{
		{Text: "sentry init https://" + fake(charsHex, 32, "sentry") + "@o123456.ingest.us.sentry.io/4505", Secret: fake(charsHex, 32, "sentry") + "@o123456.ingest.us.sentry.io/4505", Why: "SaaS DSN"},
		{Text: `{"msg":"sentry at https:\/\/` + fake(charsHex, 32, "sentry-2") + `@sentry.internal.example:9000\/3"}`, Secret: fake(charsHex, 32, "sentry-2") + `@sentry.internal.example:9000\/3`, Why: "self-hosted DSN in escaped JSON text"},
	},
	Negative: []Example{
		{Text: "see https://docs.sentry.io/platforms/go/", Why: "documentation link"},
	},
})

var (
	setHostChars = newCharset("A-Za-z0-9.-")
	sentryKey    = newCharset("0-9a-f:")
)

// sentryDSN matches <key>@<host>/<project> of a DSN whose host holds the
// keyword, after "//" (or "\/\/").
func sentryDSN(s string, at int, kw string) (int, int, bool) {
	a := at // the '@'
	if kw != "@sentry." {
		for a > 0 && at-a < 255 && setHostChars[s[a-1]] {
			a--
		}
		a--
		if a < 0 || s[a] != '@' {
			return 0, 0, false
		}
	}
	k := a
	for k > 0 && a-k < 66 && sentryKey[s[k-1]] {
		k--
	}
	if n := a - k; n != 32 && n != 65 || !(hasAt(s, k-2, "//") || hasAt(s, k-4, `\/\/`)) {
		return 0, 0, false
	}
	end := span(s, a+1, setHostChars, 256)
	if end < len(s) && s[end] == ':' {
		end = span(s, end+1, setDigits, 6)
	}
	if hasAt(s, end, `\/`) {
		end++
	}
	if !hasAt(s, end, "/") {
		return 0, 0, false
	}
	p := span(s, end+1, setDigits, 20)
	if p == end+1 {
		return 0, 0, false
	}
	return k, p, true
}

var (
	_ = register(prefixed("sentry-user-token", "Sentry user auth token", "sntryu_", setHex, charsHex, 64))
)

var _ = register(Detector{
	ID:          "sentry-org-token",
	Description: "Sentry organization auth token (sntrys_)",
	Category:    Secret,
	Keywords:    []string{"sntrys_"},
	Match:       prefixToken(newCharset("A-Za-z0-9+/=_"), 80, 400),
	Positive: []Example{
		{Text: "sntrys_eyJ" + fake(charsBase64, 150, "sentry-org") + "_" + fake(charsBase64, 43, "sentry-org"), Why: "bare token"},
	},
	Negative: []Example{
		{Text: "sntrys_short", Why: "too short"},
	},
})

var datadogKeyNames = []string{"datadog", "dd_api_key", "dd-api-key", "dd_app_key", "dd-app-key", "dd_application_key", "dd-application-key"}

func datadogKey(id, what string, body bodyFunc, value string) Detector {
	return Detector{
		ID:          id,
		Description: "Datadog " + what + " after a key name such as DD_API_KEY or DD-APPLICATION-KEY",
		Category:    Secret,
		Keywords:    datadogKeyNames,
		IgnoreCase:  true,
		Match:       keyed(nil, body),
		Validate:    randomLooking,
		Positive: []Example{
			{Text: "DATADOG_KEY=" + value, Secret: value, Why: "environment variable"},
			{Text: "-H 'DD-APPLICATION-KEY: " + value + "'", Secret: value, Why: "request header"},
		},
		Negative: []Example{
			{Text: "datadog trace id " + value, Why: "no key-value separator"},
		},
	}
}

var (
	_ = register(datadogKey("datadog-api-key", "API key (32 hex digits)", run(setHex, 32, 32), fake(charsHex, 31, "datadog")+"a"))
	_ = register(datadogKey("datadog-app-key", "application key (40 hex digits)", run(setHex, 40, 40), fake(charsHex, 39, "datadog-app")+"a"))
)

// New Relic keys by kind. User and admin keys are issued in upper case
// and accepted in any, so their bodies take both.
var (
	_ = register(token(tokenSpec{id: "newrelic-user-api-key", desc: "New Relic user API key", prefixes: []string{"NRAK-"}, body: setAlnum, chars: charsUpperNum, min: 27, max: 27}))
	_ = register(token(tokenSpec{id: "newrelic-admin-api-key", desc: "New Relic admin API key", prefixes: []string{"NRAA-"}, body: setAlnum, chars: charsUpperNum, min: 27, max: 27}))
	_ = register(prefixed("newrelic-insert-key", "New Relic insert key", "NRII-", setBase64URL, charsBase64URL, 32))
	_ = register(token(tokenSpec{id: "newrelic-query-key", desc: "New Relic Insights query key", prefixes: []string{"NRIQ-"}, body: setBase64URL, chars: charsBase64URL, min: 32, max: 32}))
	_ = register(prefixed("newrelic-rest-api-key", "New Relic REST API key", "NRRA-", setHexAny, charsHex, 42))
	_ = register(token(tokenSpec{id: "newrelic-browser-key", desc: "New Relic browser application key", prefixes: []string{"NRJS-"}, body: setHexAny, chars: charsHex, min: 19, max: 19}))
)

// newrelicLicenseKey checks the 36 bytes before "NRAL": hex digits, or
// "eu01xx" and hex digits in keys of the EU region.
func newrelicLicenseKey(m string) bool {
	b := m[:36]
	if len(b) > 6 && (b[:6] == "eu01xx" || b[:6] == "EU01XX") {
		b = b[6:]
	}
	return allIn(b, setHexAny) && randomLooking(b)
}

var _ = register(Detector{
	ID:          "newrelic-license-key",
	Description: "New Relic ingest license key (36 hex digits, or eu01xx and 30, then NRAL)",
	Category:    Secret,
	Keywords:    []string{"NRAL"},
	Match:       innerToken(newCharset("0-9a-fA-FuxUX"), 36, 36, 0, 0),
	Validate:    newrelicLicenseKey,
	Positive: []Example{
		{Text: fake(charsHex, 35, "newrelic-license") + "aNRAL", Why: "bare key"},
		{Text: "license_key: " + fake(charsHex, 35, "newrelic-license-2") + "bNRAL", Secret: fake(charsHex, 35, "newrelic-license-2") + "bNRAL", Why: "agent config"},
		{Text: "NEW_RELIC_LICENSE=eu01xx" + fake(charsHex, 29, "newrelic-license-eu") + "cNRAL", Secret: "eu01xx" + fake(charsHex, 29, "newrelic-license-eu") + "cNRAL", Why: "EU region key"},
		{Text: strings.ToUpper(fake(charsHex, 35, "newrelic-license-4")) + "DNRAL", Why: "upper-case key"},
	},
	Negative: []Example{
		{Text: "NRAL" + fake(charsHex, 36, "newrelic-license-3"), Why: "marker at the wrong end"},
		{Text: fake(charsHex, 34, "newrelic-license-5") + "eNRAL", Why: "one byte short"},
		{Text: "ux" + fake(charsHex, 34, "newrelic-license-6") + "NRAL", Why: "not hex, not an EU key"},
	},
})

var _ = register(Detector{
	ID:          "grafana-cloud-token",
	Description: "Grafana Cloud access policy token (glc_)",
	Category:    Secret,
	Keywords:    []string{"glc_"},
	Match:       prefixToken(newCharset("A-Za-z0-9+/="), 32, 400),
	Positive: []Example{
		{Text: "glc_eyJ" + fake(charsBase64, 120, "grafana-cloud") + "==", Why: "bare token"},
	},
	Negative: []Example{
		{Text: "glc_short", Why: "too short"},
	},
})

var _ = register(Detector{
	ID:          "grafana-service-account-token",
	Description: "Grafana service account token (glsa_)",
	Category:    Secret,
	Keywords:    []string{"glsa_"},
	Match:       prefixToken(setWord, 41, 41),
	Validate:    func(m string) bool { return m[5+32] == '_' },
	Positive: []Example{
		{Text: "glsa_" + fake(charsAlnum, 32, "grafana-sa") + "_" + fake(charsHex, 8, "grafana-sa"), Why: "bare token"},
	},
	Negative: []Example{
		{Text: "glsa_" + fake(charsAlnum, 41, "grafana-sa-flat"), Why: "no checksum separator"},
	},
})

var _ = register(Detector{
	ID:          "grafana-api-key",
	Description: "Grafana legacy API key (eyJrIjoi: base64 of {\"k\":\")",
	Category:    Secret,
	Keywords:    []string{"eyJrIjoi"},
	Match:       prefixToken(newCharset("A-Za-z0-9+/="), 60, 400),
	Positive: []Example{
		{Text: "eyJrIjoi" + fake(charsBase64, 90, "grafana-key") + "=", Why: "bare key"},
	},
	Negative: []Example{
		{Text: "eyJrIjoi" + fake(charsBase64, 10, "grafana-key-short"), Why: "too short"},
	},
})

var _ = register(Detector{
	ID:          "dynatrace-token",
	Description: "Dynatrace API token (dt0c01.)",
	Category:    Secret,
	Keywords:    []string{"dt0c01."},
	// Issued in upper case; a token written in lower case is the same token.
	Match:    prefixToken(newCharset("A-Za-z0-9."), 89, 89),
	Validate: func(m string) bool { return m[7+24] == '.' && strings.Count(m, ".") == 2 },
	Positive: []Example{
		{Text: "dt0c01." + fake(charsUpperNum, 24, "dynatrace") + "." + fake(charsUpperNum, 64, "dynatrace"), Why: "bare token"},
		{Text: "DT_TOKEN_ID=dt0c01." + strings.ToLower(fake(charsUpperNum, 24, "dynatrace-2")+"."+fake(charsUpperNum, 64, "dynatrace-2")), Secret: "dt0c01." + strings.ToLower(fake(charsUpperNum, 24, "dynatrace-2")+"."+fake(charsUpperNum, 64, "dynatrace-2")), Why: "written in lower case"},
	},
	Negative: []Example{
		{Text: "dt0c01." + fake(charsUpperNum, 89, "dynatrace-flat"), Why: "no second dot"},
	},
})

var _ = register(Detector{
	ID:          "honeycomb-api-key",
	Description: "Honeycomb ingest key (hcaik_, hcxik_)",
	Category:    Secret,
	Keywords:    []string{"hcaik_", "hcxik_"},
	Match:       prefixToken(setAlnum, 50, 70),
	Positive: []Example{
		{Text: "hcaik_01" + fake(charsLowerNum, 56, "honeycomb"), Why: "bare key"},
	},
	Negative: []Example{
		{Text: "hcaik_" + fake(charsLowerNum, 10, "honeycomb-short"), Why: "too short"},
	},
})

var _ = register(Detector{
	ID:          "splunk-hec-token",
	Description: "Splunk HTTP Event Collector token after its Splunk authorization scheme",
	Category:    Secret,
	Keywords:    []string{"Splunk "},
	Match:       scheme(uuidBody),
	Positive: []Example{
		{Text: "map[Authorization:[Splunk " + fakeUUID("splunk") + "] Content-Type:[application/json]]", Secret: fakeUUID("splunk"), Why: "Go http.Header dump"},
	},
	Negative: []Example{
		{Text: "Splunk forwarder " + fakeUUID("splunk-2")[:8] + " started", Why: "a product name"},
	},
})

var _ = register(Detector{
	ID:          "pagerduty-api-token",
	Description: "PagerDuty REST API or user token after a key name that starts with pagerduty",
	Category:    Secret,
	Keywords:    []string{"pagerduty"},
	IgnoreCase:  true,
	Match:       keyed(nil, firstOf(literal("u+", run(newCharset("A-Za-z0-9_+-"), 20, 20)), run(newCharset("A-Za-z0-9_+-"), 20, 20))),
	Validate:    randomLooking,
	Positive: []Example{
		{Text: "PAGERDUTY_API=u+" + fake(charsBase64URL, 19, "pagerduty") + "1", Secret: "u+" + fake(charsBase64URL, 19, "pagerduty") + "1", Why: "user token"},
	},
	Negative: []Example{
		{Text: "pagerduty_service=checkout-frontend-prod", Why: "a service name"},
	},
})

var _ = register(keyedSecret(keyedSpec{
	id:    "sentry-legacy-auth-token",
	desc:  "Sentry auth token of the form before sntryu_ (64 hex digits)",
	keys:  []string{"sentry"},
	hot:   []string{"sentry", "Sentry"},
	body:  run(setHex, 64, 64),
	valid: hexSecret,
	value: func(seed string) string { return fake(charsHex, 63, seed) + "a" },
}))
