package patterns

import (
	"encoding/base64"
	"strings"
)

// What is a value under a sensitive key. Some values hold nothing to hide
// under any key: nothing, a literal (null, true, none), a mask, a template
// reference that names where a secret comes from (${DB_PASSWORD}), or code
// and object dumps printed where a value would be (Token{...},
// android.os.BinderProxy@2bd79ce, new AWS.SharedIniFileCredentials(...)).
// Beyond those, each term's valuePolicy says what else is no secret under
// it: ambiguous short names let the value decide.

// valuePolicy is a term's rule for which values are secrets.
type valuePolicy uint8

const (
	// polSecret: every value is a secret.
	polSecret valuePolicy = iota
	// polPass: integers are counts or verdicts ("pass=3").
	polPass
	// polPath: an absolute path is a directory (sudo's PWD=/home/user).
	polPath
	// polSession: a hexadecimal number is an ID a server prints
	// (ZooKeeper's sessionid:0x14ede63a5a70002).
	polSession
	// polTokenLike: only a value that looks like a token is a secret.
	polTokenLike
	// polAuth: a single word names a mechanism (auth:SIMPLE), a number
	// is a count or a status; a credential after a scheme word is a
	// secret, the scheme word is not.
	polAuth
	// polAuthorization: the credential after the scheme word.
	polAuthorization
	// polCookie: every cookie's value.
	polCookie
	// polShortNum: numbers of up to three digits are counts, steps or
	// pin numbers of a board.
	polShortNum
	// polConn: never masked whole; the detectors find the password in it.
	polConn
	// polZip: a value with a digit.
	polZip
	// polRouting: a nine-digit number that passes the ABA checksum.
	polRouting
)

// secretValue reports whether v, found under a key of rule r, is a
// secret. after is the text that follows v in its source, for the code
// shapes that only show in context ("Token {", "new X(").
func (e *Engine) secretValue(r *keyRule, plural bool, v, after string) bool {
	return v != "" && !e.isMask(v) && ruleSecret(r, plural, v, after)
}

// ruleSecret is secretValue without the engine's own mask.
func ruleSecret(r *keyRule, plural bool, v, after string) bool {
	if v == "" || isLabelMask(v) || isPartialMask(v) || literalValue(v) || referenceValue(v) || codeValue(v, after) {
		return false
	}
	if plural && isInteger(v) {
		return false // "tokens": 1234 counts them
	}
	switch r.policy {
	case polSecret:
		return true
	case polPass:
		return !isInteger(v)
	case polPath:
		return !isPath(v)
	case polSession:
		// Session cookies are random letters and digits; a number,
		// even with separators, is an ID a server prints.
		return !isHexNumber(v) && strings.IndexFunc(v, func(r rune) bool { return r < 0x80 && isAlpha(byte(r)) }) >= 0
	case polTokenLike:
		return tokenLike(v)
	case polAuth:
		return !isInteger(v) && !mechanismWord(v)
	case polShortNum:
		return !isInteger(v) || len(strings.TrimLeft(v, "+-")) > 3
	case polConn:
		return false
	case polZip:
		return strings.ContainsAny(v, "0123456789")
	case polRouting:
		return validABA(v)
	}
	return true
}

// literalWords hold no value: JSON and language literals, and the words
// configuration dumps and messages write instead of a value.
var literalWords = map[string]bool{
	"null": true, "nil": true, "none": true, "true": true, "false": true, "undefined": true,
	"yes": true, "no": true, "on": true, "off": true, "enabled": true, "disabled": true,
	"n/a": true, "na": true, "-": true, "--": true, "?": true, "ok": true, "valid": true, "invalid": true,
	"missing": true, "required": true, "optional": true, "expired": true, "hidden": true,
	"redacted": true, "masked": true, "unset": true, "set": true, "present": true, "absent": true,
	"unknown": true, "default": true, "empty": true, "changed": true, "provided": true,
	"supplied": true, "omitted": true, "removed": true, "deleted": true, "revoked": true,
	"<nil>": true, "(null)": true, "(none)": true, `""`: true, "''": true,
	"nan": true, "nothing": true,
	// Log levels: "[session:info]" is a module and a level.
	"info": true, "warn": true, "warning": true, "error": true, "debug": true, "notice": true,
	"crit": true, "critical": true, "trace": true, "fatal": true, "alert": true, "emerg": true,
}

// literalValue reports whether v is a literal, or a placeholder made of
// one repeated character ("xxxxxxxx", "********", "...").
func literalValue(v string) bool {
	if len(v) <= 10 {
		var buf [10]byte
		for i := 0; i < len(v); i++ {
			buf[i] = lower(v[i])
		}
		if literalWords[string(buf[:len(v)])] {
			return true
		}
	}
	if len(v) >= 3 {
		c := v[0]
		if c == 'x' || c == 'X' || c == '*' || c == '.' || c == '#' || c == '-' || c == '_' {
			return strings.Count(v, string(c)) == len(v)
		}
	}
	return prefixPlaceholder(v)
}

