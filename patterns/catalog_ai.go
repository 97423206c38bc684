package patterns

import "strings"

// AI and model providers. Cohere, Mistral and Weights & Biases keys have
// no prefix and rely on the key name in front of them; the rest have a
// distinctive prefix.

var setAlpha = newCharset("A-Za-z")

// openaiMarker is the base64 of "OpenAI", which every OpenAI key carries.
const openaiMarker = "T3BlbkFJ"

var _ = register(Detector{
	ID:          "openai-api-key",
	Description: "OpenAI API key: project (sk-proj-), service account (sk-svcacct-) or legacy (sk-...T3BlbkFJ...)",
	Category:    Secret,
	Keywords:    []string{"sk-proj-", "sk-svcacct-", "sk-None-", openaiMarker},
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw != openaiMarker {
			return prefixToken(setBase64URL, 40, 300)(s, at, kw)
		}
		// The marker sits inside the key: walk back to its "sk-".
		start := at
		for start > 0 && at-start < 300 && setBase64URL[s[start-1]] {
			start--
		}
		for start+3 <= at && !hasAt(s, start, "sk-") {
			start++
		}
		if start+3 > at || !boundaryBefore(s, start) || at-start < 20 {
			return 0, 0, false
		}
		end := span(s, at+len(kw), setBase64URL, 301)
		if end-at-len(kw) < 20 || !boundaryAfter(s, end, setBase64URL) {
			return 0, 0, false
		}
		return start, end, true
	},
	Positive: []Example{
		{Text: "sk-proj-" + fake(charsBase64URL, 74, "openai-1") + openaiMarker + fake(charsBase64URL, 74, "openai-2"), Why: "project key"},
		{Text: "sk-" + fake(charsAlnum, 20, "openai-3") + openaiMarker + fake(charsAlnum, 20, "openai-4"), Why: "legacy user key"},
		{Text: "openai error for sk-svcacct-" + fake(charsBase64URL, 120, "openai-5") + ": quota", Secret: "sk-svcacct-" + fake(charsBase64URL, 120, "openai-5"), Why: "service account key in a message"},
	},
	Negative: []Example{
		{Text: "task-proj-" + fake(charsBase64URL, 60, "openai-word"), Why: "prefix inside a word"},
		{Text: "sk-proj-board", Why: "too short"},
		{Text: "data " + fake(charsAlnum, 20, "openai-6") + openaiMarker + fake(charsAlnum, 20, "openai-7"), Why: "the marker in base64 without sk-"},
	},
})

var _ = register(Detector{
	ID:          "openai-admin-key",
	Description: "OpenAI admin key (sk-admin-)",
	Category:    Secret,
	Keywords:    []string{"sk-admin-"},
	Match:       prefixToken(setBase64URL, 40, 300),
	Positive: []Example{
		{Text: "sk-admin-" + fake(charsBase64URL, 150, "openai-admin"), Why: "bare key"},
	},
	Negative: []Example{
		{Text: "desk-admin-panel", Why: "words"},
	},
})

var _ = register(Detector{
	ID:          "anthropic-api-key",
	Description: "Anthropic API key (sk-ant-api03-) or OAuth token (sk-ant-oat01-)",
	Category:    Secret,
	Keywords:    []string{"sk-ant-api03-", "sk-ant-oat01-"},
	Match:       prefixToken(setBase64URL, 80, 120),
	Validate: func(m string) bool {
		return strings.HasPrefix(m, "sk-ant-oat01-") || strings.HasSuffix(m, "AA")
	},
	Positive: []Example{
		{Text: "sk-ant-api03-" + fake(charsBase64URL, 93, "anthropic") + "AA", Why: "API key"},
		{Text: "client init with sk-ant-api03-" + fake(charsBase64URL, 93, "anthropic-2") + "AA failed", Secret: "sk-ant-api03-" + fake(charsBase64URL, 93, "anthropic-2") + "AA", Why: "inside a sentence"},
	},
	Negative: []Example{
		{Text: "sk-ant-api03-" + fake(charsBase64URL, 93, "anthropic-3") + "xy", Why: "does not end in AA"},
	},
})

