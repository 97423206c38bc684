package patterns

import "strings"

// Cloud providers: AWS, Google Cloud, Azure, Alibaba Cloud, Tencent Cloud.
// AWS secret access keys and session tokens without their STS prefix rely
// on the key name in front of them; the rest have a distinctive form.

const charsBase32Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

// awsSecretExample is the secret access key of AWS's documentation.
const awsSecretExample = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

// awsKeyID reads an access key ID: a prefix and 16 bytes of base32, or
// the A3T prefix of the oldest keys and 17 upper-case letters and digits.
func awsKeyID(s string, at int, kw string) (int, int, bool) {
	if kw == "A3T" {
		start, end, ok := prefixToken(setUpperNum, 17, 17)(s, at, kw)
		return start, end, ok && allIn(s[at+4:end], newCharset("A-Z2-7")) && randomLooking(s[at+3:end])
	}
	return prefixToken(newCharset("A-Z2-7"), 16, 16)(s, at, kw)
}

var _ = register(Detector{
	ID:          "aws-access-key-id",
	Description: "AWS access key ID: AKIA (long-term), ASIA (temporary), ABIA, ACCA, A3T (oldest)",
	Category:    Secret,
	Keywords:    []string{"AKIA", "ASIA", "ABIA", "ACCA", "A3T"},
	Match:       awsKeyID,
	Positive: []Example{
		{Text: "AKIAIOSFODNN7EXAMPLE", Why: "AWS's documented example"},
		{Text: "key AKIAIOSFODNN7EXAMPLE used", Secret: "AKIAIOSFODNN7EXAMPLE", Why: "inside a sentence"},
		{Text: "ASIA" + fake(charsBase32Upper, 16, "aws-asia"), Why: "temporary credentials from STS"},
		{Text: "ABIA" + fake(charsBase32Upper, 16, "aws-abia"), Why: "STS service bearer token"},
		{Text: "ACCA" + fake(charsBase32Upper, 16, "aws-acca"), Why: "context-specific credential"},
		{Text: "A3TX" + fake(charsBase32Upper, 15, "aws-a3t") + "2", Why: "key of the oldest form"},
	},
	Negative: []Example{
		{Text: "AKIA" + fake(charsBase32Upper, 12, "aws-short"), Why: "body too short"},
		{Text: "AKIA" + fake(charsBase32Upper, 20, "aws-long"), Why: "body too long"},
		{Text: "region ASIAPACIFICSOUTHEAST1 unknown", Why: "a word that starts with ASIA and has base32 digits after 16 letters"},
		{Text: "AKIA" + strings.ToLower(fake(charsBase32Upper, 16, "aws-lower")), Why: "lower case is not base32"},
		{Text: "XAKIAIOSFODNN7EXAMPLE", Why: "inside a longer word"},
		{Text: "A3TESTINGFRAMEWORKXY", Why: "an upper-case word after A3T"},
	},
})

var awsSecretSet = newCharset("A-Za-z0-9+/")

// awsSecretKeyNames are the names an AWS secret access key goes by, in
// every case: the detector also has the case-sensitive AKIA and ASIA.
// The camelCase and PascalCase spellings of SecretAccessKey are listed by
// their shared tail, since "Se" starts "Server" and "Service".
var awsSecretKeyNames = append([]string{"secret_access_key", "SECRET_ACCESS_KEY", "ecretAccessKey", "secret-access-key", "secretaccesskey"}, keyVariants("aws", "secret", "key")...)

// awsSecretNearID finds the secret next to its access key ID, which is
// the keyword.
var awsSecretNearID = pairSecret(pairSpec{
	id:       idToken(newCharset("A-Z2-7"), 16, 16),
	set:      awsSecretSet,
	min:      40,
	max:      40,
	valid:    mixedClasses,
	backward: true,
})

var awsSecretKeyed = keyed(nil, run(awsSecretSet, 40, 40))

