package patterns

import "strings"

// Payments and commerce: Stripe, Square, PayPal/Braintree, Shopify, Plaid,
// Flutterwave. The PayPal client secret relies on the key name in front of
// it; the rest have a distinctive prefix.

func stripeKey(id, what string, kws []string, min int) Detector {
	return Detector{
		ID:          id,
		Description: "Stripe " + what + " (" + strings.Join(kws, ", ") + ")",
		Category:    Secret,
		Keywords:    kws,
		Match:       prefixToken(setAlnum, min, 247),
		Validate:    func(m string) bool { return randomLooking(m[strings.LastIndexByte(m, '_')+1:]) },
		Positive: []Example{
			{Text: kws[0] + fake(charsAlnum, 99, id), Why: "bare key"},
			{Text: "stripe.New(" + kws[len(kws)-1] + fake(charsAlnum, 32, id+"-2") + ")", Secret: kws[len(kws)-1] + fake(charsAlnum, 32, id+"-2"), Why: "in code"},
		},
		Negative: []Example{
			{Text: kws[0] + "example", Why: "a placeholder word"},
			{Text: "ask_" + kws[0] + fake(charsAlnum, 24, id+"-word"), Why: "inside an identifier"},
		},
	}
}

var (
	_ = register(stripeKey("stripe-secret-key", "secret key", []string{"sk_live_", "sk_test_"}, 20))
	_ = register(stripeKey("stripe-restricted-key", "restricted key", []string{"rk_live_", "rk_test_"}, 20))
	_ = register(stripeKey("stripe-webhook-secret", "webhook signing secret", []string{"whsec_"}, 32))
)

var _ = register(Detector{
	ID:          "square-access-token",
	Description: "Square access token (EAAA, legacy sq0atp-)",
	Category:    Secret,
	Keywords:    []string{"EAAA", "sq0atp-"},
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw == "sq0atp-" {
			return prefixToken(setBase64URL, 22, 22)(s, at, kw)
		}
		return prefixToken(setBase64URL, 60, 60)(s, at, kw)
	},
	Validate: func(m string) bool { return randomLooking(m[4:]) },
	Positive: []Example{
		{Text: "EAAA" + fake(charsBase64URL, 59, "square") + "1", Why: "production token"},
		{Text: "sq0atp-" + fake(charsBase64URL, 21, "square-2") + "1", Why: "legacy token"},
	},
	Negative: []Example{
		{Text: "EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Why: "padding-like run"},
		{Text: "sq0atp-short", Why: "too short"},
	},
})

var _ = register(Detector{
	ID:          "square-oauth-secret",
	Description: "Square OAuth application secret (sq0csp-)",
	Category:    Secret,
	Keywords:    []string{"sq0csp-"},
	Match:       prefixToken(setBase64URL, 43, 43),
	Positive: []Example{
		{Text: "sq0csp-" + fake(charsBase64URL, 43, "square-csp"), Why: "bare secret"},
	},
	Negative: []Example{
		{Text: "sq0csp-" + fake(charsBase64URL, 12, "square-csp-short"), Why: "too short"},
	},
})

var _ = register(Detector{
	ID:          "braintree-access-token",
	Description: "PayPal Braintree access token (access_token$production$...)",
	Category:    Secret,
	Keywords:    []string{"access_token$production$", "access_token$sandbox$"},
	Match:       prefixToken(newCharset("0-9a-z$"), 49, 49),
	Validate: func(m string) bool {
		rest := m[strings.IndexByte(m, '$')+1:]
		rest = rest[strings.IndexByte(rest, '$')+1:]
		return len(rest) == 49 && rest[16] == '$'
	},
	Positive: []Example{
		{Text: "access_token$production$" + fake(charsLowerNum, 16, "braintree") + "$" + fake(charsHex, 32, "braintree"), Why: "production token"},
		{Text: "access_token$sandbox$" + fake(charsLowerNum, 16, "braintree-2") + "$" + fake(charsHex, 32, "braintree-2"), Why: "sandbox token"},
	},
	Negative: []Example{
		{Text: "access_token$production$" + fake(charsLowerNum, 49, "braintree-nodollar"), Why: "no separator before the secret part"},
	},
})

var _ = register(Detector{
	ID:          "paypal-client-secret",
	Description: "PayPal REST client secret after a key name that starts with paypal",
	Category:    Secret,
	Keywords:    []string{"paypal"},
	IgnoreCase:  true,
	Match:       keyed(nil, literal("E", run(setBase64URL, 79, 79))),
	Positive: []Example{
		{Text: "PAYPAL_CLIENT=E" + fake(charsBase64URL, 79, "paypal"), Secret: "E" + fake(charsBase64URL, 79, "paypal"), Why: "environment variable"},
	},
	Negative: []Example{
		{Text: "PAYPAL_CLIENT_ID=A" + fake(charsBase64URL, 79, "paypal-id"), Why: "the client ID is public"},
	},
})

func shopifyToken(id, prefix, what string) Detector {
	return Detector{
		ID:          id,
		Description: "Shopify " + what + " (" + prefix + ")",
		Category:    Secret,
		Keywords:    []string{prefix},
		Match:       prefixToken(setHexAny, 32, 32),
		Positive: []Example{
			{Text: prefix + fake(charsHex, 32, id), Why: "bare token"},
			{Text: "X-Shopify-Access: " + prefix + fake(charsHex, 32, id+"-2"), Secret: prefix + fake(charsHex, 32, id+"-2"), Why: "header value"},
		},
		Negative: []Example{
			{Text: prefix + fake(charsHex, 16, id+"-short"), Why: "too short"},
			{Text: prefix + "zz" + fake(charsHex, 30, id+"-nothex"), Why: "not hex"},
		},
	}
}

