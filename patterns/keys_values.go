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

// isMask reports whether v is the output of this engine's mask, or of a
// mask of any engine: a label "[REDACTED:...]", an all-star run, a
// partial mask ("**** **** **** 1111", "***@example.com"). Masks hide
// nothing, and skipping them keeps redaction idempotent.
func (e *Engine) isMask(v string) bool {
	if e.mask.kind == maskFixed && v == e.mask.text {
		return true
	}
	return isLabelMask(v) || isPartialMask(v) || isBase64Mask(v)
}

// base64MaskPrefix is how "[REDACTED" starts in base64, the form JSON
// encoders give a []byte that holds a mask.
const base64MaskPrefix = "W1JFREFDVEVE"

// isBase64Mask reports whether v is a label mask written in base64: an
// adapter that keeps a []byte a []byte hands its mask on that way.
func isBase64Mask(v string) bool {
	if len(v) > 128 || !strings.HasPrefix(v, base64MaskPrefix) {
		return false
	}
	var buf [96]byte
	n, err := base64.StdEncoding.Decode(buf[:], []byte(v))
	return err == nil && isLabelMask(string(buf[:n]))
}

// isLabelMask reports whether v is "[REDACTED]" or a label or HMAC mask,
// exactly: "[REDACTED:github-pat]", "[REDACTED:email:9f86d081884c7d65]".
func isLabelMask(v string) bool {
	// Masks side by side are what masking adjacent findings leaves.
	for {
		end := strings.IndexByte(v, ']')
		if end < 0 || end == len(v)-1 {
			break
		}
		if !isOneLabelMask(v[:end+1]) {
			return false
		}
		v = v[end+1:]
	}
	return isOneLabelMask(v)
}

// isOneLabelMask reports whether v is exactly one label or HMAC mask.
func isOneLabelMask(v string) bool {
	if !strings.HasPrefix(v, maskPrefix) || v[len(v)-1] != ']' {
		return false
	}
	rest := v[len(maskPrefix) : len(v)-1]
	if rest == "" {
		return true
	}
	if rest[0] != ':' {
		return false
	}
	for i := 1; i < len(rest); i++ {
		if c := rest[i]; !(isLowerAlnum(c) || c == '-' || c == ':') {
			return false
		}
	}
	return true
}

// isPartialMask reports whether v is what PartialMask leaves: stars, with
// separators and at most four trailing digits, or stars before an email
// domain.
func isPartialMask(v string) bool {
	if len(v) < 3 || v[0] != '*' {
		return false
	}
	if at := strings.IndexByte(v, '@'); at > 0 {
		return strings.Trim(v[:at], "*") == ""
	}
	digits := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '*':
			if digits > 0 {
				return false
			}
		case isDigit(c):
			digits++
		case c == ' ' || c == '-' || c == '.':
		default:
			return false
		}
	}
	return digits <= 4
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
	return false
}

// referenceValue reports whether v, whole, is a template reference that
// names where a secret comes from: ${NAME}, ${NAME:-default}, ${NAME:=x},
// {{ .Values.token }}, $(command), %(name)s, <placeholder>, $NAME, #{expr},
// {name}, a printf verb, or the ARN of a stored secret. A value that only
// starts like one ("$UPPERCASE9", "${a}b") is a value.
func referenceValue(v string) bool {
	n := len(v)
	switch {
	case n < 2:
		return false
	case strings.HasPrefix(v, "${{"):
		// A CI expression: ${{ secrets.NPM_TOKEN }}.
		return n > 5 && strings.HasSuffix(v, "}}") && !strings.ContainsAny(v[3:n-2], "{}")
	case strings.HasPrefix(v, "${"):
		return n > 3 && v[n-1] == '}' && shellParam(v[2:n-1])
	case strings.HasPrefix(v, "{{"):
		return n > 4 && strings.HasSuffix(v, "}}") && !strings.ContainsAny(v[2:n-2], "{}")
	case strings.HasPrefix(v, "#{"), strings.HasPrefix(v, "@{"):
		return v[n-1] == '}' && !strings.ContainsAny(v[2:n-1], "{}") && n > 3
	case strings.HasPrefix(v, "$("):
		return v[n-1] == ')' && balancedParens(v[1:])
	case strings.HasPrefix(v, "%("):
		i := strings.IndexByte(v, ')')
		return i > 2 && i == n-2 && identifier(v[2:i]) && isAlpha(v[n-1])
	case v[0] == '<' && v[n-1] == '>':
		return n > 2 && placeholderName(v[1:n-1])
	case v[0] == '{' && v[n-1] == '}':
		return identifier(v[1:n-1]) || allDigits(v[1:n-1])
	case v[0] == '$':
		return envReference(v[1:])
	case v[0] == '%':
		return n <= 3 && isAlpha(v[n-1])
	case strings.HasPrefix(v, "arn:"):
		return true
	}
	return memberReference(v)
}