var _ = register(Detector{
	ID:          "aws-secret-access-key",
	Description: "AWS secret access key after its key name (aws_secret_access_key, SecretAccessKey) or next to its access key ID",
	Category:    Secret,
	Keywords:    append([]string{"AKIA", "ASIA"}, awsSecretKeyNames...),
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw == "AKIA" || kw == "ASIA" {
			return awsSecretNearID(s, at, kw)
		}
		return awsSecretKeyed(s, at, kw)
	},
	Positive: []Example{
		{Text: "aws_secret_access_key = " + awsSecretExample, Secret: awsSecretExample, Why: "credentials file"},
		{Text: `{"AccessKeyId":"AKIAIOSFODNN7EXAMPLE","SecretAccessKey":"` + awsSecretExample + `"}`, Secret: awsSecretExample, Why: "STS JSON response"},
		{Text: "AWS_SECRET_ACCESS_KEY=" + fake(charsBase64, 40, "aws-secret"), Secret: fake(charsBase64, 40, "aws-secret"), Why: "environment variable"},
		{Text: `{\"secretAccessKey\":\"wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY\"}`, Secret: `wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY`, Why: "escaped JSON with escaped slashes"},
		{Text: "awsSecretKey: " + awsSecretExample, Secret: awsSecretExample, Why: "camelCase key in YAML"},
		{Text: "using AKIAIOSFODNN7EXAMPLE " + awsSecretExample + " for upload", Secret: awsSecretExample, Why: "id and secret side by side"},
		{Text: "AKIAIOSFODNN7EXAMPLE:" + awsSecretExample, Secret: awsSecretExample, Why: "id:secret"},
		{Text: "bob,,AKIAIOSFODNN7EXAMPLE," + awsSecretExample + ",https://123456789012.signin.aws.amazon.com/console", Secret: awsSecretExample, Why: "a line of the credentials CSV the console downloads"},
		{Text: `{"id":"ASIA` + fake(charsBase32Upper, 16, "aws-pair") + `","key":"` + fake(charsBase64, 39, "aws-pair") + `1"}`, Secret: fake(charsBase64, 39, "aws-pair") + "1", Why: "JSON pair under names that are not sensitive"},
		{Text: "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\nsecret = " + awsSecretExample + "\n", Secret: awsSecretExample, Why: "consecutive lines of a credentials file, under a short name"},
		{Text: "access=AKIAIOSFODNN7EXAMPLE\\nsk=" + awsSecretExample, Secret: awsSecretExample, Why: "lines joined by a \\n escape"},
		{Text: "creds " + awsSecretExample + " AKIAIOSFODNN7EXAMPLE", Secret: awsSecretExample, Why: "secret before the id"},
	},
	Negative: []Example{
		{Text: "aws_secret_access_key = " + fake(charsBase64, 20, "aws-secret-short"), Why: "value too short"},
		{Text: "rotated aws_secret_access_key for user bob", Why: "the key name without a value"},
		{Text: awsSecretExample, Why: "40 base64 bytes alone could be anything"},
		{Text: "aws_secret_access_key = " + fake(charsBase64, 41, "aws-secret-long"), Why: "value one byte too long"},
	},
})

// awsSessionPrefixes start the base64 of STS session tokens.
var awsSessionPrefixes = []string{"IQoJb3JpZ2luX2Vj", "FwoGZXIvYXdz", "FQoGZXIvYXdz", "AQoDYXdz"}

var awsSessionKeyed = keyed(nil, run(newCharset("A-Za-z0-9+/=%"), 100, 2048))

