package patterns

// Package registries and artifact stores: npm, PyPI, RubyGems, NuGet,
// Docker Hub, JFrog Artifactory, Clojars, crates.io. All have a
// distinctive prefix.

var (
	_ = register(prefixed("npm-token", "npm access token", "npm_", setAlnum, charsAlnum, 36))
	_ = register(prefixed("rubygems-api-key", "RubyGems API key", "rubygems_", setHex, charsHex, 48))
	_ = register(prefixed("nuget-api-key", "NuGet API key", "oy2", setLowerNum, charsLowerNum, 43))
	_ = register(prefixed("jfrog-api-key", "JFrog Artifactory API key", "AKCp", setAlnum, charsAlnum, 69))
	_ = register(prefixed("clojars-token", "Clojars deploy token", "CLOJARS_", setLowerNum, charsLowerNum, 60))
	_ = register(prefixed("crates-io-token", "crates.io API token", "cio", setAlnum, charsAlnum, 32))
)

var _ = register(Detector{
	ID:          "pypi-token",
	Description: "PyPI or TestPyPI upload token (pypi-AgEIcHlwaS5vcmc, pypi-AgENdGVzdC5weXBpLm9yZw)",
	Category:    Secret,
	Keywords:    []string{"pypi-AgEIcHlwaS5vcmc", "pypi-AgENdGVzdC5weXBpLm9yZw"},
	Match:       prefixToken(setBase64URL, 50, 1000),
	Positive: []Example{
		{Text: "pypi-AgEIcHlwaS5vcmc" + fake(charsBase64URL, 150, "pypi"), Why: "upload token"},
		{Text: "twine upload -p pypi-AgENdGVzdC5weXBpLm9yZw" + fake(charsBase64URL, 120, "pypi-2") + " dist/*", Secret: "pypi-AgENdGVzdC5weXBpLm9yZw" + fake(charsBase64URL, 120, "pypi-2"), Why: "TestPyPI token on a command line"},
	},
	Negative: []Example{
		{Text: "pypi-AgEIcHlwaS5vcmc", Why: "the prefix alone"},
	},
})

var _ = register(Detector{
	ID:          "dockerhub-token",
	Description: "Docker Hub personal or organization access token (dckr_pat_, dckr_oat_)",
	Category:    Secret,
	Keywords:    []string{"dckr_pat_", "dckr_oat_"},
	Match:       prefixToken(setBase64URL, 27, 32),
	Positive: []Example{
		{Text: "dckr_pat_" + fake(charsBase64URL, 27, "dockerhub"), Why: "personal access token"},
		{Text: "docker login -u bob -p dckr_oat_" + fake(charsBase64URL, 32, "dockerhub-2"), Secret: "dckr_oat_" + fake(charsBase64URL, 32, "dockerhub-2"), Why: "organization token on a command line"},
	},
	Negative: []Example{
		{Text: "dckr_pat_" + fake(charsBase64URL, 10, "dockerhub-short"), Why: "too short"},
	},
})

// jfrogRefPrefix is the base64 of "reftkn", which starts every JFrog
// reference token (the base64 of "reftkn:01:<expiry>:<random>").
const jfrogRefPrefix = "cmVmdGtu"

var _ = register(Detector{
	ID:          "jfrog-identity-token",
	Description: "JFrog Artifactory reference or identity token (cmVmdGtu: base64 of \"reftkn\", 64 bytes)",
	Category:    Secret,
	Keywords:    []string{jfrogRefPrefix},
	Match:       prefixToken(setAlnum, 56, 56),
	Positive: []Example{
		{Text: "cmVmdGtuOjAxOj" + fake(charsAlnum, 50, "jfrog-ref"), Why: "reference token"},
		{Text: "jf config add --access-token=cmVmdGtuOjAxOjE4" + fake(charsAlnum, 48, "jfrog-ref-2") + " --url", Secret: "cmVmdGtuOjAxOjE4" + fake(charsAlnum, 48, "jfrog-ref-2"), Why: "on a command line"},
	},
	Negative: []Example{
		{Text: "cmVmdGtuOjAxOj" + fake(charsAlnum, 10, "jfrog-ref-short"), Why: "too short"},
		{Text: "cmVmdGtuOjAxOj" + fake(charsAlnum, 49, "jfrog-ref-short-1"), Why: "one byte short"},
		{Text: "cmVmdGtuOjAxOj" + fake(charsAlnum, 51, "jfrog-ref-long"), Why: "one byte long"},
	},
})

