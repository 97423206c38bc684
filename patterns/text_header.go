package patterns

// HTTP credentials in headers. An Authorization value is a scheme word
// and a credential: the scheme stays visible, so that operators can tell
// Basic from Bearer ("Authorization: Bearer [REDACTED:sensitive-key]"),
// and only the credential is masked. A Cookie header carries a list of
// cookies, each of which is masked; a Set-Cookie header one cookie and its
// attributes (Path, Expires, HttpOnly), which stay.

// credentialRule is the value rule of a credential after a scheme word.
var credentialRule = &keyRule{}

// paramSchemes are schemes whose credential is a list of parameters
// (Digest username="...", response="...") rather than one token: it runs
// to the end of the value.
var paramSchemes = []string{"digest", "oauth", "aws4-hmac-sha256", "hoba", "mutual", "signature", "hawk", "mac", "vapid"}

// knownSchemes are the schemes of the HTTP authentication registry and
// of common APIs; any word of a mechanism's shape counts as a scheme too.
var knownSchemes = []string{"basic", "bearer", "digest", "negotiate", "ntlm", "token", "bot", "apikey", "api-key", "sso-key", "key", "ssws", "splunk", "dpop", "gssapi", "kerberos", "privatetoken", "scram-sha-1", "scram-sha-256", "concealed", "googlelogin", "gnap", "aws4-hmac-sha256"}

func inFold(list []string, w string) bool {
	for _, x := range list {
		if len(x) == len(w) && hasFold(w, 0, x) {
			return true
		}
	}
	return false
}

// schemeWord reports whether w can be an authorization scheme.
func schemeWord(w string) bool {
	return inFold(knownSchemes, w) || inFold(paramSchemes, w) || mechanismWord(w)
}

// authValue masks the credential of an authorization value. v is the
// value as read: its first word when unquoted, or the whole of a quoted
// value or line.
func (e *Engine) authValue(dst []Finding, s string, vd textVerdict, v value, st *kvState) []Finding {
	limit := v.end
	if !v.quoted {
		// An unquoted value read up to a blank: the credential after
		// the scheme is on the same line.
		limit = len(s)
	}
	w := v.start
	for w < limit && (isAlnum(s[w]) || s[w] == '-' || s[w] == '_') {
		w++
	}
	if w > v.start && w < limit && s[w] == ' ' && schemeWord(s[v.start:w]) {
		cs := skipBlanks(s, w)
		if cs >= limit || s[cs] == '\n' || s[cs] == '\r' {
			return dst // a scheme alone
		}
		ce := limit
		switch {
		case v.quoted:
			// A quoted value or a field: the credential is the rest.
		case inFold(paramSchemes, s[v.start:w]):
			ce = lineEnd(s, cs) // a parameter list runs to the end of its line
		default:
			ce = min(bareEnd(s, cs), limit)
		}
		for ce > cs && s[ce-1] == ' ' {
			ce--
		}
		if ce <= cs || !e.secretValue(credentialRule, false, s[cs:ce], "") {
			return dst
		}
		return e.keyFinding(dst, vd, cs, ce, st)
	}
	end := v.end
	if !v.quoted {
		end = min(v.end, limit)
	}
	val := s[v.start:end]
	if schemeWord(val) && (vd.rule.policy == polAuth || inFold(knownSchemes, val) || inFold(paramSchemes, val)) {
		return dst // the name of a mechanism: auth:SIMPLE, "Authorization: Basic"
	}
	if !e.secretValue(vd.rule, false, val, "") {
		return dst
	}
	return e.keyFinding(dst, vd, v.start, end, st)
}

// cookieValues masks every cookie's value in a cookie list at v ("a=1;
// b=2"), or only the first in a Set-Cookie value. A value that is not a
// list is masked whole.
func (e *Engine) cookieValues(dst []Finding, s string, vd textVerdict, v value, st *kvState) []Finding {
	limit := v.end
	if !v.quoted {
		limit = len(s) // the list ends where its syntax does
	}
	setCookie := vd.name == "set_cookie"
	pos, n := v.start, 0
	for pos < limit {
		ns := pos
		for pos < limit && cookieNameByte(s[pos]) {
			pos++
		}
		if pos == ns || pos >= limit || s[pos] != '=' {
			break
		}
		pos++
		vs := pos
		if pos < limit && s[pos] == '"' {
			if c := indexByteIn(s, pos+1, limit, '"'); c >= 0 {
				vs, pos = pos+1, c
			}
		}
		for pos < limit && s[pos] != ';' && s[pos] != ' ' && s[pos] != '"' && s[pos] != '\\' && s[pos] != '\t' && s[pos] != ',' && s[pos] != '\n' && s[pos] != '\r' {
			pos++
		}
		ve := pos
		if pos < limit && s[pos] == '"' && vs > ns && s[vs-1] == '"' {
			pos++
		}
		n++
		if e.secretValue(vd.rule, false, s[vs:ve], "") {
			dst = e.keyFinding(dst, vd, vs, ve, st)
		}
		if setCookie || pos >= limit || s[pos] != ';' {
			break
		}
		pos = skipBlanks(s, pos+1)
	}
	if n > 0 {
		st.valEnd = max(st.valEnd, pos)
		return dst
	}
	if !e.secretValue(vd.rule, false, s[v.start:v.end], "") {
		return dst
	}
	return e.keyFinding(dst, vd, v.start, v.end, st)
}

// cookieNameByte reports the bytes of a cookie name (an HTTP token).
func cookieNameByte(c byte) bool {
	return isAlnum(c) || c == '_' || c == '-' || c == '.' || c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '*' || c == '+' || c == '^' || c == '|' || c == '~'
}

func indexByteIn(s string, from, to int, c byte) int {
	for i := from; i < to; i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
