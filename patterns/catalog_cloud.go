package patterns

import "strings"

// Cloud providers: AWS, Google Cloud, and the key IDs of Alibaba Cloud and
// Tencent Cloud (their secrets are in catalog_cloud_other.go, Azure's
// keys in catalog_azure.go). An AWS secret access key is found after its
// key name or next to its access key ID, and session tokens without their
// STS prefix after their key name; the rest have a distinctive form.

const charsBase32Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

// awsSecretExample is the secret access key of AWS's documentation.
const awsSecretExample = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

// awsKeyID reads an access key ID: a prefix and 16 bytes of base32, or
// the A3T prefix of the oldest keys and 17 upper-case letters and digits.
func awsKeyID(s string, at int, kw string) (int, int, bool) {
	if kw == "A3T" {
		start, end, ok := prefixToken(setUpperNum, 17, 17)(s, at, kw)
		return start, end, ok && allIn(s[at+4:end], setBase32Up) && randomLooking(s[at+3:end])
	}
	return prefixToken(setBase32Up, 16, 16)(s, at, kw)
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

var awsSecretSet = setBase64Raw

// awsSecretKeyNames are the names an AWS secret access key goes by, in
// every case: the detector also has the case-sensitive AKIA and ASIA.
// The camelCase and PascalCase spellings of SecretAccessKey are listed by
// their shared tail, since "Se" starts "Server" and "Service".
var awsSecretKeyNames = append([]string{"secret_access_key", "SECRET_ACCESS_KEY", "ecretAccessKey", "secret-access-key", "secretaccesskey"}, keyVariants("aws", "secret", "key")...)

// awsSecretNearID finds the secret next to its access key ID, which is
// the keyword.
var awsSecretNearID = pairSecret(pairSpec{
	identifier: "aws-access-key-id",
	id:         idToken(setBase32Up, 16, 16),
	set:        awsSecretSet,
	min:        40,
	max:        40,
	valid:      mixedClasses,
	backward:   true,
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
		{Text: "aws_secret_access_key_id = " + fake(charsBase64, 20, "aws-secret-short"), Why: "value too short, under a key that only describes the secret"},
		{Text: "rotated aws_secret_access_key for user bob", Why: "the key name without a value"},
		{Text: awsSecretExample, Why: "40 base64 bytes alone could be anything"},
	},
})

// awsSessionPrefixes start the base64 of STS session tokens.
// awsSessionBody is the alphabet of an STS session token, which query
// strings carry percent-encoded.
var awsSessionBody = newCharset("A-Za-z0-9+/=%")

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
				return prefixToken(awsSessionBody, 80, 2048)(s, at, kw)
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
