package patterns

import (
	"encoding/base64"
	"strings"
)

// Chat: Slack, Discord, Telegram and Microsoft Teams. Discord client
// secrets rely on the key name in front of them, Telegram tokens of other
// forms than BotFather's on the word telegram near them, and workflow
// webhook signatures on their trigger URL; the rest have a distinctive
// prefix or structure.

var setAlnumDash = newCharset("A-Za-z0-9-")

// slackBody accepts the body of a Slack token, which starts with a numeric
// team or app ID: "xoxb-" + "1234-5678-abc...".
func slackBody(kw string) func(string) bool {
	return func(m string) bool {
		b := m[len(kw):]
		i := 0
		for i < len(b) && isDigit(b[i]) {
			i++
		}
		return i > 0 && i < len(b) && b[i] == '-'
	}
}

func slackToken(id, what string, kws []string, ex func(seed string) string) Detector {
	return Detector{
		ID:          id,
		Description: "Slack " + what + " (" + strings.Join(kws, ", ") + ")",
		Category:    Secret,
		Keywords:    kws,
		Match:       prefixToken(setAlnumDash, 20, 300),
		Validate: func(m string) bool {
			for _, k := range kws {
				if strings.HasPrefix(m, k) {
					return slackBody(k)(m)
				}
			}
			return false
		},
		Positive: []Example{
			{Text: kws[0] + ex(id), Why: "bare token"},
			{Text: "slack: posting with " + kws[0] + ex(id+"-2") + " failed", Secret: kws[0] + ex(id+"-2"), Why: "inside a sentence"},
		},
		Negative: []Example{
			{Text: kws[0] + "abc-def-ghi-jkl-mno-pqr", Why: "no numeric ID after the prefix"},
			{Text: kws[0] + "123", Why: "too short"},
		},
	}
}

func slackIDs(seed string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(fake("0123456789", 12, seed+string(rune('a'+i))))
		b.WriteByte('-')
	}
	return b.String()
}

var (
	_ = register(slackToken("slack-bot-token", "bot token", []string{"xoxb-"}, func(seed string) string {
		return slackIDs(seed, 2) + fake(charsAlnum, 24, seed)
	}))
	_ = register(slackToken("slack-user-token", "user token", []string{"xoxp-"}, func(seed string) string {
		return slackIDs(seed, 3) + fake(charsHex, 32, seed)
	}))
	_ = register(slackLegacy(slackToken("slack-legacy-token", "legacy workspace, refresh or session token", []string{"xoxa-", "xoxr-", "xoxs-", "xoxo-"}, func(seed string) string {
		return "2-" + slackIDs(seed, 2) + fake(charsHex, 32, seed)
	})))
	_ = register(slackToken("slack-config-token", "app configuration access or refresh token", []string{"xoxe.xoxp-", "xoxe.xoxb-", "xoxe-"}, func(seed string) string {
		return "1-" + fake(charsUpperNum, 160, seed)
	}))
	_ = register(slackToken("slack-app-token", "app-level token", []string{"xapp-"}, func(seed string) string {
		return "1-A" + fake(charsUpperNum, 10, seed) + "-" + fake("0123456789", 13, seed) + "-" + fake(charsHex, 64, seed)
	}))
)

// slackLegacy widens d to the short forms of workspace and refresh
// tokens: "xoxa-" or "xoxr-", maybe a version digit and '-', then 8 to 48
// letters and digits.
func slackLegacy(d Detector) Detector {
	ids := d.Validate
	d.Match = prefixToken(setAlnumDash, 8, 300)
	d.Validate = func(m string) bool {
		if ids(m) {
			return len(m) >= 25
		}
		if !strings.HasPrefix(m, "xoxa-") && !strings.HasPrefix(m, "xoxr-") {
			return false
		}
		b := m[5:]
		if len(b) > 2 && isDigit(b[0]) && b[1] == '-' {
			b = b[2:]
		}
		return len(b) >= 8 && len(b) <= 48 && allIn(b, setAlnum) && randomLooking(b)
	}
	d.Positive = append(d.Positive,
		Example{Text: "xoxr-" + fakeMixed(charsAlnum, 40, "slack-xoxr"), Why: "refresh token"},
		Example{Text: "xoxa-2-" + fakeMixed(charsAlnum, 32, "slack-xoxa"), Why: "workspace token with a version"},
		Example{Text: "xoxs-" + fake("0123456789", 10, "slack-xoxs") + "-" + fake("0123456789", 11, "slack-xoxs-2") + "-" + fake("0123456789", 12, "slack-xoxs-3") + "-" + fake(charsHex, 64, "slack-xoxs"), Why: "session token"},
	)
	d.Negative = append(d.Negative,
		Example{Text: "xoxr-" + fakeMixed(charsAlnum, 7, "slack-xoxr-short"), Why: "refresh token one byte short"},
		Example{Text: "xoxr-" + fakeMixed(charsAlnum, 49, "slack-xoxr-long"), Why: "refresh token one byte long"},
	)
	return d
}

