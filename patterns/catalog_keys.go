package patterns

import (
	"encoding/base64"
	"strings"
)

// Private keys and signed tokens: PEM, OpenSSH, PGP and PuTTY private key
// blocks, age identities, and JSON Web Tokens. All are found by structure;
// none relies on context.

var _ = register(Detector{
	ID:          "private-key",
	Description: "PEM private key block: PKCS#8, RSA, EC, DSA, encrypted (-----BEGIN ... PRIVATE KEY-----)",
	Category:    Secret,
	Keywords:    []string{"-----BEGIN "},
	Match: pemBlock(func(l string) bool {
		return strings.HasSuffix(l, "PRIVATE KEY") && l != "OPENSSH PRIVATE KEY" && upperLabel(l)
	}),
	Positive: []Example{
		{Text: pemExample("RSA PRIVATE KEY", "\n", 25, "pem-rsa"), Why: "RSA key with real line breaks"},
		{Text: pemExample("PRIVATE KEY", `\n`, 52, "pem-pkcs8"), Why: "4096-bit PKCS#8 key joined by \\n escapes, as in a JSON string"},
		{Text: "loaded key " + pemExample("EC PRIVATE KEY", `\n`, 3, "pem-ec") + " from env", Secret: pemExample("EC PRIVATE KEY", `\n`, 3, "pem-ec"), Why: "EC key inside a sentence"},
		{Text: "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + fake(charsBase64, 64, "pem-trunc") + "\n" + fake(charsBase64, 40, "pem-trunc-2"), Why: "block cut short by a line limit"},
	},
	Negative: []Example{
		{Text: pemExample("CERTIFICATE", "\n", 10, "pem-cert"), Why: "a certificate is public"},
		{Text: pemExample("PUBLIC KEY", `\n`, 4, "pem-pub"), Why: "a public key"},
		{Text: "expected -----BEGIN PRIVATE KEY----- header", Why: "the marker alone"},
	},
})

var _ = register(Detector{
	ID:          "openssh-private-key",
	Description: "OpenSSH private key block (-----BEGIN OPENSSH PRIVATE KEY-----)",
	Category:    Secret,
	Keywords:    []string{"-----BEGIN "},
	Match:       pemBlock(func(l string) bool { return l == "OPENSSH PRIVATE KEY" }),
	Positive: []Example{
		{Text: pemExample("OPENSSH PRIVATE KEY", "\n", 7, "openssh"), Why: "ed25519 key"},
		{Text: `{"key":"` + pemExample("OPENSSH PRIVATE KEY", `\n`, 7, "openssh-2") + `\n"}`, Secret: pemExample("OPENSSH PRIVATE KEY", `\n`, 7, "openssh-2"), Why: "JSON string with \\n escapes"},
	},
	Negative: []Example{
		{Text: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + fake(charsBase64, 43, "openssh-pub") + " bob@host", Why: "a public key line"},
		{Text: "-----BEGIN OPENSSH PRIVATE KEY-----", Why: "the marker alone"},
	},
})

var _ = register(Detector{
	ID:          "pgp-private-key",
	Description: "PGP private key block (-----BEGIN PGP PRIVATE KEY BLOCK-----)",
	Category:    Secret,
	Keywords:    []string{"-----BEGIN "},
	Match:       pemBlock(func(l string) bool { return l == "PGP PRIVATE KEY BLOCK" }),
	Positive: []Example{
		{Text: "-----BEGIN PGP PRIVATE KEY BLOCK-----\nComment: exported\n\n" + fake(charsBase64, 64, "pgp") + "\n" + fake(charsBase64, 64, "pgp-2") + "\n=" + fake(charsBase64, 4, "pgp-crc") + "\n-----END PGP PRIVATE KEY BLOCK-----", Why: "armored secret key"},
	},
	Negative: []Example{
		{Text: "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + fake(charsBase64, 64, "pgp-pub") + "\n-----END PGP PUBLIC KEY BLOCK-----", Why: "a public key block"},
	},
})

var _ = register(Detector{
	ID:          "putty-private-key",
	Description: "Private part of a PuTTY .ppk key file (Private-Lines: ... Private-MAC:)",
	Category:    Secret,
	Keywords:    []string{"Private-Lines:"},
	Match:       puttyKey,
	Positive: []Example{
		{Text: "PuTTY-User-Key-File-3: ssh-ed25519\nPublic-Lines: 2\n" + fake(charsBase64, 64, "putty-pub") + "\nPrivate-Lines: 1\n" + fake(charsBase64, 44, "putty") + "\nPrivate-MAC: " + fake(charsHex, 64, "putty"), Secret: "Private-Lines: 1\n" + fake(charsBase64, 44, "putty") + "\nPrivate-MAC: " + fake(charsHex, 64, "putty"), Why: "ppk file"},
	},
	Negative: []Example{
		{Text: "Private-Lines: 14", Why: "the header alone"},
	},
})

const charsBech32Upper = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"

var _ = register(Detector{
	ID:          "age-secret-key",
	Description: "age encryption identity (AGE-SECRET-KEY-1)",
	Category:    Secret,
	Keywords:    []string{"AGE-SECRET-KEY-1"},
	Match:       prefixToken(newCharset(charsBech32Upper), 58, 58),
	Positive: []Example{
		{Text: "AGE-SECRET-KEY-1" + fake(charsBech32Upper, 58, "age"), Why: "bare identity"},
		{Text: "# created: 2026-11-30\nAGE-SECRET-KEY-1" + fake(charsBech32Upper, 58, "age-2") + "\n", Secret: "AGE-SECRET-KEY-1" + fake(charsBech32Upper, 58, "age-2"), Why: "identity file"},
	},
	Negative: []Example{
		{Text: "AGE-SECRET-KEY-1" + fake(charsBech32Upper, 20, "age-short"), Why: "too short"},
		{Text: "age1" + strings.ToLower(fake(charsBech32Upper, 58, "age-pub")), Why: "a recipient (public key)"},
	},
})

func fakeJWT(claims, seed string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." + enc([]byte(claims)) + "." + fake(charsBase64URL, 43, seed)
}

// b64url is the encoding of every JWT part.
var b64url = base64.RawURLEncoding.EncodeToString

var _ = register(Detector{
	ID:          "jwt",
	Description: "JSON Web Token (eyJ...): a signed, unsigned or encrypted token, or one encoded again in base64 (ZXlK...)",
	Category:    Secret,
	Keywords:    []string{"eyJ", jwtBase64Prefix},
	Match:       jwt,
	Validate:    validJWT,
	Positive: []Example{
		{Text: fakeJWT(`{"sub":"1234567890","name":"Bob","iat":1516239022}`, "jwt"), Why: "signed token"},
		{Text: "forwarding " + fakeJWT(`{"sub":"u_8f3a2c","exp":1795000000}`, "jwt-2") + " to upstream", Secret: fakeJWT(`{"sub":"u_8f3a2c","exp":1795000000}`, "jwt-2"), Why: "inside a sentence"},
		{Text: "POST /oauth2/token?grant_type=jwt-bearer&assertion=" + fakeJWT(`{"iss":"https://idp.example","aud":"app"}`, "jwt-3") + "&state=1", Secret: fakeJWT(`{"iss":"https://idp.example","aud":"app"}`, "jwt-3"), Why: "URL query"},
		{Text: "unsigned " + b64url([]byte(`{"alg":"none"}`)) + "." + b64url([]byte(`{"sub":"admin","role":"root"}`)) + ". accepted", Secret: b64url([]byte(`{"alg":"none"}`)) + "." + b64url([]byte(`{"sub":"admin","role":"root"}`)) + ".", Why: "unsigned token (alg none): an empty signature after the last '.'"},
		{Text: fakeJWE(`{"alg":"RSA-OAEP-256","enc":"A256GCM"}`, true, "jwe"), Why: "encrypted token, five parts"},
		{Text: "cookie id=" + fakeJWE(`{"alg":"dir","enc":"A128CBC-HS256"}`, false, "jwe-2") + "; Path=/", Secret: fakeJWE(`{"alg":"dir","enc":"A128CBC-HS256"}`, false, "jwe-2"), Why: "encrypted token with an empty key part (direct encryption)"},
		{Text: "x-forwarded-jwt: " + base64.StdEncoding.EncodeToString([]byte(fakeJWT(`{"sub":"svc","aud":"api"}`, "jwt-b64"))), Secret: base64.StdEncoding.EncodeToString([]byte(fakeJWT(`{"sub":"svc","aud":"api"}`, "jwt-b64"))), Why: "a token encoded again in base64"},
		{Text: "map[Authorization:[Bearer " + fakeJWT(`{"sub":"u1","scope":"read"}`, "jwt-bearer") + "]]", Secret: fakeJWT(`{"sub":"u1","scope":"read"}`, "jwt-bearer"), Why: "after the Bearer scheme"},
		{Text: fakeJWT(`{"sub":"x"}`, "jwt-pad") + "==", Why: "padding left on the signature"},
	},
	Negative: []Example{
		{Text: "eyJ" + fake(charsBase64URL, 30, "jwt-junk") + "." + fake(charsBase64URL, 30, "jwt-junk-2") + "." + fake(charsBase64URL, 43, "jwt-junk-3"), Why: "parts do not decode to JSON"},
		{Text: base64.RawURLEncoding.EncodeToString([]byte(`{"level":"info"}`)), Why: "one base64 JSON object, no token"},
		{Text: base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none"}`)) + "." + base64.RawURLEncoding.EncodeToString([]byte(`[1,2]`)) + "." + fake(charsBase64URL, 43, "jwt-arr"), Why: "payload is not an object"},
		{Text: b64url([]byte(`{"alg":"none"}`)) + "." + b64url([]byte(`{"sub":"admin"}`)), Why: "two parts: no token"},
		{Text: b64url([]byte(`{"typ":"x"}`)) + "." + fake(charsBase64URL, 40, "jwe-3") + "." + fake(charsBase64URL, 16, "jwe-4") + "." + fake(charsBase64URL, 40, "jwe-5") + "." + fake(charsBase64URL, 22, "jwe-6"), Why: "five parts whose header names no encryption"},
		{Text: base64.StdEncoding.EncodeToString([]byte("eyJ is how a JWT starts, they said")), Why: "base64 of text that starts like a token"},
	},
})

// fakeJWE builds a compact JWE with header h and, when key is set, an
// encrypted key part.
func fakeJWE(h string, key bool, seed string) string {
	k := ""
	if key {
		k = fake(charsBase64URL, 342, seed+"-key")
	}
	return b64url([]byte(h)) + "." + k + "." + fake(charsBase64URL, 16, seed+"-iv") + "." + fake(charsBase64URL, 120, seed+"-ct") + "." + fake(charsBase64URL, 22, seed+"-tag")
}

// pemExample builds a key block of n body lines joined by sep.
func pemExample(label, sep string, n int, seed string) string {
	var b strings.Builder
	b.WriteString("-----BEGIN " + label + "-----" + sep)
	for i := 0; i < n; i++ {
		b.WriteString(fake(charsBase64, 64, seed+string(rune('A'+i%26))+string(rune('a'+i/26))))
		b.WriteString(sep)
	}
	b.WriteString("-----END " + label + "-----")
	return b.String()
}
