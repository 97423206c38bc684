package patterns

// Banking data and crypto exchanges: Plaid (secrets and public tokens),
// Finicity, GoCardless, Coinbase, KuCoin, Kraken and Bittrex. Their API
// keys have no form of their own and rely on the key name in front of
// them; Plaid's public and link tokens have a distinctive prefix.

var _ = register(Detector{
	ID:          "plaid-public-token",
	Description: "Plaid public, link or processor token (public-sandbox-, link-production-, processor-development-... + UUID)",
	Category:    Secret,
	Keywords: []string{
		"public-production-", "public-development-", "public-sandbox-",
		"link-production-", "link-development-", "link-sandbox-",
		"processor-production-", "processor-development-", "processor-sandbox-",
	},
	Match:    prefixToken(newCharset("0-9a-f-"), 36, 36),
	Validate: func(m string) bool { return isUUID(m[len(m)-36:]) },
	Positive: []Example{
		{Text: "public-sandbox-" + fakeUUID("plaid-public"), Why: "public token"},
		{Text: "created link-production-" + fakeUUID("plaid-link") + " for item", Secret: "link-production-" + fakeUUID("plaid-link"), Why: "link token in a sentence"},
		{Text: "processor-development-" + fakeUUID("plaid-processor"), Why: "processor token"},
	},
	Negative: []Example{
		{Text: "public-sandbox-" + fakeUUID("plaid-public-3") + "0", Why: "one byte long"},
		{Text: "xpublic-sandbox-" + fakeUUID("plaid-public-4"), Why: "prefix inside a word"},
		{Text: "public-sandbox-00000000-0000-0000-0000-00000000000", Why: "a placeholder one byte short"},
		{Text: "public-sandbox-" + fakeUUID("plaid-public-2")[:35], Why: "one byte short"},
		{Text: "link-production-eu-west-1", Why: "a name"},
	},
})

var (
	_ = register(keyedSecret(keyedSpec{
		id:    "plaid-secret",
		desc:  "Plaid API secret (30 hex digits)",
		keys:  []string{"plaid"},
		hot:   []string{"plaid"},
		body:  run(setHex, 30, 30),
		valid: hexSecret,
		value: func(seed string) string { return fake(charsHex, 29, seed) + "a" },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "finicity-api-key",
		desc:  "Finicity partner secret (20 bytes) or app key (32 hex digits)",
		keys:  []string{"finicity"},
		hot:   []string{"finicity", "Finicity"},
		body:  firstOf(run(setHex, 32, 32), run(setAlnum, 20, 20)),
		value: func(seed string) string { return fakeMixed(charsAlnum, 20, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "gocardless-api-token",
		desc:  "GoCardless live or sandbox access token (live_, sandbox_)",
		keys:  []string{"gocardless"},
		hot:   []string{"gocardless"},
		body:  firstOf(literal("live_", run(setBase64URL, 40, 40)), literal("sandbox_", run(setBase64URL, 40, 40))),
		value: func(seed string) string { return "live_" + fakeMixed(charsBase64URL, 40, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "coinbase-api-key",
		desc:  "Coinbase API secret (32 bytes, or 64 of base64url)",
		keys:  []string{"coinbase"},
		hot:   []string{"Coinbase"},
		body:  firstOf(run(setBase64URL, 64, 64), run(setAlnum, 32, 32)),
		value: func(seed string) string { return fakeMixed(charsAlnum, 32, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "kucoin-api-key",
		desc:  "KuCoin API key (24 hex digits) or secret (a UUID)",
		keys:  []string{"kucoin"},
		body:  firstOf(uuidBody, run(setHex, 24, 24)),
		value: func(seed string) string { return fake(charsHex, 23, seed) + "a" },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "kraken-api-key",
		desc:  "Kraken API key (56 bytes) or private key (88 bytes of base64)",
		keys:  []string{"kraken"},
		body:  firstOf(run(newCharset("A-Za-z0-9+/="), 88, 88), run(newCharset("A-Za-z0-9+/="), 56, 56)),
		value: func(seed string) string { return fakeMixed(charsBase64, 86, seed) + "==" },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "bittrex-api-key",
		desc:  "Bittrex API key or secret (32 bytes)",
		keys:  []string{"bittrex"},
		hot:   []string{"bittrex"},
		body:  run(setAlnum, 32, 32),
		value: func(seed string) string { return fakeMixed(charsAlnum, 32, seed) },
	}))
)
