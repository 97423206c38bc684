package patterns

import "strings"

// Developer infrastructure: secret managers (HashiCorp Vault, Doppler,
// 1Password), infrastructure as code (Terraform Cloud, Pulumi), CI and code
// quality (CircleCI, Buildkite, SonarQube, Snyk) and API tooling (Postman).
// Legacy Vault tokens ("s." + 24 bytes) and Snyk tokens (UUIDs) rely on the
// key name in front of them; the rest have a distinctive form.

var _ = register(Detector{
	ID:          "terraform-cloud-token",
	Description: "Terraform Cloud / Enterprise API token (.atlasv1.)",
	Category:    Secret,
	// The keyword is "atlasv", not ".atlasv1.", whose rarest byte pair
	// by the prefilter's estimate, "v1", starts every "/v1/" path.
	Keywords: []string{"atlasv"},
	Match: func(s string, at int, kw string) (int, int, bool) {
		if at < 1 || s[at-1] != '.' || !hasAt(s, at+len(kw), "1.") {
			return 0, 0, false
		}
		return innerToken(setBase64URLPad, 14, 14, 60, 70)(s, at-1, ".atlasv1.")
	},
	Positive: []Example{
		{Text: fake(charsAlnum, 14, "tfc") + ".atlasv1." + fake(charsBase64URL, 67, "tfc"), Why: "bare token"},
		{Text: `credentials "app.terraform.io" { token = "` + fake(charsAlnum, 14, "tfc-2") + ".atlasv1." + fake(charsBase64URL, 67, "tfc-2") + `" }`, Secret: fake(charsAlnum, 14, "tfc-2") + ".atlasv1." + fake(charsBase64URL, 67, "tfc-2"), Why: "CLI config block"},
	},
	Negative: []Example{
		{Text: "short.atlasv1." + fake(charsBase64URL, 67, "tfc-3"), Why: "first part too short"},
	},
})

var _ = register(Detector{
	ID:          "vault-service-token",
	Description: "HashiCorp Vault service token (hvs.) or recovery token (hvr.)",
	Category:    Secret,
	Keywords:    []string{"hvs.", "hvr."},
	Match:       dottedToken(newCharset("A-Za-z0-9_.-"), 24, 300),
	Positive: []Example{
		{Text: "hvs." + fake(charsBase64URL, 90, "vault-hvs"), Why: "service token"},
		{Text: "vault login hvs." + fake(charsAlnum, 24, "vault-hvs-2") + ".", Secret: "hvs." + fake(charsAlnum, 24, "vault-hvs-2"), Why: "short form at the end of a sentence"},
	},
	Negative: []Example{
		{Text: "archives.tar", Why: "a word ending in -hives"},
		{Text: "hvs.short", Why: "too short"},
	},
})

var _ = register(Detector{
	ID:          "vault-batch-token",
	Description: "HashiCorp Vault batch token (hvb.)",
	Category:    Secret,
	Keywords:    []string{"hvb."},
	Match:       dottedToken(newCharset("A-Za-z0-9_.-"), 100, 400),
	Positive: []Example{
		{Text: "hvb." + fake(charsBase64URL, 138, "vault-hvb"), Why: "batch token"},
	},
	Negative: []Example{
		{Text: "hvb." + fake(charsBase64URL, 30, "vault-hvb-short"), Why: "too short"},
	},
})

var _ = register(Detector{
	ID:          "vault-legacy-token",
	Description: "HashiCorp Vault token of the pre-1.10 form (s. + 24 bytes) after a key name that starts with vault or X-Vault",
	Category:    Secret,
	Keywords:    []string{"vault"},
	IgnoreCase:  true,
	Match:       keyed(nil, literal("s.", run(setAlnum, 24, 24))),
	Positive: []Example{
		{Text: "VAULT_TOKEN=s." + fake(charsAlnum, 24, "vault-s"), Secret: "s." + fake(charsAlnum, 24, "vault-s"), Why: "environment variable"},
		{Text: "X-Vault-Token: s." + fake(charsAlnum, 24, "vault-s-2"), Secret: "s." + fake(charsAlnum, 24, "vault-s-2"), Why: "request header"},
	},
	Negative: []Example{
		{Text: "vault_addr=s.example.com", Why: "a host name"},
	},
})