var _ = register(Detector{
	ID:          "slack-webhook-url",
	Description: "Slack incoming webhook or workflow trigger URL",
	Category:    Secret,
	Keywords:    []string{"hooks.slack.com/", `hooks.slack.com\/`},
	Match: urlPath(30, func(p string) bool {
		for _, kind := range []string{"services/T", "workflows/T", "triggers/T"} {
			if strings.HasPrefix(p, kind) {
				segs, ok := pathSegments(p, strings.Count(p, "/")+1)
				return ok && len(segs) >= 3 && len(segs[len(segs)-1]) >= 20
			}
		}
		return false
	}),
	Positive: []Example{
		{Text: "https://hooks.slack.com/services/T" + fake(charsUpperNum, 10, "slack-hook-t") + "/B" + fake(charsUpperNum, 10, "slack-hook-b") + "/" + fake(charsAlnum, 24, "slack-hook"), Secret: "hooks.slack.com/services/T" + fake(charsUpperNum, 10, "slack-hook-t") + "/B" + fake(charsUpperNum, 10, "slack-hook-b") + "/" + fake(charsAlnum, 24, "slack-hook"), Why: "incoming webhook"},
		{Text: `{"url":"https:\/\/hooks.slack.com\/services\/T` + fake(charsUpperNum, 10, "slack-hook-t2") + `\/B` + fake(charsUpperNum, 10, "slack-hook-b2") + `\/` + fake(charsAlnum, 24, "slack-hook2") + `"}`, Secret: `hooks.slack.com\/services\/T` + fake(charsUpperNum, 10, "slack-hook-t2") + `\/B` + fake(charsUpperNum, 10, "slack-hook-b2") + `\/` + fake(charsAlnum, 24, "slack-hook2"), Why: "JSON with escaped slashes"},
		{Text: "POST https://hooks.slack.com/triggers/T" + fake(charsUpperNum, 10, "slack-trig") + "/" + fake("0123456789", 13, "slack-trig") + "/" + fake(charsHex, 32, "slack-trig"), Secret: "hooks.slack.com/triggers/T" + fake(charsUpperNum, 10, "slack-trig") + "/" + fake("0123456789", 13, "slack-trig") + "/" + fake(charsHex, 32, "slack-trig"), Why: "workflow trigger"},
	},
	Negative: []Example{
		{Text: "see https://hooks.slack.com/services/ for setup", Why: "no webhook path"},
		{Text: "https://hooks.slack.com/apps/A" + fake(charsUpperNum, 40, "slack-apps"), Why: "not a webhook path"},
	},
})

// Discord bot tokens start with the base64 of the bot's numeric user ID
// (17 to 20 digits), whose first three characters are few: the keywords
// are all of them, and the ID must decode to digits.
func discordKeywords() []string {
	var kws []string
	for _, two := range []string{"MT", "Mj", "Mz", "ND", "NT", "Nj", "Nz", "OD", "OT"} {
		for _, third := range "AEIMQUYcgk" {
			kws = append(kws, two+string(third))
		}
	}
	return kws
}

func discordBotToken(s string, at int, kw string) (int, int, bool) {
	if !boundaryBefore(s, at) {
		return 0, 0, false
	}
	id := span(s, at, setAlnum, 29)
	if n := id - at; n < 23 || n > 28 || id >= len(s) || s[id] != '.' {
		return 0, 0, false
	}
	ts := span(s, id+1, setBase64URL, 8)
	if n := ts - id - 1; n < 6 || n > 7 || ts >= len(s) || s[ts] != '.' {
		return 0, 0, false
	}
	end := span(s, ts+1, setBase64URL, 41)
	if n := end - ts - 1; n < 27 || n > 40 || !boundaryAfter(s, end, setBase64URL) {
		return 0, 0, false
	}
	var buf [24]byte
	n, err := base64.RawStdEncoding.Decode(buf[:], []byte(strings.TrimRight(s[at:id], "=")))
	if err != nil || n < 17 {
		return 0, 0, false
	}
	for _, c := range buf[:n] {
		if !isDigit(c) {
			return 0, 0, false
		}
	}
	return at, end, true
}