// prefixPlaceholder reports a token's prefix alone, or followed by a run
// of one placeholder character: "sk_", "sk_live_XXXXXXXXXXXX", "ghp_****".
// Documentation writes these where a real token goes.
func prefixPlaceholder(v string) bool {
	end := len(v)
	if end > 0 {
		if c := v[end-1]; c == 'x' || c == 'X' || c == '*' || c == '#' {
			for end > 0 && v[end-1] == c {
				end--
			}
			if len(v)-end < 3 {
				return false
			}
		}
	}
	head := v[:end]
	if len(head) < 2 || len(head) > 12 || head[len(head)-1] != '_' && head[len(head)-1] != '-' {
		return false
	}
	for i := 0; i < len(head); i++ {
		if c := head[i]; !isAlpha(c) && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isHexDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isInteger(v string) bool {
	if v != "" && (v[0] == '-' || v[0] == '+') {
		v = v[1:]
	}
	return allDigits(v)
}

// isHexNumber reports a hexadecimal number that fits in 64 bits.
func isHexNumber(v string) bool {
	return len(v) > 2 && len(v) <= 18 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X') && allHex(v[2:])
}

// isPath reports an absolute or home-relative path made of path bytes.
func isPath(v string) bool {
	switch {
	case v == "/" || v == "~":
		return true
	case strings.HasPrefix(v, "~/"):
		v = v[1:]
	case len(v) > 2 && isAlpha(v[0]) && v[1] == ':' && v[2] == '\\':
		return allIn(v[3:], pathChars)
	}
	return len(v) > 1 && v[0] == '/' && v[1] != '/' && allIn(v, pathChars)
}

var pathChars = newCharset(`A-Za-z0-9/\._@+~ -`)

// mechanismWord reports a word that names an authentication mechanism or
// method ("SIMPLE", "KERBEROS", "password", "keyboard-interactive",
// "oauth2", "SCRAM-SHA-256"): letters, in parts joined by '-' or '_' that
// may also be numbers, with at most one digit after the letters of a part.
func mechanismWord(v string) bool {
	if v == "" || len(v) > 32 || !isAlpha(v[0]) {
		return false
	}
	for start := 0; start < len(v); {
		end := start
		for end < len(v) && v[end] != '-' && v[end] != '_' {
			end++
		}
		if part := v[start:end]; part != "" && !allDigits(part) {
			i := 0
			for i < len(part) && isAlpha(part[i]) {
				i++
			}
			if i == 0 || len(part)-i > 1 || i < len(part) && !isDigit(part[i]) {
				return false
			}
		}
		start = end + 1
	}
	return true
}

// tokenLike reports a value that looks like a generated token: at least
// 16 bytes of token characters, mixing letters and digits, and neither a
// UUID nor a bare hex digest (the keys of caches and stores are full of
// those).
func tokenLike(v string) bool {
	if len(v) < 16 || !allIn(v, tokenLikeChars) || isUUID(v) || allHex(v) || base64Text(v) {
		return false
	}
	d, l, u := counts(v)
	return d > 0 && l+u > 0
}

var tokenLikeChars = newCharset("A-Za-z0-9_+=~-")

// validABA reports whether v is a nine-digit US routing number whose ABA
// checksum holds: 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10).
func validABA(v string) bool {
	if len(v) != 9 || !allDigits(v) {
		return false
	}
	sum := 0
	for i := 0; i < 9; i++ {
		d := int(v[i] - '0')
		switch i % 3 {
		case 0:
			sum += 3 * d
		case 1:
			sum += 7 * d
		default:
			sum += d
		}
	}
	return sum%10 == 0 && v != "000000000"
}

// proseWords start the sentences that messages write after a key word
// ("password: must be at least 12 characters", "token: is expired").
var proseWords = map[string]bool{
	"must": true, "should": true, "is": true, "are": true, "was": true, "were": true, "cannot": true,
	"can": true, "may": true, "this": true, "the": true, "field": true, "not": true, "does": true,
	"did": true, "has": true, "have": true, "too": true, "incorrect": true, "wrong": true, "failed": true,
	"could": true, "will": true, "contains": true, "doesn't": true, "isn't": true, "can't": true,
}

// proseValue reports an unquoted value in text that starts a sentence: a
// word of proseWords or an HTTP status ("401 Unauthorized") followed by
// more words. A value written alone, in quotes or in a field is taken as
// it stands.
func proseValue(v, after string) bool {
	first, rest := v, after
	if i := strings.IndexByte(v, ' '); i > 0 {
		first, rest = v[:i], v[i:]
	}
	if len(rest) < 2 || rest[0] != ' ' || !isAlpha(rest[1]) {
		return false
	}
	if len(first) == 3 && first[0] >= '1' && first[0] <= '5' && allDigits(first) {
		return isUpperByte(rest[1]) // 401 Unauthorized, 503 Service Unavailable
	}
	if len(first) > 9 {
		return false
	}
	var buf [9]byte
	for i := 0; i < len(first); i++ {
		buf[i] = lower(first[i])
	}
	return proseWords[string(buf[:len(first)])]
}

// base64Text reports a value that is padded base64 of printable text
// ("b3JkZXItMTIzNDU=" is "order-12345"): an encoded payload, such as a
// message key, where a generated secret would decode to random bytes.
func base64Text(v string) bool {
	if len(v)%4 != 0 || v[len(v)-1] != '=' || len(v) > 256 {
		return false
	}
	var buf [192]byte
	n, err := base64.StdEncoding.Decode(buf[:], []byte(v))
	if err != nil || n < 6 {
		return false
	}
	for _, c := range buf[:n] {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}