var _ = register(Detector{
	ID:          "doppler-token",
	Description: "Doppler personal, service, CLI, service account, SCIM or audit token (dp.pt., dp.st., ...)",
	Category:    Secret,
	Keywords:    []string{"dp.pt.", "dp.st.", "dp.ct.", "dp.sa.", "dp.scim.", "dp.audit."},
	Match:       dottedToken(newCharset("A-Za-z0-9_.-"), 40, 120),
	Positive: []Example{
		{Text: "dp.pt." + fake(charsAlnum, 43, "doppler"), Why: "personal token"},
		{Text: "DOPPLER_SVC=dp.st.prd." + fake(charsAlnum, 43, "doppler-2"), Secret: "dp.st.prd." + fake(charsAlnum, 43, "doppler-2"), Why: "service token with its config name"},
	},
	Negative: []Example{
		{Text: "dp.pt.short", Why: "too short"},
	},
})

var _ = register(Detector{
	ID:          "onepassword-service-account-token",
	Description: "1Password service account token (ops_eyJ)",
	Category:    Secret,
	Keywords:    []string{"ops_eyJ"},
	Match:       prefixToken(newCharset("A-Za-z0-9+/=_-"), 100, 2000),
	Positive: []Example{
		{Text: "ops_eyJ" + fake(charsBase64, 400, "1password"), Why: "bare token"},
	},
	Negative: []Example{
		{Text: "ops_eyJ" + fake(charsBase64, 40, "1password-short"), Why: "too short"},
	},
})

var (
	_ = register(prefixed("pulumi-access-token", "Pulumi access token", "pul-", setHex, charsHex, 40))
	_ = register(prefixed("buildkite-token", "Buildkite API access token", "bkua_", setHex, charsHex, 40))
	_ = register(prefixed("sonarqube-token", "SonarQube / SonarCloud user token", "squ_", setHex, charsHex, 40))
	_ = register(prefixed("sonarqube-project-token", "SonarQube project analysis token", "sqp_", setHex, charsHex, 40))
	_ = register(prefixed("sonarqube-global-token", "SonarQube global analysis token", "sqa_", setHex, charsHex, 40))
	_ = register(prefixed("prefect-api-key", "Prefect Cloud API key", "pnu_", setAlnum, charsAlnum, 36))
	_ = register(prefixed("readme-api-key", "ReadMe API key", "rdme_", setLowerNum, charsLowerNum, 70))
)

var _ = register(Detector{
	ID:          "circleci-token",
	Description: "CircleCI personal or project API token (CCIPAT_, CCIPRJ_)",
	Category:    Secret,
	Keywords:    []string{"CCIPAT_", "CCIPRJ_"},
	Match:       prefixToken(setWord, 40, 100),
	Validate:    func(m string) bool { return strings.Count(m[7:], "_") == 1 },
	Positive: []Example{
		{Text: "CCIPAT_" + fake(charsAlnum, 22, "circleci") + "_" + fake(charsHex, 40, "circleci"), Why: "personal token"},
	},
	Negative: []Example{
		{Text: "CCIPAT_" + fake(charsAlnum, 50, "circleci-flat"), Why: "no inner separator"},
	},
})

var _ = register(Detector{
	ID:          "postman-api-key",
	Description: "Postman API key (PMAK-)",
	Category:    Secret,
	Keywords:    []string{"PMAK-"},
	Match:       prefixToken(newCharset("0-9a-f-"), 59, 59),
	Validate:    func(m string) bool { return m[5+24] == '-' },
	Positive: []Example{
		{Text: "PMAK-" + fake(charsHex, 24, "postman") + "-" + fake(charsHex, 34, "postman"), Why: "bare key"},
		{Text: "postman sync with PMAK-" + fake(charsHex, 24, "postman-2") + "-" + fake(charsHex, 34, "postman-2") + "\n", Secret: "PMAK-" + fake(charsHex, 24, "postman-2") + "-" + fake(charsHex, 34, "postman-2"), Why: "request header"},
	},
	Negative: []Example{
		{Text: "PMAK-" + fake(charsHex, 59, "postman-flat"), Why: "no inner dash"},
	},
})

var _ = register(Detector{
	ID:          "snyk-api-token",
	Description: "Snyk API token (a UUID) after a key name that starts with snyk",
	Category:    Secret,
	Keywords:    []string{"snyk"},
	IgnoreCase:  true,
	Match:       keyed(nil, uuidBody),
	Positive: []Example{
		{Text: "SNYK_TOKEN=" + fakeUUID("snyk"), Secret: fakeUUID("snyk"), Why: "environment variable"},
	},
	Negative: []Example{
		{Text: "snyk test run " + fakeUUID("snyk-2"), Why: "a run ID without a separator"},
	},
})