func fakeDiscordToken(seed string) string {
	id := "1" + fake("0123456789", 18, seed)
	return base64.RawStdEncoding.EncodeToString([]byte(id)) + "." + fake(charsBase64URL, 6, seed) + "." + fake(charsBase64URL, 38, seed)
}

var _ = register(Detector{
	ID:          "discord-bot-token",
	Description: "Discord bot token: base64 user ID, timestamp and HMAC",
	Category:    Secret,
	Keywords:    discordKeywords(),
	Match:       discordBotToken,
	Positive: []Example{
		{Text: fakeDiscordToken("discord"), Why: "bare token"},
		{Text: "bot login with " + fakeDiscordToken("discord-2") + " rejected", Secret: fakeDiscordToken("discord-2"), Why: "inside a sentence"},
	},
	Negative: []Example{
		{Text: base64.RawStdEncoding.EncodeToString([]byte("1x"+fake("0123456789", 17, "discord-n"))) + "." + fake(charsBase64URL, 6, "d") + "." + fake(charsBase64URL, 38, "d"), Why: "the ID is not all digits"},
		{Text: "Date: Mon, 30 Nov 2026 09:39:28 GMT", Why: "HTTP date with GMT"},
		{Text: "MTIzNDU2Nzg5MDEyMzQ1Njc4", Why: "base64 of digits without the other parts"},
	},
})

var _ = register(Detector{
	ID:          "discord-webhook-url",
	Description: "Discord webhook URL",
	Category:    Secret,
	Keywords:    []string{"discord.com/api/webhooks/", "discordapp.com/api/webhooks/", `discord.com\/api\/webhooks\/`, `discordapp.com\/api\/webhooks\/`},
	Match: urlPath(60, func(p string) bool {
		segs, ok := pathSegments(p, 2)
		return ok && len(segs[0]) >= 17 && len(segs[0]) <= 20 && allIn(segs[0], setDigits) && len(segs[1]) >= 60 && allIn(segs[1], setBase64URL)
	}),
	Positive: []Example{
		{Text: "https://discord.com/api/webhooks/" + fake("0123456789", 19, "discord-hook") + "/" + fake(charsBase64URL, 68, "discord-hook"), Secret: "discord.com/api/webhooks/" + fake("0123456789", 19, "discord-hook") + "/" + fake(charsBase64URL, 68, "discord-hook"), Why: "webhook URL"},
	},
	Negative: []Example{
		{Text: "https://discord.com/api/webhooks/" + fake("0123456789", 19, "discord-hook-id"), Why: "the ID without the token"},
	},
})

// telegramToken reads a bot token at s[i]: the bot's numeric ID (5 to 16
// digits), ':' and a secret of 34 or 35 base64url bytes (35 starting with
// "AA" in the tokens BotFather issues; the documentation's example has
// 34).
func telegramToken(s string, i int) (int, bool) {
	d := span(s, i, setDigits, 17)
	if n := d - i; n < 5 || n > 16 || !hasAt(s, d, ":") {
		return 0, false
	}
	end := span(s, d+1, setBase64URL, 36)
	if n := end - d - 1; n < 34 || n > 35 || !boundaryAfter(s, end, setBase64URL) || !randomLooking(s[d+1:end]) {
		return 0, false
	}
	return end, true
}

// telegramReach bounds how far after the word "telegram" a token is
// looked for ("telegram bot: <token>", TELEGRAM_BOT_TOKEN=<token>).
const telegramReach = 64

// telegramNames hold "GRAM" for TELEGRAM, whose "TE" is in every mask's
// "[REDACTED"; the matcher checks the "TELE" before it.
var telegramNames = []string{"telegram", "GRAM", "Telegram"}