var _ = register(Detector{
	ID:          "aws-session-token",
	Description: "AWS STS session token, by its prefix or after its key name",
	Category:    Secret,
	Keywords:    append([]string{"aws_session_token", "aws_security_token", "x-amz-security-token", "sessiontoken"}, awsSessionPrefixes...),
	IgnoreCase:  true,
	Match: func(s string, at int, kw string) (int, int, bool) {
		for _, p := range awsSessionPrefixes {
			if kw == p {
				if !hasAt(s, at, kw) {
					return 0, 0, false // the prefilter ignored case
				}
				return prefixToken(newCharset("A-Za-z0-9+/=%"), 80, 2048)(s, at, kw)
			}
		}
		return awsSessionKeyed(s, at, kw)
	},
	Positive: []Example{
		{Text: "IQoJb3JpZ2luX2Vj" + fake(charsBase64, 300, "aws-sts") + "==", Why: "bare STS token"},
		{Text: "aws_session_token=" + fake(charsBase64, 200, "aws-sts-2"), Secret: fake(charsBase64, 200, "aws-sts-2"), Why: "credentials file, any body"},
		{Text: "GET /b/o?X-Amz-Security-Token=FwoGZXIvYXdz" + fake(charsAlnum, 150, "aws-sts-3") + "%2F" + fake(charsAlnum, 20, "aws-sts-4") + "&X-Amz-Date=20261130", Secret: "FwoGZXIvYXdz" + fake(charsAlnum, 150, "aws-sts-3") + "%2F" + fake(charsAlnum, 20, "aws-sts-4"), Why: "presigned URL"},
	},
	Negative: []Example{
		{Text: "IQoJb3JpZ2luX2Vj" + fake(charsBase64, 20, "aws-sts-short"), Why: "too short for a session token"},
		{Text: "aws_session_token expired at 09:00", Why: "the key name without a value"},
		{Text: "iqojb3jpz2lux2vj" + strings.ToLower(fake(charsAlnum, 120, "aws-sts-lower")), Why: "prefix in the wrong case"},
	},
})

var _ = register(Detector{
	ID:          "aws-bedrock-api-key",
	Description: "Amazon Bedrock long-term API key (ABSK)",
	Category:    Secret,
	Keywords:    []string{"ABSK"},
	Match:       prefixToken(newCharset("A-Za-z0-9+/="), 109, 271),
	Positive: []Example{
		{Text: "ABSK" + fake(charsBase64, 130, "aws-bedrock") + "=", Why: "bare key"},
	},
	Negative: []Example{
		{Text: "ABSK" + fake(charsBase64, 40, "aws-bedrock-short"), Why: "body too short"},
	},
})

// bedrockShortPrefix is "bedrock-api-key-" and the base64 of
// "bedrock.amazonaws.com", which starts the presigned URL that a
// short-term Bedrock API key encodes.
const bedrockShortPrefix = "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t"

var _ = register(Detector{
	ID:          "aws-bedrock-short-term-api-key",
	Description: "Amazon Bedrock short-term API key (bedrock-api-key-: a base64 presigned URL)",
	Category:    Secret,
	Keywords:    []string{bedrockShortPrefix},
	Match:       prefixToken(newCharset("A-Za-z0-9+/="), 100, 8192),
	Positive: []Example{
		{Text: bedrockShortPrefix + fake(charsBase64, 900, "aws-bedrock-short") + "==", Why: "bare key"},
		{Text: "AWS_BEARER_TOKEN_BEDROCK=" + bedrockShortPrefix + fake(charsBase64, 600, "aws-bedrock-short-2"), Secret: bedrockShortPrefix + fake(charsBase64, 600, "aws-bedrock-short-2"), Why: "environment variable the SDKs read"},
	},
	Negative: []Example{
		{Text: "x" + bedrockShortPrefix + fake(charsBase64, 300, "aws-bedrock-short-4"), Why: "prefix inside a word"},
		{Text: bedrockShortPrefix, Why: "the prefix alone"},
		{Text: bedrockShortPrefix + fake(charsBase64, 40, "aws-bedrock-short-3"), Why: "too short for a presigned URL"},
	},
})

var _ = register(Detector{
	ID:          "amazon-mws-token",
	Description: "Amazon Marketplace Web Service auth token (amzn.mws.)",
	Category:    Secret,
	Keywords:    []string{"amzn.mws."},
	Match:       prefixToken(newCharset("0-9a-f-"), 36, 36),
	Validate:    func(m string) bool { return isUUID(m[len("amzn.mws."):]) },
	Positive: []Example{
		{Text: "amzn.mws." + fakeUUID("amazon-mws"), Why: "bare token"},
	},
	Negative: []Example{
		{Text: "amzn.mws." + fake(charsHex, 36, "amazon-mws-flat"), Why: "not shaped as a UUID"},
	},
})

