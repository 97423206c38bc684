package patterns

import "strings"

// Version control hosts: GitHub, GitLab, Bitbucket. Every format here has
// a distinctive prefix, so none relies on context.

var _ = register(Detector{
	ID:          "github-pat",
	Description: "GitHub classic personal access token (ghp_)",
	Category:    Secret,
	Keywords:    []string{"ghp_"},
	Match:       prefixToken(setAlnum, 36, 36),
	Positive: []Example{
		{Text: "ghp_" + fake(charsAlnum, 36, "github-pat"), Why: "bare token"},
		{Text: "remote: rejected ghp_" + fake(charsAlnum, 36, "github-pat-2") + " (bad credentials)", Secret: "ghp_" + fake(charsAlnum, 36, "github-pat-2"), Why: "inside a sentence"},
		{Text: "GIT_ASKPASS returned ghp_" + fake(charsAlnum, 36, "github-pat-3") + "\n", Secret: "ghp_" + fake(charsAlnum, 36, "github-pat-3"), Why: "before a newline"},
	},
	Negative: []Example{
		{Text: "ghp_" + fake(charsAlnum, 30, "github-pat-short"), Why: "body too short"},
		{Text: "ghp_" + fake(charsAlnum, 40, "github-pat-long"), Why: "body too long: part of something else"},
		{Text: "xghp_" + fake(charsAlnum, 36, "github-pat-word"), Why: "inside a word"},
		{Text: "prefix ghp_ is documented", Why: "the prefix alone"},
	},
})

var _ = register(Detector{
	ID:          "github-oauth-token",
	Description: "GitHub OAuth access token (gho_)",
	Category:    Secret,
	Keywords:    []string{"gho_"},
	Match:       prefixToken(setAlnum, 36, 36),
	Positive: []Example{
		{Text: "gho_" + fake(charsAlnum, 36, "github-oauth"), Why: "bare token"},
		{Text: "exchanged code for gho_" + fake(charsAlnum, 36, "github-oauth-2"), Secret: "gho_" + fake(charsAlnum, 36, "github-oauth-2"), Why: "end of a message"},
	},
	Negative: []Example{
		{Text: "gho_" + fake(charsAlnum, 20, "github-oauth-short"), Why: "body too short"},
		{Text: "echo_" + fake(charsAlnum, 36, "github-oauth-word"), Why: "prefix inside a word"},
	},
})

var _ = register(Detector{
	ID:          "github-app-user-token",
	Description: "GitHub App user-to-server token (ghu_)",
	Category:    Secret,
	Keywords:    []string{"ghu_"},
	Match:       prefixToken(setAlnum, 36, 36),
	Positive: []Example{
		{Text: "ghu_" + fake(charsAlnum, 36, "github-ghu"), Why: "bare token"},
	},
	Negative: []Example{
		{Text: "ghu_" + fake(charsAlnum, 35, "github-ghu-short"), Why: "one byte short"},
	},
})

var _ = register(Detector{
	ID:          "github-app-installation-token",
	Description: "GitHub App installation (server-to-server) token (ghs_), also used by Actions' GITHUB_TOKEN",
	Category:    Secret,
	Keywords:    []string{"ghs_"},
	Match:       prefixToken(setAlnum, 36, 36),
	Positive: []Example{
		{Text: "ghs_" + fake(charsAlnum, 36, "github-ghs"), Why: "bare token"},
		{Text: `{"token":"x","value":"ghs_` + fake(charsAlnum, 36, "github-ghs-2") + `"}`, Secret: "ghs_" + fake(charsAlnum, 36, "github-ghs-2"), Why: "JSON value"},
	},
	Negative: []Example{
		{Text: "ghs_" + fake(charsAlnum, 37, "github-ghs-long"), Why: "one byte too long"},
		{Text: "thighs_and_legs", Why: "prefix inside a word"},
	},
})

var _ = register(Detector{
	ID:          "github-refresh-token",
	Description: "GitHub App refresh token (ghr_)",
	Category:    Secret,
	Keywords:    []string{"ghr_"},
	Match:       prefixToken(setAlnum, 36, 76),
	Positive: []Example{
		{Text: "ghr_" + fake(charsAlnum, 76, "github-ghr"), Why: "current length"},
		{Text: "ghr_" + fake(charsAlnum, 36, "github-ghr-36"), Why: "older length"},
	},
	Negative: []Example{
		{Text: "ghr_" + fake(charsAlnum, 12, "github-ghr-short"), Why: "body too short"},
	},
})