// memberReference reports a dotted name whose last part is a sensitive
// key written as code writes names, in camelCase or upper case: code that
// names the variable holding a secret ("this.apiKey",
// "process.env.API_KEY", "settings.SECRET_KEY"). A lower-case dotted name
// ("db.password") is a property's name, which a name/value pair may hold.
func memberReference(v string) bool {
	dot := strings.LastIndexByte(v, '.')
	if dot <= 0 || dot == len(v)-1 || !qualifiedName(v) {
		return false
	}
	if last := v[dot+1:]; strings.ToLower(last) == last {
		return false
	}
	kr := keyRules{vocab: builtinVocabulary()}
	vd := kr.classifyKey(v[dot+1:])
	return vd.class == keySensitive && vd.rule.policy != polTokenLike
}

// shellParam reports whether p is the inside of ${...}: a name, then
// nothing or one of the shell's default and check operators and a word.
func shellParam(p string) bool {
	i := 0
	for i < len(p) && (isAlnum(p[i]) || p[i] == '_' || p[i] == '.') {
		i++
	}
	if i == 0 || isDigit(p[0]) {
		return false
	}
	if i == len(p) {
		return true
	}
	rest := p[i:]
	if rest[0] == ':' {
		// ${NAME:-x}, ${NAME:=x}, and Spring's ${NAME:x}.
		return !strings.ContainsAny(rest, "{}")
	}
	return strings.IndexByte("-=?+", rest[0]) >= 0 && !strings.ContainsAny(rest, "{}")
}

// envReference reports whether name, after a '$', is a variable name in
// one case that does not end in a digit: "$APP_SECRET", "$password". A
// password that starts with '$' mixes cases or ends in a digit.
func envReference(name string) bool {
	if name == "" || !(isAlpha(name[0]) || name[0] == '_') {
		return false
	}
	up, low := false, false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case isUpperByte(c):
			up = true
		case isLowerByte(c):
			low = true
		case c == '_' || isDigit(c):
		default:
			return false
		}
	}
	return !(up && low) && !isDigit(name[len(name)-1])
}

// placeholderName reports whether p, inside <...>, is a placeholder such
// as "nil", "redacted", "your-token-here" or "SECRET".
func placeholderName(p string) bool {
	letter := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case isAlpha(c):
			letter = true
		case isDigit(c), c == ' ', c == '_', c == '-', c == '.', c == ':':
		default:
			return false
		}
	}
	return letter
}