func telegramBotToken(s string, at int, kw string) (int, int, bool) {
	switch kw {
	case ":AA":
		// BotFather's form, found alone: the ID before the keyword.
		start := at
		for start > 0 && at-start <= 16 && isDigit(s[start-1]) {
			start--
		}
		if !boundaryBefore(s, start) && !(start >= 3 && s[start-3:start] == "bot") {
			return 0, 0, false
		}
		end, ok := telegramToken(s, start)
		if !ok || end-at != 36 {
			return 0, 0, false
		}
		return start, end, true
	case "GRAM":
		if !hasAt(s, at-4, "TELE") {
			return 0, 0, false
		}
	}
	// A token near the word telegram, as in a Bot API URL
	// (api.telegram.org/bot<token>/getMe): the first digit run that
	// starts one.
	for i := at + len(kw); i < len(s) && i-at < telegramReach; i++ {
		if isDigit(s[i]) && (!isAlnum(s[i-1]) || hasAt(s, i-3, "bot")) {
			if end, ok := telegramToken(s, i); ok {
				return i, end, true
			}
			i = span(s, i, setDigits, 17)
		}
	}
	return 0, 0, false
}

var _ = register(Detector{
	ID:          "telegram-bot-token",
	Description: "Telegram Bot API token (bot ID, ':' and the secret): BotFather's ':AA' form alone, any form in a Bot API URL or near the word telegram",
	Category:    Secret,
	Keywords:    append([]string{":AA"}, telegramNames...),
	Match:       telegramBotToken,
	Positive: []Example{
		{Text: fake("0123456789", 10, "telegram") + ":AA" + fake(charsBase64URL, 33, "telegram"), Why: "bare token"},
		{Text: "GET https://api.telegram.org/bot" + fake("0123456789", 9, "telegram-2") + ":AA" + fake(charsBase64URL, 33, "telegram-2") + "/getMe", Secret: fake("0123456789", 9, "telegram-2") + ":AA" + fake(charsBase64URL, 33, "telegram-2"), Why: "Bot API URL, after /bot"},
		{Text: "telegram bot: 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", Secret: "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", Why: "the documentation's example shape, after the word telegram"},
		{Text: "POST https://api.telegram.org/bot" + fake("0123456789", 7, "telegram-3") + ":" + fakeMixed(charsBase64URL, 34, "telegram-3") + "/sendMessage", Secret: fake("0123456789", 7, "telegram-3") + ":" + fakeMixed(charsBase64URL, 34, "telegram-3"), Why: "an older short ID in a Bot API URL"},
		{Text: "TELEGRAM_BOT_TOKEN=" + fake("0123456789", 16, "telegram-4") + ":A" + fakeMixed(charsBase64URL, 34, "telegram-4"), Secret: fake("0123456789", 16, "telegram-4") + ":A" + fakeMixed(charsBase64URL, 34, "telegram-4"), Why: "environment variable with a 16-digit ID"},
		{Text: "bot" + fake("0123456789", 10, "telegram-5") + ":AA" + fake(charsBase64URL, 33, "telegram-5"), Secret: fake("0123456789", 10, "telegram-5") + ":AA" + fake(charsBase64URL, 33, "telegram-5"), Why: "after bot, as in a URL path"},
	},
	Negative: []Example{
		{Text: "12:AA" + fake(charsBase64URL, 33, "telegram-short"), Why: "bot ID too short"},
		{Text: "data:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Why: "base64 padding after a colon"},
		{Text: fake("0123456789", 10, "telegram-6") + ":AA" + fake(charsBase64URL, 32, "telegram-6"), Why: "secret one byte short"},
		{Text: fake("0123456789", 10, "telegram-7") + ":AA" + fake(charsBase64URL, 34, "telegram-7"), Why: "secret one byte long"},
		{Text: "telegram chat 1234567890 joined at 12:30", Why: "numbers near the word"},
	},
})

var _ = register(Detector{
	ID:          "microsoft-teams-webhook-url",
	Description: "Microsoft Teams or Office 365 connector incoming webhook URL",
	Category:    Secret,
	Keywords: []string{".webhook.office.com/webhookb2/", "outlook.office.com/webhook/", "outlook.office365.com/webhook/",
		`.webhook.office.com\/webhookb2\/`, `outlook.office.com\/webhook\/`, `outlook.office365.com\/webhook\/`},
	Match: urlPath(60, func(p string) bool {
		return strings.Contains(p, "@") && strings.Contains(p, "/IncomingWebhook/")
	}),
	Positive: []Example{
		{Text: "https://acme.webhook.office.com/webhookb2/" + fakeUUID("teams-1") + "@" + fakeUUID("teams-2") + "/IncomingWebhook/" + fake(charsHex, 32, "teams") + "/" + fakeUUID("teams-3"), Secret: ".webhook.office.com/webhookb2/" + fakeUUID("teams-1") + "@" + fakeUUID("teams-2") + "/IncomingWebhook/" + fake(charsHex, 32, "teams") + "/" + fakeUUID("teams-3"), Why: "webhook URL"},
		{Text: `{"hook":"https:\/\/outlook.office.com\/webhook\/` + fakeUUID("o365-1") + "@" + fakeUUID("o365-2") + `\/IncomingWebhook\/` + fake(charsHex, 32, "o365") + `\/` + fakeUUID("o365-3") + `"}`, Secret: `outlook.office.com\/webhook\/` + fakeUUID("o365-1") + "@" + fakeUUID("o365-2") + `\/IncomingWebhook\/` + fake(charsHex, 32, "o365") + `\/` + fakeUUID("o365-3"), Why: "Office 365 connector URL in JSON with escaped slashes"},
	},
	Negative: []Example{
		{Text: "https://acme.webhook.office.com/webhookb2/", Why: "no path"},
	},
})

// workflowSig matches the sig= of a workflow trigger URL (Teams
// workflows, Power Automate, Logic Apps): 43 bytes of base64url, with
// "/triggers/" or its encoded "sp=%2Ftriggers" earlier in the URL.
func workflowSig(s string, at int, kw string) (int, int, bool) {
	i := at + len(kw)
	end := span(s, i, setBase64URL, 44)
	if end-i != 43 || !boundaryAfter(s, end, setBase64URL) || !randomLooking(s[i:end]) {
		return 0, 0, false
	}
	lo := at
	for lo > 0 && at-lo < sasReach && !sasEnd[s[lo-1]] {
		lo--
	}
	u := s[lo:at]
	if !strings.Contains(u, "/triggers/") && !strings.Contains(u, `\/triggers\/`) && !strings.Contains(u, "%2Ftriggers") && !strings.Contains(u, "%2ftriggers") {
		return 0, 0, false
	}
	return i, end, true
}

var _ = register(Detector{
	ID:          "microsoft-workflow-webhook-url",
	Description: "Signature of a Microsoft Teams workflow, Power Automate or Logic Apps trigger URL (the sig= after /triggers/.../invoke)",
	Category:    Secret,
	Keywords:    []string{"&sig=", "u0026sig="},
	Match:       workflowSig,
	Positive: []Example{
		{Text: "POST https://prod-12.westus.logic.azure.com:443/workflows/" + fake(charsHex, 32, "teams-wf") + "/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + fakeMixed(charsBase64URL, 43, "teams-wf"), Secret: fakeMixed(charsBase64URL, 43, "teams-wf"), Why: "Logic Apps trigger behind a Teams workflow"},
		{Text: `{"webhook":"https://default1.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/` + fake(charsHex, 32, "teams-wf-2") + `/triggers/manual/paths/invoke?api-version=1\u0026sp=%2Ftriggers%2Fmanual%2Frun\u0026sv=1.0\u0026sig=` + fakeMixed(charsBase64URL, 43, "teams-wf-2") + `"}`, Secret: fakeMixed(charsBase64URL, 43, "teams-wf-2"), Why: "Power Automate URL in JSON"},
	},
	Negative: []Example{
		{Text: "https://prod-1.logic.azure.com/workflows/x/triggers/manual/paths/invoke?sv=1.0&sig=" + fakeMixed(charsBase64URL, 44, "teams-wf-5"), Why: "signature one byte long"},
		{Text: "https://prod-1.logic.azure.com/workflows/x/triggers/manual/paths/invoke?sv=1.0&sig=<signature>", Why: "a placeholder"},
		{Text: "GET /callback?state=x&sig=" + fakeMixed(charsBase64URL, 43, "teams-wf-3"), Why: "a sig parameter outside a trigger URL"},
		{Text: "https://prod-1.logic.azure.com/workflows/x/triggers/manual/paths/invoke?sv=1.0&sig=" + fakeMixed(charsBase64URL, 42, "teams-wf-4"), Why: "signature one byte short"},
	},
})

var _ = register(keyedSecret(keyedSpec{
	id:    "discord-client-secret",
	desc:  "Discord OAuth2 client secret (32 bytes)",
	keys:  []string{"discord"},
	hot:   []string{"discord"},
	body:  run(setBase64URL, 32, 32),
	value: func(seed string) string { return fakeMixed(charsBase64URL, 32, seed) },
}))