var _ = register(Detector{
	ID:          "gcp-api-key",
	Description: "Google Cloud / Firebase / Maps API key (AIza)",
	Category:    Secret,
	Keywords:    []string{"AIza"},
	Match:       prefixToken(setBase64URL, 35, 35),
	Positive: []Example{
		{Text: "AIza" + fake(charsBase64URL, 35, "gcp-api-key"), Why: "bare key"},
		{Text: "GET /maps/api/geocode/json?address=x&key=AIza" + fake(charsBase64URL, 35, "gcp-api-key-2") + " 200", Secret: "AIza" + fake(charsBase64URL, 35, "gcp-api-key-2"), Why: "URL query"},
	},
	Negative: []Example{
		{Text: "AIza" + fake(charsBase64URL, 20, "gcp-api-key-short"), Why: "body too short"},
		{Text: "MAIza" + fake(charsBase64URL, 35, "gcp-api-key-word"), Why: "inside a word"},
	},
})

var _ = register(Detector{
	ID:          "gcp-oauth-client-secret",
	Description: "Google OAuth client secret (GOCSPX-)",
	Category:    Secret,
	Keywords:    []string{"GOCSPX-"},
	Match:       prefixToken(setBase64URL, 28, 28),
	Positive: []Example{
		{Text: "GOCSPX-" + fake(charsBase64URL, 28, "gcp-oauth"), Why: "bare secret"},
	},
	Negative: []Example{
		{Text: "GOCSPX-" + fake(charsBase64URL, 10, "gcp-oauth-short"), Why: "body too short"},
	},
})

var _ = register(Detector{
	ID:          "gcp-oauth-access-token",
	Description: "Google OAuth 2.0 access token (ya29.)",
	Category:    Secret,
	Keywords:    []string{"ya29."},
	Match:       dottedToken(newCharset("A-Za-z0-9_.-"), 30, 2048),
	Positive: []Example{
		{Text: "ya29." + fake(charsBase64URL, 150, "gcp-ya29"), Why: "bare token"},
		{Text: "refreshed ya29.a0" + fake(charsBase64URL, 120, "gcp-ya29-2") + ".", Secret: "ya29.a0" + fake(charsBase64URL, 120, "gcp-ya29-2"), Why: "sentence ends after it"},
	},
	Negative: []Example{
		{Text: "ya29.1", Why: "too short"},
	},
})

var _ = register(Detector{
	ID:          "gcp-oauth-refresh-token",
	Description: "Google OAuth 2.0 refresh token (1//0)",
	Category:    Secret,
	Keywords:    []string{"1//0", `1\/\/0`},
	Match: func(s string, at int, kw string) (int, int, bool) {
		if !boundaryBefore(s, at) || at > 0 && s[at-1] == '/' {
			return 0, 0, false
		}
		return prefixToken(setBase64URL, 40, 512)(s, at, kw)
	},
	Validate: func(m string) bool { return mixedClasses(m[strings.LastIndexByte(m, '0')+1:]) },
	Positive: []Example{
		{Text: "1//0g" + fake(charsBase64URL, 98, "gcp-refresh"), Why: "bare token"},
		{Text: `{"refresh":"1\/\/03` + fake(charsBase64URL, 98, "gcp-refresh-2") + `"}`, Secret: `1\/\/03` + fake(charsBase64URL, 98, "gcp-refresh-2"), Why: "JSON with escaped slashes"},
	},
	Negative: []Example{
		{Text: "1//0g" + fake(charsBase64URL, 513, "gcp-refresh-long"), Why: "too long"},
		{Text: "v1//0g" + fake(charsBase64URL, 98, "gcp-refresh-word"), Why: "prefix inside a word"},
		{Text: "refresh token 1//0 missing", Why: "the prefix alone"},
		{Text: "1//0g" + fake(charsBase64URL, 20, "gcp-refresh-short"), Why: "too short"},
		{Text: "file:///1//0" + fake(charsBase64URL, 60, "gcp-refresh-path"), Why: "inside a path"},
	},
})

