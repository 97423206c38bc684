package patterns

import (
	"encoding/base64"
	"strings"
)

// Customer messaging and support: Twilio, Intercom, MessageBird,
// Sendbird, Zendesk, Mattermost and Freshdesk. Twilio API key SIDs and
// Intercom access tokens have a distinctive form; the Twilio auth token is
// found next to its account SID or after its key name, and the other keys
// rely on the key name in front of them.

// intercomPrefix is the base64 of "tok" and the first bits of ':', which
// start every Intercom access token ("tok:...").
const intercomPrefix = "dG9rO"

var _ = register(Detector{
	ID:          "intercom-access-token",
	Description: "Intercom access token (dG9rO: base64 of \"tok:\")",
	Category:    Secret,
	Keywords:    []string{intercomPrefix},
	Match:       prefixToken(newCharset("A-Za-z0-9+/="), 30, 120),
	Validate: func(m string) bool {
		b, err := base64.StdEncoding.DecodeString(m)
		if err != nil {
			b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(m, "="))
		}
		return err == nil && len(b) >= 24 && strings.HasPrefix(string(b), "tok:") && strings.Count(string(b), ":") >= 2
	},
	Positive: []Example{
		{Text: fakeIntercomToken("intercom"), Why: "bare token"},
		{Text: "intercom client init " + fakeIntercomToken("intercom-2") + " failed", Secret: fakeIntercomToken("intercom-2"), Why: "inside a sentence"},
	},
	Negative: []Example{
		{Text: "x" + fakeIntercomToken("intercom-4"), Why: "prefix inside a word"},
		{Text: "prefix " + intercomPrefix + " is documented", Why: "the prefix alone"},
		{Text: base64.StdEncoding.EncodeToString([]byte("tok:short")), Why: "too short"},
		{Text: intercomPrefix + fake(charsAlnum, 50, "intercom-3"), Why: "does not decode to a token"},
	},
})

func fakeIntercomToken(seed string) string {
	u := strings.ReplaceAll(fakeUUID(seed), "-", "_")
	return base64.StdEncoding.EncodeToString([]byte("tok:" + u + ":1:0"))
}

