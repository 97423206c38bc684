package patterns

import "strings"

// Azure: storage and Service Bus keys in connection strings, shared
// access signatures, Entra ID client secrets, and keys in Microsoft's
// identifiable format. Storage and shared access keys rely on their
// connection string's syntax, SAS signatures on the query around them,
// and client secrets of the older forms on the client ID next to them.
//
// Keys in Microsoft's identifiable format: 84 bytes of base62 with
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

var _ = register(Detector{
	ID:          "azure-storage-account-key",
	Description: "Azure Storage account key in a connection string (AccountKey=)",
	Category:    Secret,
	Keywords:    []string{"AccountKey="},
	Match:       valueAfter(literalAfter(run(newCharset("A-Za-z0-9+/"), 86, 86), "==")),
	Positive: []Example{
		{Text: "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + fake(charsBase64, 86, "azure-storage") + "==;EndpointSuffix=core.windows.net", Secret: fake(charsBase64, 86, "azure-storage") + "==", Why: "connection string"},
	},
	Negative: []Example{
		{Text: "GET /docs/AccountKey=" + fake(charsBase64, 20, "azure-storage-short") + "==", Why: "too short for a storage key (in a path, where no key rule applies)"},
		{Text: "AccountKey=<redacted>", Why: "a placeholder"},
	},
})

var _ = register(Detector{
	ID:          "azure-shared-access-key",
	Description: "Azure Service Bus, Event Hubs or IoT Hub shared access key (SharedAccessKey=)",
	Category:    Secret,
	Keywords:    []string{"SharedAccessKey="},
	Match:       valueAfter(literalAfter(run(newCharset("A-Za-z0-9+/"), 42, 43), "=")),
	Positive: []Example{
		{Text: "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=" + fake(charsBase64, 43, "azure-sb") + "=", Secret: fake(charsBase64, 43, "azure-sb") + "=", Why: "Service Bus connection string"},
	},
	Negative: []Example{
		{Text: "SharedAccessKeyName=RootManageSharedAccessKey", Why: "the key's name, not the key"},
	},
})

// sasContext are the parameters of which a shared access signature query
// holds at least one besides sig=: the service version of a storage SAS,
// the key name and resource of a Service Bus or Event Hubs token, written
// plain or URL-encoded.
var sasContext = []string{"sv=20", "sv%3D20", "sv%3d20", "skn=", "skn%3D", "skn%3d", "sr=", "sr%3D", "sr%3d"}

// sasReach bounds how far the other parameters of a SAS are looked for.
const sasReach = 1024

// sasSignature matches the value of a SAS's sig= parameter, which the
// keyword ends with: the base64 of an HMAC-SHA256, 43 bytes and '=',
// percent-encoded once or twice when the URL is itself a parameter.
func sasSignature(s string, at int, kw string) (int, int, bool) {
	i := at + len(kw)
	end, n := i, 0
	for end < len(s) && end-i < 200 {
		c := s[end]
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/', c == '=':
			end++
			n++
			continue
		case c == '%':
			if v, w := percentByte(s, end); w > 0 && (v == '+' || v == '/' || v == '=') {
				end += w
				n++
				continue
			}
		}
		break
	}
	if n < 43 || n > 44 || !sasQuery(s, at, end) {
		return 0, 0, false
	}
	return i, end, true
}

// percentByte decodes the escape at s[i] ("%2B", or "%252B" when encoded
// twice) and returns the byte and the escape's width.
func percentByte(s string, i int) (byte, int) {
	w := 1
	if hasAt(s, i, "%25") {
		w = 3
	}
	if i+w+2 > len(s) || !isHexDigit(s[i+w]) || !isHexDigit(s[i+w+1]) {
		return 0, 0
	}
	return unhex(s[i+w])<<4 | unhex(s[i+w+1]), w + 2
}

// sasQuery reports whether the run of text around s[from:to], up to a
// space or quote, holds another parameter of a SAS.
func sasQuery(s string, from, to int) bool {
	lo := from
	for lo > 0 && from-lo < sasReach && !sasEnd[s[lo-1]] {
		lo--
	}
	hi := to
	for hi < len(s) && hi-to < sasReach && !sasEnd[s[hi]] {
		hi++
	}
	for _, p := range sasContext {
		if strings.Contains(s[lo:from], p) || strings.Contains(s[to:hi], p) {
			return true
		}
	}
	return false
}

// sasEnd ends the text of a URL or a connection string.
var sasEnd = newCharset(" \t\r\n\"'<>`")