// onepasswordSecretKey checks the groups of a 1Password Secret Key after
// "A3-": the account ID (6), then 26 bytes in groups of 6, 5, 5, 5 and 5,
// or 11, 5, 5 and 5.
func onepasswordSecretKey(m string) bool {
	groups := strings.Split(m[3:], "-")
	var want []int
	switch len(groups) {
	case 6:
		want = []int{6, 6, 5, 5, 5, 5}
	case 5:
		want = []int{6, 11, 5, 5, 5}
	default:
		return false
	}
	for i, g := range groups {
		if len(g) != want[i] {
			return false
		}
	}
	return randomLooking(strings.Join(groups[1:], ""))
}

var _ = register(Detector{
	ID:          "onepassword-secret-key",
	Description: "1Password account Secret Key (A3- and 34 letters and digits in groups)",
	Category:    Secret,
	Keywords:    []string{"A3-"},
	Match:       prefixToken(newCharset("A-Z0-9-"), 36, 37),
	Validate:    onepasswordSecretKey,
	Positive: []Example{
		{Text: "A3-" + fake(charsUpperNum, 6, "1p") + "-" + fake(charsUpperNum, 6, "1p-2") + "-" + fake(charsUpperNum, 5, "1p-3") + "-" + fake(charsUpperNum, 5, "1p-4") + "-" + fake(charsUpperNum, 5, "1p-5") + "-" + fake(charsUpperNum, 4, "1p-6") + "7", Why: "as the Emergency Kit prints it"},
		{Text: "op account add --secret-key A3-" + fake(charsUpperNum, 6, "1p-7") + "-" + fake(charsUpperNum, 10, "1p-8") + "9-" + fake(charsUpperNum, 5, "1p-9") + "-" + fake(charsUpperNum, 5, "1p-10") + "-" + fake(charsUpperNum, 5, "1p-11"), Secret: "A3-" + fake(charsUpperNum, 6, "1p-7") + "-" + fake(charsUpperNum, 10, "1p-8") + "9-" + fake(charsUpperNum, 5, "1p-9") + "-" + fake(charsUpperNum, 5, "1p-10") + "-" + fake(charsUpperNum, 5, "1p-11"), Why: "the form with an 11-byte group, on a command line"},
	},
	Negative: []Example{
		{Text: "A3-" + fake(charsUpperNum, 6, "1p-18") + "-" + fake(charsUpperNum, 6, "1p-19") + "-" + fake(charsUpperNum, 5, "1p-20") + "-" + fake(charsUpperNum, 5, "1p-21") + "-" + fake(charsUpperNum, 5, "1p-22") + "-" + fake(charsUpperNum, 6, "1p-23"), Why: "last group one byte long"},
		{Text: "XA3-" + fake(charsUpperNum, 6, "1p-24") + "-" + fake(charsUpperNum, 6, "1p-25") + "-" + fake(charsUpperNum, 5, "1p-26") + "-" + fake(charsUpperNum, 5, "1p-27") + "-" + fake(charsUpperNum, 5, "1p-28") + "-" + fake(charsUpperNum, 5, "1p-29"), Why: "prefix inside a word"},
		{Text: "A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX", Why: "a placeholder"},
		{Text: "A3-" + fake(charsUpperNum, 6, "1p-12") + "-" + fake(charsUpperNum, 6, "1p-13") + "-" + fake(charsUpperNum, 5, "1p-14") + "-" + fake(charsUpperNum, 5, "1p-15") + "-" + fake(charsUpperNum, 5, "1p-16") + "-" + fake(charsUpperNum, 4, "1p-17"), Why: "last group one byte short"},
		{Text: "paper size A3-PORTRAIT-LANDSCAPE", Why: "a paper size"},
	},
})

var _ = register(keyedSecret(keyedSpec{
	id:    "sonarqube-legacy-token",
	desc:  "SonarQube / SonarCloud token without a prefix (40 hex digits)",
	keys:  []string{"sonar.login", "sonar.token", "sonar_login", "sonar_token", "sonarqube", "sonarcloud"},
	hot:   []string{"sonar.login", "sonar.token", "sonar_login", "sonar_token", "sonarcloud"},
	body:  run(setHex, 40, 40),
	valid: hexSecret,
	value: func(seed string) string { return fake(charsHex, 39, seed) + "a" },
}))