var _ = register(Detector{
	ID:          "anthropic-admin-key",
	Description: "Anthropic admin key (sk-ant-admin01-)",
	Category:    Secret,
	Keywords:    []string{"sk-ant-admin01-"},
	Match:       prefixToken(setBase64URL, 80, 120),
	Validate:    func(m string) bool { return strings.HasSuffix(m, "AA") },
	Positive: []Example{
		{Text: "sk-ant-admin01-" + fake(charsBase64URL, 93, "anthropic-admin") + "AA", Why: "admin key"},
	},
	Negative: []Example{
		{Text: "sk-ant-admin01-" + fake(charsBase64URL, 10, "anthropic-admin-short"), Why: "too short"},
	},
})

func mixedCase(s string) bool {
	_, l, u := counts(s)
	return l > 0 && u > 0
}

var _ = register(Detector{
	ID:          "huggingface-token",
	Description: "Hugging Face user access token (hf_)",
	Category:    Secret,
	Keywords:    []string{"hf_"},
	Match:       prefixToken(setAlpha, 34, 34),
	Validate:    func(m string) bool { return mixedCase(m[3:]) },
	Positive: []Example{
		{Text: "hf_" + fake(charsAlnum[:52], 34, "huggingface"), Why: "bare token"},
		{Text: "huggingface-cli login --token hf_" + fake(charsAlnum[:52], 34, "huggingface-2"), Secret: "hf_" + fake(charsAlnum[:52], 34, "huggingface-2"), Why: "command line"},
	},
	Negative: []Example{
		{Text: "shelf_" + fake(charsAlnum[:52], 34, "huggingface-word"), Why: "prefix inside a word"},
		{Text: "hf_" + strings.Repeat("x", 34), Why: "not mixed case"},
	},
})

var _ = register(Detector{
	ID:          "huggingface-org-token",
	Description: "Hugging Face organization API token (api_org_)",
	Category:    Secret,
	Keywords:    []string{"api_org_"},
	Match:       prefixToken(setAlpha, 34, 34),
	Validate:    func(m string) bool { return mixedCase(m[8:]) },
	Positive: []Example{
		{Text: "api_org_" + fake(charsAlnum[:52], 34, "huggingface-org"), Why: "bare token"},
	},
	Negative: []Example{
		{Text: "api_org_settings_page_for_admins_x", Why: "an identifier"},
	},
})

var (
	_ = register(prefixed("replicate-api-token", "Replicate API key", "r8_", setAlnum, charsAlnum, 37))
	_ = register(prefixed("groq-api-key", "Groq API key", "gsk_", setAlnum, charsAlnum, 52))
	_ = register(prefixed("perplexity-api-key", "Perplexity API key", "pplx-", setAlnum, charsAlnum, 48))
	_ = register(prefixed("xai-api-key", "xAI API key", "xai-", setAlnum, charsAlnum, 80))
	_ = register(prefixed("openrouter-api-key", "OpenRouter API key", "sk-or-v1-", setHex, charsHex, 64))
	_ = register(prefixed("tavily-api-key", "Tavily API key", "tvly-", setAlnumDash, charsAlnum, 32))
)

var _ = register(Detector{
	ID:          "langsmith-api-key",
	Description: "LangSmith personal or service key (lsv2_pt_, lsv2_sk_)",
	Category:    Secret,
	Keywords:    []string{"lsv2_pt_", "lsv2_sk_"},
	Match:       prefixToken(newCharset("0-9a-f_"), 43, 43),
	Validate:    func(m string) bool { return m[8+32] == '_' },
	Positive: []Example{
		{Text: "lsv2_pt_" + fake(charsHex, 32, "langsmith") + "_" + fake(charsHex, 10, "langsmith"), Why: "personal key"},
		{Text: "lsv2_sk_" + fake(charsHex, 32, "langsmith-2") + "_" + fake(charsHex, 10, "langsmith-2"), Why: "service key"},
	},
	Negative: []Example{
		{Text: "lsv2_pt_" + fake(charsHex, 43, "langsmith-flat"), Why: "no separator"},
	},
})

