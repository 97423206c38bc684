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

var _ = register(Detector{
	ID:          "jfrog-identity-token",
	Description: "JFrog Artifactory reference or identity token (cmVmdGtuOjAxOj: base64 of \"reftkn:01:\")",
	Category:    Secret,
	Keywords:    []string{"cmVmdGtuOjAxOj"},
	Match:       prefixToken(setAlnum, 40, 100),
	Positive: []Example{
		{Text: "cmVmdGtuOjAxOj" + fake(charsAlnum, 50, "jfrog-ref"), Why: "reference token"},
	},
	Negative: []Example{
		{Text: "cmVmdGtuOjAxOj" + fake(charsAlnum, 10, "jfrog-ref-short"), Why: "too short"},
	},
})
