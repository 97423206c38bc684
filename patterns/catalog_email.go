package patterns

import "strings"

// Email delivery services: SendGrid, Mailgun, Mailchimp, Postmark, Brevo.
// The Postmark server token is a bare UUID and relies on the key name in
// front of it.

var _ = register(Detector{
	ID:          "sendgrid-api-key",
	Description: "SendGrid API key (SG.)",
	Category:    Secret,
	Keywords:    []string{"SG."},
	Match:       prefixToken(newCharset("A-Za-z0-9_.-"), 66, 66),
	Validate: func(m string) bool {
		return m[3+22] == '.' && strings.Count(m, ".") == 2
	},
	Positive: []Example{
		{Text: "SG." + fake(charsBase64URL, 22, "sendgrid") + "." + fake(charsBase64URL, 43, "sendgrid-2"), Why: "bare key"},
		{Text: "mailer init key=SG." + fake(charsBase64URL, 22, "sendgrid-3") + "." + fake(charsBase64URL, 43, "sendgrid-4") + " ok", Secret: "SG." + fake(charsBase64URL, 22, "sendgrid-3") + "." + fake(charsBase64URL, 43, "sendgrid-4"), Why: "after a plain key"},
	},
	Negative: []Example{
		{Text: "SG." + fake(charsBase64URL, 66, "sendgrid-nodot"), Why: "no second dot"},
		{Text: "see docs at SG.example", Why: "too short"},
	},
})

var _ = register(Detector{
	ID:          "mailgun-api-key",
	Description: "Mailgun private API key (key- + 32 hex digits)",
	Category:    Secret,
	Keywords:    []string{"key-"},
	Match:       prefixToken(setHex, 32, 32),
	Positive: []Example{
		{Text: "key-" + fake(charsHex, 32, "mailgun"), Why: "bare key"},
		{Text: "mailgun: POST as api:key-" + fake(charsHex, 32, "mailgun-2") + " to https://api.mailgun.net/v3", Secret: "key-" + fake(charsHex, 32, "mailgun-2"), Why: "basic credentials"},
	},
	Negative: []Example{
		{Text: "monkey-" + fake(charsHex, 32, "mailgun-word"), Why: "inside a word"},
		{Text: "key-value store ready", Why: "ordinary words"},
		{Text: "key-" + fake(charsHex, 40, "mailgun-sha1"), Why: "a SHA-1 after key-"},
	},
})

var _ = register(Detector{
	ID:          "mailchimp-api-key",
	Description: "Mailchimp API key: 32 hex digits, then -us and the data center number",
	Category:    Secret,
	Keywords:    []string{"-us"},
	Match:       innerToken(setHex, 32, 32, 1, 2),
	Validate: func(m string) bool {
		dc := m[35:]
		return allIn(dc, setDigits)
	},
	Positive: []Example{
		{Text: fake(charsHex, 32, "mailchimp") + "-us21", Why: "bare key"},
		{Text: "mc client for " + fake(charsHex, 32, "mailchimp-2") + "-us6 ready", Secret: fake(charsHex, 32, "mailchimp-2") + "-us6", Why: "inside a sentence"},
	},
	Negative: []Example{
		{Text: fake(charsHex, 32, "mailchimp-md5") + "-useast", Why: "an MD5 sum before a region name"},
		{Text: "x-user-id: 42", Why: "a header name"},
	},
})

var _ = register(Detector{
	ID:          "postmark-server-token",
	Description: "Postmark server or account token (a UUID) after a key name that starts with postmark or X-Postmark",
	Category:    Secret,
	Keywords:    []string{"postmark"},
	IgnoreCase:  true,
	Match:       keyed(nil, uuidBody),
	Positive: []Example{
		{Text: "X-Postmark-Server-Token: " + fakeUUID("postmark"), Secret: fakeUUID("postmark"), Why: "request header"},
		{Text: "POSTMARK_API=" + fakeUUID("postmark-2"), Secret: fakeUUID("postmark-2"), Why: "environment variable"},
	},
	Negative: []Example{
		{Text: "postmark message id " + fakeUUID("postmark-3"), Why: "a message ID without a key-value separator"},
	},
})

var _ = register(Detector{
	ID:          "brevo-api-key",
	Description: "Brevo (Sendinblue) API key (xkeysib-)",
	Category:    Secret,
	Keywords:    []string{"xkeysib-", "xsmtpsib-"},
	Match:       prefixToken(setAlnumDash, 81, 81),
	Positive: []Example{
		{Text: "xkeysib-" + fake(charsHex, 64, "brevo") + "-" + fake(charsAlnum, 16, "brevo"), Why: "API key"},
		{Text: "xsmtpsib-" + fake(charsHex, 64, "brevo-smtp") + "-" + fake(charsAlnum, 16, "brevo-smtp"), Why: "SMTP key"},
	},
	Negative: []Example{
		{Text: "xkeysib-" + fake(charsHex, 20, "brevo-short"), Why: "too short"},
	},
})

var (
	_ = register(anchoredOn("mlsn", token(tokenSpec{
		id:       "mailersend-api-token",
		desc:     "MailerSend API token",
		prefixes: []string{"mlsn."},
		body:     setHex,
		chars:    charsHex,
		min:      64,
		max:      64,
	})))
	_ = register(token(tokenSpec{
		id:       "mailgun-public-key",
		desc:     "Mailgun public validation key",
		prefixes: []string{"pubkey-"},
		body:     setHex,
		chars:    charsHex,
		min:      32,
		max:      32,
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "sparkpost-api-key",
		desc:  "SparkPost API key (40 hex digits)",
		keys:  []string{"sparkpost"},
		body:  run(setHex, 40, 40),
		valid: hexSecret,
		value: func(seed string) string { return fake(charsHex, 39, seed) + "a" },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "mandrill-api-key",
		desc:  "Mailchimp Transactional (Mandrill) API key (md- and 22 bytes, or 22 bytes)",
		keys:  []string{"mandrill"},
		hot:   []string{"mandrill", "Mandrill"},
		body:  firstOf(literal("md-", run(setBase64URL, 22, 22)), run(setBase64URL, 22, 22)),
		value: func(seed string) string { return "md-" + fakeMixed(charsBase64URL, 22, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "mailjet-api-key",
		desc:  "Mailjet API key or secret (32 hex digits)",
		keys:  []string{"mailjet", "mj_apikey"},
		hot:   []string{"Mailjet"},
		body:  run(setHex, 32, 32),
		valid: hexSecret,
		value: func(seed string) string { return fake(charsHex, 31, seed) + "a" },
	}))
)
