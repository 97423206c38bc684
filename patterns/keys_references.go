package patterns

import "strings"

// References and code are no values: a template reference names where a
// secret comes from, and code or an object printed where a value would
// be holds none.

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
	return memberReference(v) || storePath(v)
}

// storePath reports the path of a secret in a secret store: Google's
// "projects/p/secrets/db/versions/1", Vault's "secret/data/app", a
// mounted Kubernetes secret "/var/run/secrets/...".
func storePath(v string) bool {
	if strings.Count(v, "/") < 2 || !allIn(v, storePathChars) {
		return false
	}
	return strings.HasPrefix(v, "secret/") || strings.HasPrefix(v, "secrets/") ||
		strings.Contains(v, "/secrets/") || strings.Contains(v, "/secret/")
}

var storePathChars = newCharset("A-Za-z0-9/._@:-")

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
	if i := indexOpen(v); i > 0 && qualifiedName(v[:i]) {
		if v[i] == '{' {
			// A type opening a struct dump: Token{a64f992, &{...}.
			return isUpperByte(v[0])
		}
		// A call: getToken(), os.Getenv(, fs.readFileSync(
		rest := v[i:]
		return rest == "(" || rest[len(rest)-1] == ')' && balancedParens(rest)
	}
	if len(after) > 0 && qualifiedName(v) {
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

// indexOpen is the index of the first '{' or '(' in v, or -1: two
// vector searches cost less than strings.IndexAny's byte loop over a
// token.
func indexOpen(v string) int {
	i, j := strings.IndexByte(v, '{'), strings.IndexByte(v, '(')
	if i < 0 || j >= 0 && j < i {
		return j
	}
	return i
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
			if parts == 0 {
				return false // one part: no version
			}
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
