package patterns

import (
	"encoding/base64"
	"encoding/json"
	"strings"
)

// JSON Web Tokens in the forms logs carry them: a signed JWS
// (header.payload.signature), an unsigned one ("alg": "none", with an empty
// signature after the last '.'), an encrypted JWE of five parts
// (header.key.iv.ciphertext.tag, the key empty for direct encryption),
// and any of them base64-encoded again, as some proxies and cookies pass
// them on. Each is found by its header, a base64url JSON object.

// jwtBase64Prefix is the base64 of "eyJ", which starts a JWT that was
// encoded again.
const jwtBase64Prefix = "ZXlK"

// maxJWT bounds the length of a token.
const maxJWT = 16 << 10

// jwt matches a JWS or JWE that starts at the keyword "eyJ", or a base64
// encoding of one that starts at "ZXlK"; [validJWT] checks what it found.
func jwt(s string, at int, kw string) (int, int, bool) {
	if !boundaryBefore(s, at) {
		return 0, 0, false
	}
	if kw == jwtBase64Prefix {
		end, n := tokenSpan(s, at, setBase64Raw, maxJWT*4/3)
		if n < 40 {
			return 0, 0, false
		}
		for p := 0; p < 2 && end < len(s) && s[end] == '='; p++ {
			end++
		}
		if end < len(s) && tokenChars[s[end]] {
			return 0, 0, false
		}
		return at, end, true
	}
	end, parts := jwtParts(s, at)
	switch {
	case parts == 3:
		return at, end, true
	case parts == 5:
		return at, end, true
	}
	return 0, 0, false
}

// jwtParts reads the '.'-separated base64url parts of a token from s[at]
// and returns where the token ends and how many parts it has, or 0 parts
// when the parts do not have the lengths of a JWS or a JWE.
func jwtParts(s string, at int) (end, parts int) {
	var lens [6]int
	i := at
	for parts < 6 {
		j := span(s, i, setBase64URL, maxJWT)
		lens[parts] = j - i
		parts++
		i = j
		if i+1 > len(s) || s[i] != '.' || parts == 6 {
			break
		}
		// A '.' that nothing follows ends an unsigned token or a
		// sentence: it belongs to the token only as its third part's
		// separator. Two in a row hold the empty key part of a JWE.
		if i+1 == len(s) || !setBase64URL[s[i+1]] && s[i+1] != '.' {
			if parts == 2 {
				i++
				lens[parts] = 0
				parts++
			}
			break
		}
		i++
	}
	// Base64 padding, which some encoders leave on the last part.
	for p := 0; p < 2 && i < len(s) && s[i] == '='; p++ {
		i++
	}
	if !boundaryAfter(s, i, setBase64URL) && !(i > 0 && s[i-1] == '.') {
		return 0, 0
	}
	switch parts {
	case 3:
		if lens[0] < 10 || lens[1] < 4 || lens[2] > 0 && lens[2] < 16 {
			return 0, 0
		}
	case 5:
		// The encrypted key is empty under "dir"; the IV, the
		// ciphertext and the tag never are.
		if lens[0] < 10 || lens[2] < 8 || lens[3] < 1 || lens[4] < 8 {
			return 0, 0
		}
	default:
		return 0, 0
	}
	return i, parts
}

// validJWT reports whether m is a JWT: a JWS whose header and payload are
// JSON objects, a JWE whose header names its content encryption, or the
// base64 of either.
func validJWT(m string) bool {
	if strings.HasPrefix(m, jwtBase64Prefix) {
		b, err := base64.StdEncoding.DecodeString(unescapeSlashes(m))
		if err != nil {
			b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(unescapeSlashes(m), "="))
		}
		if err != nil {
			return false
		}
		inner := string(b)
		end, parts := jwtParts(inner, 0)
		return parts > 0 && end == len(inner) && validJWT(inner)
	}
	parts := strings.Split(strings.TrimRight(m, "="), ".")
	switch len(parts) {
	case 3:
		return jsonObject(parts[0]) && jsonObject(parts[1])
	case 5:
		return jweHeader(parts[0])
	}
	return false
}

// jsonObject reports whether b64 is the base64url of a JSON object.
func jsonObject(b64 string) bool {
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(b64, "="))
	if err != nil {
		return false
	}
	return len(b) >= 2 && b[0] == '{' && json.Valid(b)
}

// jweHeader reports whether b64 is the base64url of a JWE header: a JSON
// object with "alg" and "enc".
func jweHeader(b64 string) bool {
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(b64, "="))
	if err != nil {
		return false
	}
	var h struct {
		Alg string `json:"alg"`
		Enc string `json:"enc"`
	}
	return json.Unmarshal(b, &h) == nil && h.Alg != "" && h.Enc != ""
}

// isJWT reports whether all of m is a JWT that [jwt] would find.
func isJWT(m string) bool {
	if !strings.HasPrefix(m, "eyJ") {
		return false
	}
	end, parts := jwtParts(m, 0)
	return parts > 0 && end == len(m) && validJWT(m)
}
