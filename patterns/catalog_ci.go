package patterns

import "strings"

// CI/CD, deployment and code tooling: Harness, Octopus Deploy, TeamCity,
// Travis CI, Drone, Codecov, Jenkins, CircleCI (legacy), Infracost,
// Scalingo, SettleMint, Sourcegraph and OpenShift. Travis, Drone, Codecov,
// Jenkins and legacy CircleCI tokens have no form of their own and rely on
// the key name in front of them; the rest have a distinctive form.

// harnessBody checks "<account>.<token id>.<secret>" after "pat." or
// "sat.": 22, 24 and 20 bytes.
func harnessBody(b string) bool {
	parts := strings.Split(b, ".")
	return len(parts) == 3 && len(parts[0]) == 22 && len(parts[1]) == 24 && len(parts[2]) == 20 &&
		allIn(parts[1], setAlnum) && allIn(parts[2], setAlnum) && randomLooking(parts[2])
}

var _ = register(token(tokenSpec{
	id:       "harness-token",
	desc:     "Harness personal or service account token",
	prefixes: []string{"pat.", "sat."},
	body:     newCharset("A-Za-z0-9_.-"),
	min:      68,
	max:      68,
	valid:    harnessBody,
	example: func(seed string) string {
		return fake(charsBase64URL, 22, seed) + "." + fake(charsHex, 24, seed+"-id") + "." + fakeMixed(charsAlnum, 20, seed+"-secret")
	},
	chars: charsAlnum,
}))

var _ = register(token(tokenSpec{
	id:       "octopus-deploy-api-key",
	desc:     "Octopus Deploy API key",
	prefixes: []string{"API-"},
	body:     setUpperNum,
	chars:    charsUpperNum,
	min:      25,
	max:      32,
	// Base 36: a body of hex digits alone is an ID in a URL.
	valid: func(b string) bool { return randomLooking(b) && !allIn(b, setHexAny) },
}))

// teamcityHeader is the base64 of {"typ": "TCV2"}, which starts every
// TeamCity access token.
const teamcityHeader = "eyJ0eXAiOiAiVENWMiJ9."

var _ = register(Detector{
	ID:          "teamcity-token",
	Description: "JetBrains TeamCity access token (eyJ0eXAiOiAiVENWMiJ9.: base64 of {\"typ\": \"TCV2\"})",
	Category:    Secret,
	Keywords:    []string{teamcityHeader},
	Match: func(s string, at int, kw string) (int, int, bool) {
		if !boundaryBefore(s, at) {
			return 0, 0, false
		}
		id := span(s, at+len(kw), setBase64URL, 65)
		if n := id - at - len(kw); n < 20 || n > 64 || id >= len(s) || s[id] != '.' {
			return 0, 0, false
		}
		end := span(s, id+1, setBase64URL, 65)
		if n := end - id - 1; n < 40 || n > 64 || !boundaryAfter(s, end, setBase64URL) {
			return 0, 0, false
		}
		return at, end, true
	},
	Positive: []Example{
		{Text: teamcityHeader + fake(charsBase64URL, 36, "teamcity") + "." + fake(charsBase64URL, 48, "teamcity-2"), Why: "bare token"},
		{Text: "curl -H 'X-TC: " + teamcityHeader + fake(charsBase64URL, 36, "teamcity-3") + "." + fake(charsBase64URL, 48, "teamcity-4") + "' http://tc:8111/app/rest/builds", Secret: teamcityHeader + fake(charsBase64URL, 36, "teamcity-3") + "." + fake(charsBase64URL, 48, "teamcity-4"), Why: "request header"},
	},
	Negative: []Example{
		{Text: "x" + teamcityHeader + fake(charsBase64URL, 36, "teamcity-8") + "." + fake(charsBase64URL, 48, "teamcity-9"), Why: "prefix inside a word"},
		{Text: "header " + teamcityHeader + " only", Why: "the prefix alone"},
		{Text: teamcityHeader + fake(charsBase64URL, 36, "teamcity-5"), Why: "header and one part only"},
		{Text: teamcityHeader + fake(charsBase64URL, 36, "teamcity-6") + "." + fake(charsBase64URL, 20, "teamcity-7"), Why: "last part too short"},
	},
})

