package patterns

// Some credentials have no distinctive form: a Datadog API key is 32 hex
// digits, like an MD5 sum. They are recognized by the key name written in
// front of them, which is then the detector's keyword, and only the value
// is redacted.

// keyedPattern returns a Pattern that finds a value of form body written
// after a key that matches key (case-insensitively) and up to 24 more key
// bytes ("datadog" also matches "DATADOG_API_KEY"), in the forms log text
// uses: key=value, key: value, key := value, key => value, "key": "value",
// and the same inside an escaped JSON string (\"key\":\"value\"). The
// value is the "secret" group; it must end where a token would.
func keyedPattern(key, body string) string {
	return `(?i:` + key + `)[\w.-]{0,24}?\\?["']?\s*(?:=>|:=|[:=])\s*\\?["']?(?P<secret>` + body + `)(?:[^A-Za-z0-9_+/=-]|$)`
}

// b64 is one byte of standard base64 in a Pattern, where '/' may appear
// escaped as "\/", as encoding/json and many JSON encoders write it.
const b64 = `(?:[A-Za-z0-9+]|\\?/)`

// patternMatch turns a Pattern into a Match function, for detectors that
// combine a Pattern for some keywords with another matcher for others.
func patternMatch(pattern string, window int) func(s string, at int, kw string) (int, int, bool) {
	d := Detector{ID: "pattern", Category: Secret, Keywords: []string{"pattern"}, Pattern: pattern, Window: window}
	if err := d.compile(); err != nil {
		panic("patterns: " + err.Error())
	}
	return d.matchAt
}

func mustPatternMatch(pattern string) func(s string, at int, kw string) (int, int, bool) {
	return patternMatch(pattern, 0)
}

// isUUID reports whether s is a UUID in canonical lower- or upper-case
// hex form.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < 36; i++ {
		switch i {
		case 8, 13, 18, 23:
			if s[i] != '-' {
				return false
			}
		default:
			if !isHexDigit(s[i]) {
				return false
			}
		}
	}
	return true
}