// sidekiqCredentials reads the "<user>:<password>" pair, 8 hex digits each,
// that Sidekiq Enterprise and Pro gem servers take.
func sidekiqCredentials(s string, i int) (int, bool) {
	j := span(s, i, setHexAny, 9)
	if j-i != 8 || !hasAt(s, j, ":") {
		return 0, false
	}
	end := span(s, j+1, setHexAny, 9)
	if end-j-1 != 8 || end < len(s) && tokenChars[s[end]] {
		return 0, false
	}
	return end, true
}

var _ = register(Detector{
	ID:          "sidekiq-credentials",
	Description: "Sidekiq Enterprise or Pro gem server credentials (BUNDLE_ENTERPRISE__CONTRIBSYS__COM, https://user:pass@gems.contribsys.com)",
	Category:    Secret,
	// "bsys" of "contribsys.com": the rest of the host holds pairs that
	// every log line does ("e.", "s.").
	Keywords: []string{"CONTRIBSYS__COM", "bsys"},
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw == "bsys" {
			host := at - len("contri")
			var sign int // the '@' before the host
			switch {
			case hasAt(s, host-len("@gems."), "@gems.contribsys.com"):
				sign = host - len("@gems.")
			case hasAt(s, host-len("@enterprise."), "@enterprise.contribsys.com"):
				sign = host - len("@enterprise.")
			default:
				return 0, 0, false
			}
			// The credentials end at the '@' of the URL.
			start := sign - 17
			if start < 0 || !boundaryBefore(s, start) {
				return 0, 0, false
			}
			end, ok := sidekiqCredentials(s[:sign], start)
			return start, end, ok && end == sign
		}
		return keyed(nil, sidekiqCredentials)(s, at, kw)
	},
	Positive: []Example{
		{Text: "BUNDLE_ENTERPRISE__CONTRIBSYS__COM=" + fake(charsHex, 8, "sidekiq") + ":" + fake(charsHex, 8, "sidekiq-2"), Secret: fake(charsHex, 8, "sidekiq") + ":" + fake(charsHex, 8, "sidekiq-2"), Why: "Bundler credentials variable"},
		{Text: "source \"https://" + fake(charsHex, 8, "sidekiq-3") + ":" + fake(charsHex, 8, "sidekiq-4") + "@gems.contribsys.com/\"", Secret: fake(charsHex, 8, "sidekiq-3") + ":" + fake(charsHex, 8, "sidekiq-4"), Why: "Gemfile source URL"},
	},
	Negative: []Example{
		{Text: "BUNDLE_GEMS__CONTRIBSYS__COM=" + fake(charsHex, 8, "sidekiq-6") + ":" + fake(charsHex, 7, "sidekiq-7"), Why: "password one byte short"},
		{Text: "BUNDLE_GEMS__CONTRIBSYS__COM=" + fake(charsHex, 8, "sidekiq-8") + ":" + fake(charsHex, 9, "sidekiq-9"), Why: "password one byte long"},
		{Text: "BUNDLE_GEMS__CONTRIBSYS__COM=<user>:<pass>", Why: "a placeholder"},
		{Text: "BUNDLE_GEMS__CONTRIBSYS__COM=" + fake(charsHex, 8, "sidekiq-5"), Why: "the user without the password"},
		{Text: "fetching https://gems.contribsys.com/", Why: "the host alone"},
	},
})