var _ = register(Detector{
	ID:          "github-fine-grained-pat",
	Description: "GitHub fine-grained personal access token (github_pat_)",
	Category:    Secret,
	Keywords:    []string{"github_pat_"},
	Match:       prefixToken(setWord, 82, 82),
	Positive: []Example{
		{Text: "github_pat_" + fake(charsAlnum, 22, "gh-fg-1") + "_" + fake(charsAlnum, 59, "gh-fg-2"), Why: "22 + '_' + 59"},
		{Text: "using github_pat_" + fake(charsAlnum, 22, "gh-fg-3") + "_" + fake(charsAlnum, 59, "gh-fg-4") + " for ci", Secret: "github_pat_" + fake(charsAlnum, 22, "gh-fg-3") + "_" + fake(charsAlnum, 59, "gh-fg-4"), Why: "inside a sentence"},
	},
	Negative: []Example{
		{Text: "github_pat_" + fake(charsAlnum, 22, "gh-fg-5"), Why: "only the first part"},
		{Text: "metric github_pat_expiry_days=30", Why: "an identifier that starts with the prefix"},
	},
})

// GitLab prefixes its tokens by kind. Since GitLab 17 they may be routable:
// the body is followed by ".01." and a checksum, hence '.' in the body.
var gitlabBody = newCharset("A-Za-z0-9_.-")

func gitlabToken(id, prefix, what string, min, max int) Detector {
	return Detector{
		ID:          id,
		Description: "GitLab " + what + " (" + prefix + ")",
		Category:    Secret,
		Keywords:    []string{prefix},
		Match:       dottedToken(gitlabBody, min, max),
		Positive: []Example{
			{Text: prefix + fake(charsBase64URL, min, id), Why: "bare token"},
			{Text: "using " + prefix + fake(charsAlnum, min, id+"-2") + ".", Secret: prefix + fake(charsAlnum, min, id+"-2"), Why: "at the end of a sentence"},
		},
		Negative: []Example{
			{Text: prefix + fake(charsAlnum, min/2, id+"-short"), Why: "body too short"},
			{Text: "x" + prefix + fake(charsAlnum, min, id+"-word"), Why: "prefix inside a word"},
		},
	}
}

var (
	_ = register(func() Detector {
		d := gitlabToken("gitlab-pat", "glpat-", "personal, project or group access token", 20, 300)
		d.Positive = append(d.Positive, Example{
			Text: "glpat-" + fake(charsBase64URL, 27, "gitlab-routable") + ".01." + fake(charsLowerNum, 9, "gitlab-routable-crc"),
			Why:  "routable token with version and checksum",
		})
		return d
	}())
	_ = register(gitlabToken("gitlab-deploy-token", "gldt-", "deploy token", 20, 300))
	_ = register(gitlabToken("gitlab-runner-token", "glrt-", "runner authentication token", 20, 300))
	_ = register(gitlabToken("gitlab-ci-job-token", "glcbt-", "CI/CD job token", 20, 300))
	_ = register(gitlabToken("gitlab-pipeline-trigger-token", "glptt-", "pipeline trigger token", 40, 300))
	_ = register(gitlabToken("gitlab-feed-token", "glft-", "feed token", 20, 300))
	_ = register(gitlabToken("gitlab-oauth-app-secret", "gloas-", "OAuth application secret", 64, 300))
	_ = register(gitlabToken("gitlab-agent-token", "glagent-", "Kubernetes agent token", 50, 300))
	_ = register(gitlabToken("gitlab-incoming-mail-token", "glimt-", "incoming email token", 25, 300))
	_ = register(gitlabToken("gitlab-scim-token", "glsoat-", "SCIM OAuth token", 20, 300))
	_ = register(gitlabToken("gitlab-feature-flag-token", "glffct-", "feature flags client token", 20, 300))
)

var _ = register(Detector{
	ID:          "gitlab-runner-registration-token",
	Description: "GitLab legacy runner registration token (GR1348941)",
	Category:    Secret,
	Keywords:    []string{"GR1348941"},
	Match:       prefixToken(setBase64URL, 20, 20),
	Positive: []Example{
		{Text: "GR1348941" + fake(charsBase64URL, 20, "gitlab-gr"), Why: "bare token"},
		{Text: "gitlab-runner register --registration-token GR1348941" + fake(charsAlnum, 20, "gitlab-gr-2"), Secret: "GR1348941" + fake(charsAlnum, 20, "gitlab-gr-2"), Why: "command line"},
	},
	Negative: []Example{
		{Text: "GR1348941" + fake(charsAlnum, 10, "gitlab-gr-short"), Why: "body too short"},
	},
})

// Atlassian issues one token family for Bitbucket and its other products:
// a prefix, a base64url body and an '=' followed by a checksum.
var atlassianBody = setBase64URLPad

