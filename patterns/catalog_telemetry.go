package patterns

// Product analytics, logs and error tracking: Axiom, PostHog, Sumo Logic,
// Rollbar, Bugsnag and Logz.io. Axiom and PostHog keys have a distinctive
// prefix; the rest rely on the key name in front of them.

var (
	_ = register(token(tokenSpec{
		id:       "axiom-token",
		desc:     "Axiom API or personal token",
		prefixes: []string{"xaat-", "xapt-"},
		body:     newCharset("0-9a-f-"),
		min:      36,
		max:      36,
		valid:    isUUID,
		example:  fakeUUID,
		chars:    charsHex,
	}))
	_ = register(token(tokenSpec{
		id:       "posthog-personal-api-key",
		desc:     "PostHog personal API key",
		prefixes: []string{"phx_"},
		body:     setAlnum,
		chars:    charsAlnum,
		min:      40,
		max:      60,
		valid:    mixedClasses,
	}))
)

var (
	_ = register(keyedSecret(keyedSpec{
		id:    "sumologic-access-key",
		desc:  "Sumo Logic access ID (su + 12 bytes) or access key (64 bytes)",
		keys:  []string{"sumo"},
		hot:   []string{"sumo", "Sumo"},
		body:  firstOf(run(setAlnum, 64, 64), literal("su", run(setAlnum, 12, 12))),
		value: func(seed string) string { return fakeMixed(charsAlnum, 64, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "rollbar-access-token",
		desc:  "Rollbar project or account access token (32 hex digits)",
		keys:  []string{"rollbar"},
		body:  run(setHex, 32, 32),
		valid: hexSecret,
		value: func(seed string) string { return fake(charsHex, 31, seed) + "a" },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "bugsnag-api-key",
		desc:  "Bugsnag notifier or auth token (32 hex digits)",
		keys:  []string{"bugsnag"},
		body:  run(setHex, 32, 32),
		valid: hexSecret,
		value: func(seed string) string { return fake(charsHex, 31, seed) + "a" },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "logzio-token",
		desc:  "Logz.io shipping or API token (32 bytes, or a UUID)",
		keys:  []string{"logzio", "logz_", "logz-"},
		body:  firstOf(uuidBody, run(setAlnum, 32, 32)),
		value: func(seed string) string { return fakeMixed(charsAlnum, 32, seed) },
	}))
)