var (
	_ = register(keyedSecret(keyedSpec{
		id:    "travis-ci-token",
		desc:  "Travis CI API token (22 bytes)",
		keys:  []string{"travis"},
		hot:   []string{"TRAVIS"},
		body:  run(setBase64URL, 22, 22),
		value: func(seed string) string { return fakeMixed(charsAlnum, 22, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "drone-ci-token",
		desc:  "Drone CI personal token (32 bytes)",
		keys:  []string{"drone_", "drone-", "dronetoken", "droneci"},
		hot:   []string{"drone-", "dronetoken", "droneci"},
		body:  run(setAlnum, 32, 32),
		value: func(seed string) string { return fakeMixed(charsAlnum, 32, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "codecov-token",
		desc:  "Codecov upload token (a UUID) or API token (hex)",
		keys:  []string{"codecov"},
		hot:   []string{"codecov", "Codecov"},
		body:  firstOf(uuidBody, run(setAlnum, 32, 40)),
		value: fakeUUID,
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "jenkins-api-token",
		desc:  "Jenkins API token (11 and 32 hex digits, or 32 hex digits)",
		keys:  []string{"jenkins"},
		body:  firstOf(run(setHex, 34, 34), run(setHex, 32, 32)),
		valid: hexSecret,
		value: func(seed string) string { return "11" + fake(charsHex, 31, seed) + "a" },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "circleci-legacy-token",
		desc:  "CircleCI legacy personal or project token (40 hex digits)",
		keys:  []string{"circleci", "circle_token", "circle-token"},
		hot:   []string{"circleci"},
		body:  run(setHex, 40, 40),
		valid: hexSecret,
		value: func(seed string) string { return fake(charsHex, 39, seed) + "a" },
	}))
)

var (
	_ = register(notAfterDot(token(tokenSpec{
		id:       "infracost-api-key",
		desc:     "Infracost API key",
		prefixes: []string{"ico-"},
		body:     setAlnum,
		chars:    charsAlnum,
		min:      32,
		max:      32,
		valid:    mixedClasses,
	})))
	_ = register(token(tokenSpec{
		id:       "scalingo-api-token",
		desc:     "Scalingo API token",
		prefixes: []string{"tk-us-"},
		body:     setBase64URL,
		chars:    charsBase64URL,
		min:      48,
		max:      48,
	}))
	_ = register(anchoredOn("", token(tokenSpec{
		id:       "settlemint-token",
		desc:     "SettleMint personal, application or service access token",
		prefixes: []string{"sm_pat_", "sm_aat_", "sm_sat_"},
		body:     setAlnum,
		chars:    charsAlnum,
		min:      16,
		max:      16,
	}), "_pat_", "_aat_", "_sat_"))
	_ = register(withNextByte(token(tokenSpec{
		id:       "openshift-user-token",
		desc:     "OpenShift user or OAuth access token",
		prefixes: []string{"sha256~"},
		body:     setBase64URL,
		chars:    charsBase64URL,
		min:      43,
		max:      43,
	}), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"))
)

// sourcegraphBody checks the body after "sgp_" or "sgph_": 40 hex digits,
// after an instance identifier (16 hex digits, or "local") and '_' in
// current tokens.
func sourcegraphBody(b string) bool {
	switch {
	case len(b) == 57 && b[16] == '_' && allIn(b[:16], setHexAny):
		b = b[17:]
	case strings.HasPrefix(b, "local_"):
		b = b[6:]
	}
	return len(b) == 40 && allIn(b, setHexAny) && varied(b)
}

var _ = register(sourcegraphKeyed(withPositives(token(tokenSpec{
	id:       "sourcegraph-access-token",
	desc:     "Sourcegraph access token",
	prefixes: []string{"sgp_", "sgph_"},
	body:     setWord,
	min:      40,
	max:      57,
	valid:    sourcegraphBody,
	example: func(seed string) string {
		return fake(charsHex, 16, seed+"-instance") + "_" + fake(charsHex, 40, seed)
	},
	chars: charsHex,
}),
	Example{Text: "sgp_" + fake(charsHex, 40, "sourcegraph-old"), Why: "token without an instance identifier"},
	Example{Text: "SRC_ACCESS=sgp_local_" + fake(charsHex, 40, "sourcegraph-local"), Secret: "sgp_local_" + fake(charsHex, 40, "sourcegraph-local"), Why: "token of a local instance"},
)))

// sourcegraphKeyed extends d to the unprefixed tokens of older
// instances: 40 hex digits after a key name holding sourcegraph.
func sourcegraphKeyed(d Detector) Detector {
	prefixed, valid := d.Match, d.Validate
	names := []string{"sourcegraph", "SOURCEGRAPH", "Sourcegraph"}
	d.Keywords = append(d.Keywords, names...)
	d.Description = "Sourcegraph access token (sgp_, sgph_), or 40 hex digits after a key name holding sourcegraph"
	d.Match = func(s string, at int, kw string) (int, int, bool) {
		if strings.HasPrefix(kw, "sg") {
			return prefixed(s, at, kw)
		}
		return keyed(nil, run(setHexAny, 40, 40))(s, at, kw)
	}
	d.Validate = func(m string) bool {
		return valid(m) || len(m) == 40 && allIn(m, setHexAny) && randomLooking(m)
	}
	v := fake(charsHex, 39, "sourcegraph-keyed") + "a"
	d.Positive = append(d.Positive, Example{Text: "sourcegraph: " + v, Secret: v, Why: "unprefixed token after the vendor's name"})
	d.Negative = append(d.Negative, Example{Text: "sourcegraph commit " + v, Why: "a commit hash without a key-value separator"})
	return d
}

// notAfterDot keeps d from matching right after a '.', where its prefix
// is a file extension ("favicon.ico-<hash>.png").
func notAfterDot(d Detector) Detector {
	match := d.Match
	d.Match = func(s string, at int, kw string) (int, int, bool) {
		if at > 0 && s[at-1] == '.' {
			return 0, 0, false
		}
		return match(s, at, kw)
	}
	d.Negative = append(d.Negative, Example{Text: "GET /assets/video_box.ico-" + fake(charsHex, 32, d.ID+"-ext") + ".png 200", Why: "a file name with a content hash"})
	return d
}

// withNextByte makes d, declared by [token] with one prefix, wake on the
// prefix and each byte of chars a token may start its body with: the
// prefix's own rarest pair is one that hex IDs are full of ("a2" of
// "sha256~"), while '~' and a letter are rare together. A body that
// starts with a digit would anchor on that pair again, so chars leaves
// digits out and such tokens are found by their key names only.
func withNextByte(d Detector, chars string) Detector {
	prefix, match := d.Keywords[0], d.Match
	d.Keywords = nil
	for i := 0; i < len(chars); i++ {
		d.Keywords = append(d.Keywords, prefix+chars[i:i+1])
	}
	d.Match = func(s string, at int, kw string) (int, int, bool) {
		return match(s, at, prefix)
	}
	return d
}