var (
	_ = register(keyedSecret(keyedSpec{
		id:    "messagebird-api-key",
		desc:  "MessageBird (Bird) API access key (25 bytes)",
		keys:  []string{"messagebird", "message_bird", "message-bird"},
		hot:   []string{"messagebird", "message-bird"},
		body:  run(setAlnum, 25, 25),
		value: func(seed string) string { return fakeMixed(charsAlnum, 25, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "sendbird-api-token",
		desc:  "Sendbird API token (40 hex digits)",
		keys:  []string{"sendbird"},
		hot:   []string{"sendbird", "Sendbird"},
		body:  run(setHex, 40, 40),
		valid: hexSecret,
		value: func(seed string) string { return fake(charsHex, 39, seed) + "a" },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "zendesk-api-token",
		desc:  "Zendesk API token (40 bytes)",
		keys:  []string{"zendesk"},
		hot:   []string{"zendesk"},
		body:  run(setAlnum, 40, 40),
		value: func(seed string) string { return fakeMixed(charsAlnum, 40, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "mattermost-access-token",
		desc:  "Mattermost personal access or bot token (26 letters and digits)",
		keys:  []string{"mattermost"},
		hot:   []string{"mattermost", "Mattermost"},
		body:  run(setLowerNum, 26, 26),
		value: func(seed string) string { return fakeMixed(charsLowerNum, 26, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "freshdesk-api-key",
		desc:  "Freshdesk API key (20 bytes)",
		keys:  []string{"freshdesk"},
		hot:   []string{"freshdesk"},
		body:  run(setAlnum, 20, 20),
		value: func(seed string) string { return fakeMixed(charsAlnum, 20, seed) },
	}))
)

var twilioKeyNames = []string{"twilio", "TWILIO", "Twilio"}

// twilioSIDKeywords are "AC", which starts an account SID, after the
// bytes that come before a value: one keyword for each of them rather
// than one for each hex digit after "AC", because every mask's
// "[REDACTED" holds "AC" and each keyword costs a comparison there.
func twilioSIDKeywords() []string {
	var kws []string
	for _, c := range " \"=:/," {
		kws = append(kws, string(c)+"AC")
	}
	return kws
}

// twilioTokenNearSID finds an auth token next to its account SID, with
// nothing or a key about authentication between them: "AC...:token",
// "AccountSid=AC... AuthToken=...".
var twilioTokenNearSID = pairSecret(pairSpec{
	id: func(s string, at int, kw string) (int, int, bool) {
		// The keyword is the byte before the SID and "AC".
		start, end, ok := prefixToken(setHex, 32, 32)(s, at+1, "AC")
		return start, end, ok
	},
	set:   setHex,
	min:   32,
	max:   32,
	valid: hexSecret,
	key:   tailHas("auth", "token", "secret", "pass", "key"),
})

var _ = register(Detector{
	ID:          "twilio-api-key",
	Description: "Twilio API key SID (SK + 32 hex digits); its secret is under a key name",
	Category:    Secret,
	Keywords:    []string{"SK0", "SK1", "SK2", "SK3", "SK4", "SK5", "SK6", "SK7", "SK8", "SK9", "SKa", "SKb", "SKc", "SKd", "SKe", "SKf"},
	Match:       prefixToken(setHex, 31, 31),
	Positive: []Example{
		{Text: "SK" + fake(charsHex, 31, "twilio-sk") + "a", Why: "bare SID"},
	},
	Negative: []Example{
		{Text: "SKU" + fake(charsHex, 31, "twilio-sku"), Why: "a product SKU"},
		{Text: "SK" + fake(charsHex, 20, "twilio-short"), Why: "too short"},
	},
})

var _ = register(Detector{
	ID:          "twilio-auth-token",
	Description: "Twilio auth token (32 hex digits) after a key name that starts with twilio, or next to its account SID",
	Category:    Secret,
	Keywords:    append(twilioSIDKeywords(), twilioKeyNames...),
	Match: func(s string, at int, kw string) (int, int, bool) {
		if strings.HasSuffix(kw, "AC") {
			return twilioTokenNearSID(s, at, kw)
		}
		return keyed(nil, run(setHex, 32, 32))(s, at, kw)
	},
	Positive: []Example{
		{Text: "TWILIO_AUTH=" + fake(charsHex, 32, "twilio-auth"), Secret: fake(charsHex, 32, "twilio-auth"), Why: "environment variable"},
		{Text: `twilio.authToken: ` + fake(charsHex, 32, "twilio-auth-2"), Secret: fake(charsHex, 32, "twilio-auth-2"), Why: "YAML-ish config"},
		{Text: "twilio client AC" + fake(charsHex, 32, "twilio-sid") + ":" + fake(charsHex, 31, "twilio-auth-3") + "a ready", Secret: fake(charsHex, 31, "twilio-auth-3") + "a", Why: "SID:token"},
		{Text: "AccountSid=AC" + fake(charsHex, 32, "twilio-sid-2") + " AuthCode=" + fake(charsHex, 31, "twilio-auth-4") + "b", Secret: fake(charsHex, 31, "twilio-auth-4") + "b", Why: "SID and token as key-value pairs"},
	},
	Negative: []Example{
		{Text: "twilio_account=AC" + fake(charsHex, 32, "twilio-ac"), Why: "the account SID is an identifier"},
		{Text: "twilio request id " + fake(charsHex, 32, "twilio-req"), Why: "no key-value separator"},
		{Text: "account=AC" + fake(charsHex, 32, "twilio-sid-3") + " trace_id=" + fake(charsHex, 32, "twilio-trace"), Why: "a trace ID next to the SID"},
	},
})