var _ = register(Detector{
	ID:          "azure-sas-token",
	Description: "Azure shared access signature: the sig= of a storage SAS (with sv=) or of a Service Bus / Event Hubs token (with sr= or skn=), in a URL, a connection string, escaped JSON or a URL-encoded parameter",
	Category:    Secret,
	Keywords:    []string{"&sig=", "?sig=", ";sig=", " sig=", "u0026sig=", "%26sig%3D", "%26sig%3d", "%3Fsig%3D", "%3fsig%3d"},
	Match:       sasSignature,
	Positive: []Example{
		{Text: "GET https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-01T00:00:00Z&spr=https&sig=" + fake(charsAlnum, 43, "azure-sas") + "%3D 200", Secret: fake(charsAlnum, 43, "azure-sas") + "%3D", Why: "blob URL with a SAS"},
		{Text: "https://acct.queue.core.windows.net/q?sig=" + fake(charsAlnum, 20, "azure-sas-2") + "%2B" + fake(charsAlnum, 22, "azure-sas-3") + "%3D&sv=2023-01-03&se=2026-12-01&sp=a", Secret: fake(charsAlnum, 20, "azure-sas-2") + "%2B" + fake(charsAlnum, 22, "azure-sas-3") + "%3D", Why: "sig= first in the query"},
		{Text: "Authorization: SharedAccessSignature sr=sb%3a%2f%2fns.servicebus.windows.net%2fq&sig=" + fake(charsAlnum, 43, "azure-sas-4") + "%3d&se=1795000000&skn=RootManageSharedAccessKey", Secret: fake(charsAlnum, 43, "azure-sas-4") + "%3d", Why: "Service Bus SAS token"},
		{Text: `{"uri":"https://a.blob.core.windows.net/c?sv=2021-08-06\u0026sr=b\u0026sig=` + fake(charsBase64, 43, "azure-sas-5") + `="}`, Secret: fake(charsBase64, 43, "azure-sas-5") + "=", Why: "JSON with escaped ampersands"},
		{Text: "redirect?to=https%3A%2F%2Fa.blob.core.windows.net%2Fc%3Fsv%3D2022-11-02%26sig%3D" + fake(charsAlnum, 43, "azure-sas-6") + "%253D", Secret: fake(charsAlnum, 43, "azure-sas-6") + "%253D", Why: "SAS URL encoded inside another URL"},
		{Text: "BlobEndpoint=https://a.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2026-12-01&sig=" + fake(charsAlnum, 43, "azure-sas-7") + "=", Secret: fake(charsAlnum, 43, "azure-sas-7") + "=", Why: "connection string with a SAS"},
	},
	Negative: []Example{
		{Text: "GET /verify?alg=x&sig=" + fake(charsAlnum, 43, "azure-sas-other") + "%3D", Why: "a sig parameter without the SAS version"},
		{Text: "GET /b?sv=2022-11-02&sig=" + fake(charsAlnum, 30, "azure-sas-short") + "%3D", Why: "signature too short"},
		{Text: "GET /b?sv=2022-11-02&sig=" + fake(charsAlnum, 50, "azure-sas-long"), Why: "signature too long"},
	},
})

var azureSecretSet = newCharset("A-Za-z0-9_~.-")

// azureLegacySecret are the bytes of client secrets issued before the
// "Q~" form.
var azureLegacySecret = newCharset("A-Za-z0-9._~+/@?[]*-")

// azureClientIDKeys name an application's client ID, which the client
// secret is usually written next to.
var azureClientIDKeys = keyVariants("azure", "client", "id")

// azureSecretNearID finds a client secret next to the client ID that
// follows one of azureClientIDKeys.
var azureSecretNearID = pairSecret(pairSpec{
	id: func(s string, at int, kw string) (int, int, bool) {
		i, ok := afterKey(s, at, at+len(kw))
		if !ok {
			return 0, 0, false
		}
		end, ok := uuidBody(s, i)
		return i, end, ok
	},
	set:   azureLegacySecret,
	min:   32,
	max:   44,
	valid: mixedClasses,
	key:   tailHas("secret", "password", "pass", "pwd", "key", "cred"),
})

var _ = register(Detector{
	ID:          "azure-client-secret",
	Description: "Microsoft Entra ID (Azure AD) application client secret: the xxxNQ~... form alone, or any form next to its client ID",
	Category:    Secret,
	Keywords:    append([]string{"0Q~", "1Q~", "2Q~", "3Q~", "4Q~", "5Q~", "6Q~", "7Q~", "8Q~", "9Q~"}, azureClientIDKeys...),
	Match: func(s string, at int, kw string) (int, int, bool) {
		if strings.HasSuffix(kw, "Q~") {
			return innerToken(azureSecretSet, 3, 3, 31, 34)(s, at, kw)
		}
		return azureSecretNearID(s, at, kw)
	},
	Positive: []Example{
		{Text: fake(charsAlnum, 3, "azure-cs") + "8Q~" + fake(charsAlnum+"_~.-", 33, "azure-cs-2") + "x", Why: "bare secret"},
		{Text: "client secret rotated: " + fake(charsAlnum, 3, "azure-cs-3") + "7Q~" + fake(charsAlnum, 34, "azure-cs-4"), Secret: fake(charsAlnum, 3, "azure-cs-3") + "7Q~" + fake(charsAlnum, 34, "azure-cs-4"), Why: "end of a message"},
		{Text: "AZURE_CLIENT_ID=" + fakeUUID("azure-app") + "\nAZURE_CLIENT_CREDENTIAL=" + fake(charsAlnum, 30, "azure-old") + "@]1", Secret: fake(charsAlnum, 30, "azure-old") + "@]1", Why: "legacy secret on the line after its client ID"},
		{Text: `{"azureClientId":"` + fakeUUID("azure-app-2") + `","clientKey":"` + fake(charsAlnum, 33, "azure-old-2") + `.9Z"}`, Secret: fake(charsAlnum, 33, "azure-old-2") + ".9Z", Why: "JSON pair"},
	},
	Negative: []Example{
		{Text: "abc8Q~short", Why: "body too short"},
		{Text: "AZURE_CLIENT_ID=" + fakeUUID("azure-app-3") + " AZURE_TENANT_ID=" + fakeUUID("azure-tenant"), Why: "the tenant ID next to the client ID"},
		{Text: "AZURE_CLIENT_ID=" + fakeUUID("azure-app-4") + " display=" + fake(charsAlnum, 36, "azure-display"), Why: "a value under a name that is not a secret's"},
	},
})