var _ = register(Detector{
	ID:          "bitbucket-app-password",
	Description: "Bitbucket app password (ATBB)",
	Category:    Secret,
	Keywords:    []string{"ATBB"},
	Match:       prefixToken(atlassianBody, 32, 32),
	Positive: []Example{
		{Text: "ATBB" + fake(charsAlnum, 32, "bitbucket-atbb"), Why: "bare app password"},
		{Text: "bitbucket login bob ATBB" + fake(charsAlnum, 32, "bitbucket-atbb-2"), Secret: "ATBB" + fake(charsAlnum, 32, "bitbucket-atbb-2"), Why: "after a user name"},
	},
	Negative: []Example{
		{Text: "ATBB" + fake(charsAlnum, 16, "bitbucket-atbb-short"), Why: "body too short"},
		{Text: "FLATBBQ" + fake(charsAlnum, 32, "bitbucket-atbb-word"), Why: "prefix inside a word"},
	},
})

var _ = register(Detector{
	ID:          "bitbucket-access-token",
	Description: "Bitbucket repository, project or workspace access token (ATCTT3)",
	Category:    Secret,
	Keywords:    []string{"ATCTT3"},
	Match:       prefixToken(atlassianBody, 100, 300),
	Positive: []Example{
		{Text: "ATCTT3" + fake(charsBase64URL, 170, "bitbucket-atctt") + "=" + fake(charsUpperNum, 8, "bitbucket-atctt-crc"), Why: "body, '=' and checksum"},
	},
	Negative: []Example{
		{Text: "ATCTT3" + fake(charsAlnum, 40, "bitbucket-atctt-short"), Why: "body too short"},
	},
})

var _ = register(Detector{
	ID:          "atlassian-api-token",
	Description: "Atlassian (Jira, Confluence) API token (ATATT3)",
	Category:    Secret,
	Keywords:    []string{"ATATT3"},
	Match:       prefixToken(atlassianBody, 100, 300),
	Positive: []Example{
		{Text: "ATATT3" + fake(charsBase64URL, 178, "atlassian-atatt") + "=" + fake(charsUpperNum, 8, "atlassian-atatt-crc"), Why: "body, '=' and checksum"},
		{Text: "jira client: auth bob@example.com:ATATT3" + fake(charsAlnum, 178, "atlassian-atatt-2") + " for https://x.atlassian.net", Secret: "ATATT3" + fake(charsAlnum, 178, "atlassian-atatt-2"), Why: "basic credentials after an email address"},
	},
	Negative: []Example{
		{Text: "ATATT3" + fake(charsAlnum, 20, "atlassian-atatt-short"), Why: "body too short"},
	},
})

var _ = register(Detector{
	ID:          "gitlab-session-cookie",
	Description: "GitLab session cookie value (_gitlab_session=)",
	Category:    Secret,
	Keywords:    []string{"_gitlab_session="},
	Match:       valueAfter(run(setLowerNum, 32, 64)),
	Validate:    randomLooking,
	Positive: []Example{
		{Text: "_gitlab_session=" + fake(charsHex, 31, "gitlab-session") + "a", Secret: fake(charsHex, 31, "gitlab-session") + "a", Why: "cookie pair"},
		{Text: "Set-Cookie: known_sign_in=x; _gitlab_session=" + fake(charsHex, 31, "gitlab-session-2") + "b; path=/; HttpOnly", Secret: fake(charsHex, 31, "gitlab-session-2") + "b", Why: "in a Set-Cookie header"},
	},
	Negative: []Example{
		{Text: "_gitlab_session=" + strings.Repeat("x", 32), Why: "a placeholder"},
		{Text: "cookie _gitlab_session= expired", Why: "the name without a value"},
	},
})

var (
	_ = register(keyedSecret(keyedSpec{
		id:    "atlassian-legacy-api-token",
		desc:  "Atlassian (Jira, Confluence) API token of the 24-byte form",
		keys:  []string{"atlassian", "confluence", "jira"},
		hot:   []string{"confluence", "Confluence"},
		body:  run(setAlnum, 24, 24),
		valid: func(v string) bool { return randomLooking(v) && allIn(v[20:], setHexAny) },
		value: func(seed string) string { return fakeMixed(charsAlnum, 20, seed) + fake(charsHex, 4, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "bitbucket-client-secret",
		desc:  "Bitbucket OAuth consumer key (32 bytes) or secret (64 bytes)",
		keys:  []string{"bitbucket"},
		hot:   []string{"bitbucket"},
		body:  firstOf(run(setBase64URL, 64, 64), run(setAlnum, 32, 32)),
		value: func(seed string) string { return fakeMixed(charsAlnum, 32, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "gitea-access-token",
		desc:  "Gitea or Forgejo access token (40 hex digits)",
		keys:  []string{"gitea", "forgejo"},
		hot:   []string{"gitea", "forgejo", "Forgejo", "FORGEJO"},
		body:  run(setHex, 40, 40),
		valid: hexSecret,
		value: func(seed string) string { return fake(charsHex, 39, seed) + "a" },
	}))
)