var _ = register(Detector{
	ID:          "pinecone-api-key",
	Description: "Pinecone API key (pcsk_)",
	Category:    Secret,
	Keywords:    []string{"pcsk_"},
	Match:       prefixToken(setWord, 60, 90),
	Validate:    func(m string) bool { return strings.Count(m, "_") == 2 },
	Positive: []Example{
		{Text: "pcsk_" + fake(charsAlnum, 6, "pinecone") + "_" + fake(charsAlnum, 63, "pinecone"), Why: "bare key"},
	},
	Negative: []Example{
		{Text: "pcsk_" + fake(charsAlnum, 70, "pinecone-flat"), Why: "no inner separator"},
	},
})

var (
	_ = register(keyedAI("cohere-api-key", "Cohere", "cohere", run(setAlnum, 40, 40), fake(charsAlnum, 39, "cohere")+"1"))
	_ = register(keyedAI("mistral-api-key", "Mistral", "mistral", run(setAlnum, 32, 32), fake(charsAlnum, 31, "mistral")+"1"))
	_ = register(keyedAI("wandb-api-key", "Weights & Biases", "wandb", run(setHex, 40, 40), fake(charsHex, 40, "wandb")))
)

func keyedAI(id, name, key string, body bodyFunc, value string) Detector {
	up := strings.ToUpper(key)
	return Detector{
		ID:          id,
		Description: name + " API key after a key name that starts with " + key,
		Category:    Secret,
		Keywords:    []string{key},
		IgnoreCase:  true,
		Match:       keyed(nil, body),
		Validate:    randomLooking,
		Positive: []Example{
			{Text: up + "_KEY=" + value, Secret: value, Why: "environment variable"},
			{Text: `{"` + key + `":{"api":"x"},"` + key + `_api_key": "` + value + `"}`, Secret: value, Why: "JSON config"},
		},
		Negative: []Example{
			{Text: up + "_MODEL=" + strings.Repeat("command", 6), Why: "a word, not a key"},
			{Text: key + " request id " + value, Why: "no key-value separator"},
		},
	}
}

var (
	_ = register(token(tokenSpec{
		id:       "langfuse-secret-key",
		desc:     "Langfuse secret key",
		prefixes: []string{"sk-lf-"},
		body:     newCharset("0-9a-f-"),
		min:      36,
		max:      36,
		valid:    isUUID,
		example:  fakeUUID,
		chars:    charsHex,
	}))
	_ = register(token(tokenSpec{
		id:       "nvidia-api-key",
		desc:     "NVIDIA API catalog (build.nvidia.com, NGC) API key",
		prefixes: []string{"nvapi-"},
		body:     setBase64URL,
		chars:    charsBase64URL,
		min:      64,
		max:      64,
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "private-ai-api-key",
		desc:  "Private AI API key (32 letters and digits)",
		keys:  []string{"private_ai", "privateai", "private-ai"},
		hot:   []string{"private_ai", "Private_ai", "privateai", "Privateai", "private-ai", "Private-ai"},
		body:  run(setLowerNum, 32, 32),
		value: func(seed string) string { return fakeMixed(charsLowerNum, 32, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "deepseek-api-key",
		desc:  "DeepSeek API key (sk- and 32 hex digits)",
		keys:  []string{"deepseek"},
		hot:   []string{"deepseek", "Deepseek"},
		body:  literal("sk-", run(setHex, 32, 32)),
		valid: func(v string) bool { return hexSecret(v[3:]) },
		value: func(seed string) string { return "sk-" + fake(charsHex, 31, seed) + "a" },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "together-api-key",
		desc:  "Together AI API key (64 hex digits)",
		keys:  []string{"together_api", "togetherai", "together_ai", "together-api"},
		hot:   []string{"together_api", "Together_api", "togetherai", "Togetherai", "together_ai", "Together_ai", "together-api", "Together-api"},
		body:  run(setHex, 64, 64),
		valid: hexSecret,
		value: func(seed string) string { return fake(charsHex, 63, seed) + "a" },
	}))
)