// A service account key file holds its PEM private key as a JSON string,
// with line breaks written "\n". The whole string value is redacted.
var _ = register(Detector{
	ID:          "gcp-service-account-key",
	Description: "Private key of a Google Cloud service account key file (the private_key JSON value)",
	Category:    Secret,
	Keywords:    []string{"private_key"},
	Match:       gcpPrivateKey,
	Positive: []Example{
		{Text: `{"type":"service_account","private_key_id":"` + fake(charsHex, 40, "gcp-sa-id") + `","private_key":"` + gcpPEM("gcp-sa") + `","client_email":"svc@proj.iam.gserviceaccount.com"}`, Secret: gcpPEM("gcp-sa"), Why: "key file as one JSON line"},
	},
	Negative: []Example{
		{Text: `{"private_key_file":"/etc/svc/key.json"}`, Why: "a path to the key file"},
		{Text: `missing field private_key in credentials`, Why: "the field name alone"},
	},
})

// gcpPrivateKey matches the PEM block that is the value of a private_key
// field, with the "\n" that ends the value, so that its span is the whole
// JSON string.
func gcpPrivateKey(s string, at int, kw string) (int, int, bool) {
	i, ok := afterSeparator(s, at+len(kw))
	if !ok || !hasAt(s, i, "-----BEGIN ") {
		return 0, 0, false
	}
	_, end, ok := pemBlock(func(l string) bool { return l == "PRIVATE KEY" || l == "RSA PRIVATE KEY" })(s, i, "-----BEGIN ")
	if !ok {
		return 0, 0, false
	}
	for _, nl := range []string{`\\n`, `\n`} {
		if hasAt(s, end, nl) {
			end += len(nl)
			break
		}
	}
	return i, end, true
}

// gcpPEM is a PKCS#8 private key as a service account file writes it.
func gcpPEM(seed string) string {
	var b strings.Builder
	b.WriteString(`-----BEGIN PRIVATE KEY-----\n`)
	for i := 0; i < 6; i++ {
		b.WriteString(fake(charsBase64, 64, seed+string(rune('a'+i))))
		b.WriteString(`\n`)
	}
	b.WriteString(`-----END PRIVATE KEY-----\n`)
	return b.String()
}

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
		{Text: "AccountKey=" + fake(charsBase64, 20, "azure-storage-short") + "==", Why: "too short for a storage key"},
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

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
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

var _ = register(Detector{
	ID:          "alibaba-access-key-id",
	Description: "Alibaba Cloud AccessKey ID (LTAI)",
	Category:    Secret,
	Keywords:    []string{"LTAI"},
	Match:       prefixToken(setAlnum, 12, 20),
	Validate:    func(m string) bool { return randomLooking(m[4:]) },
	Positive: []Example{
		{Text: "LTAI5t" + fake(charsAlnum, 17, "alibaba") + "9", Why: "bare key ID"},
	},
	Negative: []Example{
		{Text: "LTAI" + fake(charsAlnum, 30, "alibaba-long"), Why: "too long"},
		{Text: "LTAINTERNATIONALHUB", Why: "an upper-case word"},
	},
})

var _ = register(Detector{
	ID:          "tencent-secret-id",
	Description: "Tencent Cloud SecretId (AKID)",
	Category:    Secret,
	Keywords:    []string{"AKID"},
	Match:       prefixToken(setAlnum, 32, 32),
	Validate:    func(m string) bool { return randomLooking(m[4:]) },
	Positive: []Example{
		{Text: "AKID" + fake(charsAlnum, 31, "tencent") + "1", Why: "bare SecretId"},
	},
	Negative: []Example{
		{Text: "AKID" + fake(charsAlnum, 16, "tencent-short"), Why: "too short"},
	},
})
