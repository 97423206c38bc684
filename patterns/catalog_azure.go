package patterns

import "strings"

// Azure keys in Microsoft's identifiable format: 84 bytes of base62 with
// the marker "JQQJ99" at offset 52 and a four-letter service signature at
// offset 76 ("AZDO" for Azure DevOps, "ACOG" for Azure AI services and
// Azure OpenAI, "AWPS" for Web PubSub, ...). Legacy Azure DevOps personal
// access tokens (52 bytes of lower-case base32) rely on the key name in
// front of them.

const azureMarker = "JQQJ99"

var setBase32Lower = newCharset("a-z2-7")

// azureIdentifiable matches an 84-byte identifiable key around its marker
// and reports its signature.
func azureIdentifiable(s string, at int) (start, end int, sig string, ok bool) {
	start, end, ok = innerToken(setAlnum, 52, 52, 26, 26)(s, at, azureMarker)
	if !ok {
		return 0, 0, "", false
	}
	sig = s[start+76 : start+80]
	for i := 0; i < len(sig); i++ {
		if sig[i] < 'A' || sig[i] > 'Z' {
			return 0, 0, "", false
		}
	}
	return start, end, sig, true
}

// fakeAzureKey builds an identifiable key with signature sig.
func fakeAzureKey(sig, seed string) string {
	return fakeMixed(charsAlnum, 52, seed) + azureMarker + "BF" + "AC" + fake(charsAlnum, 14, seed+"-mid") + sig + fake(charsAlnum, 4, seed+"-crc")
}

var azureDevOpsLegacy = keyed(nil, run(setBase32Lower, 52, 52))

// azureDevOpsKeys are the names legacy personal access tokens go by.
var azureDevOpsKeys = append(keyVariants("azure", "devops"), "ado_pat", "ADO_PAT", "adoPat", "ado-pat", "VSTS_", "vsts_", "SYSTEM_ACCESSTOKEN")

var _ = register(Detector{
	ID:          "azure-devops-pat",
	Description: "Azure DevOps personal access token: identifiable (JQQJ99 ... AZDO) or legacy (52 base32 bytes after a key name such as AZURE_DEVOPS_EXT_PAT)",
	Category:    Secret,
	Keywords:    append([]string{azureMarker}, azureDevOpsKeys...),
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw != azureMarker {
			return azureDevOpsLegacy(s, at, kw)
		}
		start, end, sig, ok := azureIdentifiable(s, at)
		if !ok || sig != "AZDO" {
			return 0, 0, false
		}
		return start, end, true
	},
	Validate: randomLooking,
	Positive: []Example{
		{Text: fakeAzureKey("AZDO", "azdo"), Why: "bare token"},
		{Text: "git clone https://dev.azure.com/org/_git/repo -c http.extraheader=\"X: " + fakeAzureKey("AZDO", "azdo-2") + "\"", Secret: fakeAzureKey("AZDO", "azdo-2"), Why: "in a command line"},
		{Text: "AZURE_DEVOPS_EXT_PAT=" + fake("abcdefghijklmnopqrstuvwxyz234567", 51, "azdo-legacy") + "7", Secret: fake("abcdefghijklmnopqrstuvwxyz234567", 51, "azdo-legacy") + "7", Why: "legacy token in the CLI's variable"},
	},
	Negative: []Example{
		{Text: "AZURE_DEVOPS_EXT_PAT=<your-pat>", Why: "a placeholder"},
		{Text: fakeAzureKey("AZDO", "azdo-3")[1:], Why: "one byte short"},
		{Text: "x" + fakeAzureKey("AZDO", "azdo-4"), Why: "one byte long"},
		{Text: "AZURE_DEVOPS_ORG=https://dev.azure.com/contoso", Why: "an organization URL"},
	},
})

var _ = register(Detector{
	ID:          "azure-api-key",
	Description: "Azure service key in the identifiable format (JQQJ99): Azure OpenAI, AI services, Web PubSub and others",
	Category:    Secret,
	Keywords:    []string{azureMarker},
	Match: func(s string, at int, kw string) (int, int, bool) {
		start, end, sig, ok := azureIdentifiable(s, at)
		if !ok || sig == "AZDO" {
			return 0, 0, false
		}
		return start, end, true
	},
	Validate: mixedClasses,
	Positive: []Example{
		{Text: fakeAzureKey("ACOG", "azure-cog"), Why: "Azure AI services key"},
		{Text: "Endpoint=https://x.webpubsub.azure.com;AccessKey=" + fakeAzureKey("AWPS", "azure-wps") + ";Version=1.0;", Secret: fakeAzureKey("AWPS", "azure-wps"), Why: "Web PubSub connection string"},
	},
	Negative: []Example{
		{Text: fakeAzureKey("ACOG", "azure-cog-2")[1:], Why: "one byte short"},
		{Text: "x" + fakeAzureKey("ACOG", "azure-cog-3"), Why: "one byte long"},
		{Text: strings.Repeat("X", 52) + azureMarker + strings.Repeat("X", 26), Why: "a placeholder"},
		{Text: fakeAzureKey("acog", "azure-lower"), Why: "no service signature"},
		{Text: fake(charsAlnum, 52, "azure-marker") + azureMarker, Why: "the marker without the rest"},
	},
})
