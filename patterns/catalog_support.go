package patterns

import (
	"encoding/base64"
	"strings"
)

// Customer messaging and support: Intercom, MessageBird, Sendbird,
// Zendesk, Mattermost and Freshdesk. Intercom access tokens have a
// distinctive form (the base64 of "tok:"); the other keys rely on the key
// name in front of them.

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