var (
	_ = register(shopifyToken("shopify-access-token", "shpat_", "Admin API access token"))
	_ = register(shopifyToken("shopify-shared-secret", "shpss_", "app shared secret"))
	_ = register(shopifyToken("shopify-custom-app-token", "shpca_", "custom app access token"))
	_ = register(shopifyToken("shopify-private-app-token", "shppa_", "private app access token"))
)

var _ = register(Detector{
	ID:          "plaid-access-token",
	Description: "Plaid access token (access-production-, access-development-, access-sandbox- + UUID)",
	Category:    Secret,
	Keywords:    []string{"access-production-", "access-development-", "access-sandbox-"},
	Match:       prefixToken(newCharset("0-9a-f-"), 36, 36),
	Validate:    func(m string) bool { return isUUID(m[len(m)-36:]) },
	Positive: []Example{
		{Text: "access-production-" + fakeUUID("plaid"), Why: "production token"},
		{Text: "exchanged for access-sandbox-" + fakeUUID("plaid-2"), Secret: "access-sandbox-" + fakeUUID("plaid-2"), Why: "sandbox token in a sentence"},
	},
	Negative: []Example{
		{Text: "access-production-cluster-eu", Why: "a name"},
	},
})

// flutterwaveKey declares a Flutterwave API key: a live or test prefix,
// 32 hex digits and "-X".
func flutterwaveKey(id, what, live, test string) Detector {
	return Detector{
		ID:          id,
		Description: "Flutterwave " + what + " (" + live + ", " + test + ")",
		Category:    Secret,
		Keywords:    []string{live, test},
		Match:       prefixToken(setAlnumDash, 34, 34),
		Validate: func(m string) bool {
			b := m[strings.IndexByte(m, '-')+1:]
			return len(b) == 34 && strings.HasSuffix(b, "-X") && allIn(b[:32], setHexAny) && randomLooking(b[:32])
		},
		Positive: []Example{
			{Text: live + fake(charsHex, 31, id) + "a-X", Why: "live key"},
			{Text: "FLW init " + test + fake(charsHex, 31, id+"-2") + "b-X ok", Secret: test + fake(charsHex, 31, id+"-2") + "b-X", Why: "test key in a sentence"},
		},
		Negative: []Example{
			{Text: live + fake(charsHex, 8, id+"-short"), Why: "too short"},
			{Text: live + fake(charsHex, 30, id+"-3") + "a-X", Why: "one byte short"},
			{Text: test + "your-test-secret-key-here-X", Why: "a placeholder"},
			{Text: live + fake(charsHex, 32, id+"-4") + "a-X", Why: "one byte long"},
			{Text: "X" + live + fake(charsHex, 31, id+"-5") + "a-X", Why: "prefix inside a word"},
			{Text: "prefix " + live + " is documented", Why: "the prefix alone"},
		},
	}
}

var (
	_ = register(flutterwaveKey("flutterwave-secret-key", "secret key", "FLWSECK-", "FLWSECK_TEST-"))
	_ = register(flutterwaveKey("flutterwave-public-key", "public key", "FLWPUBK-", "FLWPUBK_TEST-"))
)

var _ = register(Detector{
	ID:          "flutterwave-encryption-key",
	Description: "Flutterwave encryption key (FLWSECK or FLWSECK_TEST and 12 hex digits)",
	Category:    Secret,
	Keywords:    []string{"FLWSECK"},
	Match:       prefixToken(newCharset("A-Za-z0-9_-"), 12, 18),
	Validate: func(m string) bool {
		b := strings.TrimPrefix(strings.TrimPrefix(m[len("FLWSECK"):], "_TEST"), "-")
		return len(b) == 12 && allIn(b, setHexAny) && randomLooking(b)
	},
	Positive: []Example{
		{Text: "FLWSECK_TEST" + fake(charsHex, 11, "flw-enc") + "a", Why: "test encryption key"},
		{Text: "FLWSECK_TEST-" + fake(charsHex, 11, "flw-enc-4") + "c", Why: "test encryption key written with a dash"},
		{Text: "FLW_ENCRYPTION=FLWSECK" + fake(charsHex, 11, "flw-enc-2") + "b", Secret: "FLWSECK" + fake(charsHex, 11, "flw-enc-2") + "b", Why: "live encryption key"},
	},
	Negative: []Example{
		{Text: "FLWSECK_TEST" + fake(charsHex, 12, "flw-enc-5") + "a", Why: "one byte long"},
		{Text: "XFLWSECK_TEST" + fake(charsHex, 11, "flw-enc-6") + "a", Why: "prefix inside a word"},
		{Text: "prefix FLWSECK_TEST is documented", Why: "the prefix alone"},
		{Text: "FLWSECK_TEST" + fake(charsHex, 10, "flw-enc-3") + "a", Why: "one byte short"},
		{Text: "FLWSECK_TESTxxxxxxxxxxxx", Why: "a placeholder"},
	},
})