func identifier(s string) bool {
	if s == "" || isDigit(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) && s[i] != '_' {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func balancedParens(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// codeValue reports whether v is code or an object printed where a value
// would be: an identifier opening a struct or a call ("Token{a64f992",
// "Token {", "getToken("), a Java object's default string
// ("android.os.BinderProxy@2bd79ce", "[B@1a2b3c"), a constructor call
// ("new AWS.SharedIniFileCredentials("), a Go type ("*http.Cookie") or a
// Go heap pointer ("0xc000124a80"). after is the text that follows v.
func codeValue(v, after string) bool {
	if v == "" {
		return false
	}
	if v == "new" {
		return len(after) > 1 && after[0] == ' ' && (isAlpha(after[1]) || after[1] == '_')
	}
	if len(v) > 4 && strings.HasPrefix(v, "new ") && (isAlpha(v[4]) || v[4] == '_') {
		return true
	}
	if i := strings.IndexAny(v, "{("); i > 0 && qualifiedName(v[:i]) {
		if v[i] == '{' {
			// A type opening a struct dump: Token{a64f992, &{...}.
			return isUpperByte(v[0])
		}
		// A call: getToken(), os.Getenv(, fs.readFileSync(
		rest := v[i:]
		return rest == "(" || rest[len(rest)-1] == ')' && balancedParens(rest)
	}
	if qualifiedName(v) && len(after) > 0 {
		switch after[0] {
		case '{', '(':
			return true
		case ' ':
			return len(after) > 1 && after[1] == '{' && isUpperByte(v[0])
		}
	}
	if at := strings.LastIndexByte(v, '@'); at > 0 && at+1 < len(v) && allHex(v[at+1:]) {
		name := strings.TrimLeft(v[:at], "[")
		if len(name) < len(v[:at]) {
			return name != "" // [B@1a2b3c, [Ljava.lang.String;@5e9f23b4
		}
		return strings.IndexByte(name, '.') > 0 && qualifiedName(name)
	}
	if v[0] == '*' && len(v) > 1 && qualifiedName(v[1:]) && strings.IndexByte(v, '.') > 0 {
		return true
	}
	if coordinate(v) {
		return true
	}
	return len(v) >= 10 && len(v) <= 14 && strings.HasPrefix(v, "0xc0") && allHex(v[2:])
}

// coordinate reports a package coordinate: an artifact and a version,
// with more parts around them ("jjwt-api:0.11.5",
// "java-jwt:4.4.0", "jjwt-api:jar:0.11.5:compile"), the value a Maven
// group such as "io.jsonwebtoken" is followed by.
func coordinate(v string) bool {
	parts, version := 0, false
	for start := 0; start <= len(v); {
		end := strings.IndexByte(v[start:], ':')
		if end < 0 {
			end = len(v)
		} else {
			end += start
		}
		p := v[start:end]
		if p == "" || !allIn(p, coordinateChars) {
			return false
		}
		if parts > 0 && versionPart(p) {
			version = true
		}
		parts++
		start = end + 1
	}
	return parts >= 2 && parts <= 5 && version && isAlpha(v[0])
}

var coordinateChars = newCharset("A-Za-z0-9._-")

// versionPart reports a release version: numbers joined by dots, of up
// to four digits each without a leading zero ("0.11.5", "4.4.0"), with an
// optional suffix ("1.2.3-rc1", "2.0.0.RELEASE").
func versionPart(p string) bool {
	nums := 0
	for i := 0; i < len(p); {
		j := i
		for j < len(p) && isDigit(p[j]) {
			j++
		}
		if j == i {
			break
		}
		if j-i > 4 || p[i] == '0' && j-i > 1 {
			return false
		}
		nums++
		i = j
		if i < len(p) && p[i] == '.' && i+1 < len(p) && isDigit(p[i+1]) {
			i++
			continue
		}
		break
	}
	return nums >= 2
}

// qualifiedName reports whether s is an identifier or a dotted path of
// them ("Token", "AWS.SharedIniFileCredentials", "os.Getenv").
func qualifiedName(s string) bool {
	if s == "" {
		return false
	}
	prevDot := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.':
			if prevDot {
				return false
			}
			prevDot = true
			continue
		case isDigit(c):
			if prevDot {
				return false
			}
		case isAlpha(c), c == '_', c == '$':
		default:
			return false
		}
		prevDot = false
	}
	return !prevDot
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
	if len(v) < 16 || !allIn(v, tokenLikeChars) || isUUID(v) || allHex(v) {
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
