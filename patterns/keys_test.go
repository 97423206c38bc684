package patterns

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// words renders the words a key splits into: vocabulary words as they
// are, "+s" for a plural, "#" for digits, "?" for an unknown word.
func words(v *vocabulary, key string) string {
	var kw keyWords
	if !v.splitKey(&kw, key) {
		return "(too long)"
	}
	var out []string
	for _, w := range kw.w[:kw.n] {
		switch {
		case w.digits:
			out = append(out, "#")
		case w.id == noWord:
			out = append(out, "?")
		case w.plural:
			out = append(out, v.words[w.id].text+"+s")
		default:
			out = append(out, v.words[w.id].text)
		}
	}
	return strings.Join(out, " ")
}

func TestSplitKey(t *testing.T) {
	v := builtinVocabulary()
	tests := []struct{ key, want string }{
		{"db_password", "db password"},
		{"userPassword", "user password"},
		{"X-Auth-Token", "? auth token"},
		{"APIKey", "api key"},
		{"apikey", "api key"},
		{"theapikey", "the api key"},
		{"password2", "password #"},
		{"access_token1", "access token #"},
		{"tokens", "token+s"},
		{"max_tokens", "max token+s"},
		{"maxtokens", "max token+s"},
		{"PHPSESSID", "phpsessid"},
		{"JSESSIONID", "jsessionid"},
		{"connect.sid", "connect sid"},
		{"awssecretaccesskey", "aws secret access key"},
		{"secretName", "secret name"},
		{"secretKeyRef", "secret key ref"},
		{"spring.datasource.password", "? data source password"},
		{"2fa_code", "2fa code"},
		{"firstname", "first name"},
		{"dateofbirth", "date of birth"},
		// Runs of letters that are no compounds of known words stay
		// whole, so they match no term.
		{"chpasswd", "?"},
		{"bypass", "?"},
		{"compass", "?"},
		{"jsonwebtoken", "?"},
		{"monkey", "?"},
		{"passwordless", "?"},
		{"xyzpassword", "? password"},
		{strings.Repeat("a", maxKeyLen+1), "(too long)"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, words(v, tt.key)); diff != "" {
			t.Errorf("splitKey(%q) mismatch (-want +got):\n%s", tt.key, diff)
		}
	}
}

func TestKeyRules(t *testing.T) {
	e := Default()
	tests := []struct {
		key  string
		want bool
	}{
		{"password", true}, {"Password", true}, {"apiKey", true}, {"API-KEY", true}, {"api_key", true},
		{"x-api-key", true}, {"db_password", true}, {"db.password", true}, {"userPassword", true},
		{"stripeSecretKey", true}, {"X-Auth-Token", true}, {"authorization", true},
		{"Proxy-Authorization", true}, {"cookie", true}, {"Set-Cookie", true}, {"private_key", true},
		{"credentials", true}, {"session_id", true}, {"sessionId", true}, {"client_secret", true},
		{"access_token", true}, {"db_pass", true}, {"ssn", true}, {"user_ssn", true},
		{"password2", true}, {"access_token1", true}, {"tokens", true}, {"password_confirmation", true},
		{"session", true}, {"PHPSESSID", true}, {"JSESSIONID", true}, {"connect.sid", true},
		{"auth_code", true}, {"otp", true}, {"pin", true}, {"DB_PASSWD", true}, {"PGPASSWORD", true},
		{"SECRET_KEY_BASE", true}, {"AWS_CREDENTIALS", true}, {"token_value", true}, {"password_hash", true},
		{"newPassword", true}, {"mysql_root_password", true}, {"csrf_token", true}, {"XSRF-TOKEN", true},
		{"refresh_token", true}, {"id_token", true}, {"bearer", true}, {"jwt", true}, {"signature", true},
		{"card_number", true}, {"cvv", true}, {"storepass", true}, {"requirepass", true},
		// Counts, descriptions and references.
		{"max_tokens", false}, {"token_count", false}, {"password_changed_at", false},
		{"secret_rotation_days", false}, {"passwordless", false}, {"bypass", false}, {"compass", false},
		{"chpasswd", false}, {"secretName", false}, {"secretKeyRef", false}, {"passwordPolicy", false},
		{"key", false}, {"monkey", false}, {"cache_key", false}, {"public_key", false}, {"private_key_id", false},
		{"token_type", false}, {"user_id", false}, {"method", false}, {"", false}, {"prompt_tokens", false},
		{"next_page_token", false}, {"nextPageToken", false}, {"token_endpoint", false}, {"auth_type", false},
		{"keystore", false}, {"jsonwebtoken", false}, {"session_timeout", false}, {"sid", false},
		// Connection strings: the password inside is masked, not the
		// value whole.
		{"dsn", false}, {"connection_string", false}, {"DATABASE_URL", false},
		// Personal data keys are sensitive too, and reported as pii-key.
		{"first_name", true}, {"customer_last_name", true}, {"date_of_birth", true},
		{"ip_address", false}, {"service_name", false}, {"user_name", false}, {"zip_file", false},
	}
	// Twice: the second answer comes from the engine's key cache.
	for range 2 {
		for _, tt := range tests {
			if got := e.SensitiveKey(tt.key); got != tt.want {
				t.Errorf("SensitiveKey(%q) = %v, want %v", tt.key, got, tt.want)
			}
		}
	}
}

// TestAmbiguousKeys checks that under short, ambiguous names the value
// decides, in fields and in text alike.
func TestAmbiguousKeys(t *testing.T) {
	e := Default()
	tests := []struct {
		key, value string
		masked     bool
	}{
		{"pwd", "/home/alice", false},
		{"PWD", "/", false},
		{"pwd", "x7-fq2", true},
		{"sid", "2", false},
		{"sid", "ORCL", false},
		{"sid", "s3cr3tS3ss10nT0k3n42", true},
		{"sessionid", "0x14ede63a5a70002", false},
		{"session", "30546173_4261722401", false},
		{"session", "7c2f9a0b1e", true},
		{"auth", "SIMPLE", false},
		{"auth", "KERBEROS", false},
		{"auth", "keyboard-interactive", false},
		{"auth", "bob:pw1", true},
		{"auth", "200", false},
		{"dsn", "2.0.0", false},
		{"dsn", "app:pw1@tcp(db:3306)/shop", true},
		{"pin", "17", false},
		{"pin", "4321", true},
		{"pass", "3", false},
		{"pass", "hunter2", true},
		{"key", "orders/123", false},
		{"key", "user-42-profile", false},
		{"key", fake(charsAlnum, 31, "ambiguous-key") + "7", true},
		{"zip", "true", false},
		{"zip", "94103", true},
		{"routing", "orders.created", false},
		{"routing", "011000015", true},
		{"tokens", "1234", false},
		{"password", "true", false},
		{"password", "${DB_PASSWORD}", false},
		{"password", "hunter2", true},
	}
	for _, tt := range tests {
		got, changed := e.RedactIn(Scope{Key: tt.key}, tt.value)
		if changed != tt.masked {
			t.Errorf("RedactIn(%q, %q) = %q, masked %v; want masked %v", tt.key, tt.value, got, changed, tt.masked)
		}
		text := tt.key + "=" + tt.value
		if out := e.RedactString(text); (out != text) != tt.masked {
			t.Errorf("RedactString(%q) = %q; want masked %v", text, out, tt.masked)
		}
	}
}

// TestKeyPaths pins the rules for key paths: a sensitive component masks
// the value; an allowed key exempts only its own value, and only when no
// component above it is sensitive.
func TestKeyPaths(t *testing.T) {
	e, err := New(WithAllowedKeys("id", "user", "trace.token"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path, value, want string
	}{
		{"session.id", "abc123", mK},
		{"user.password", "hunter2", mK},
		{"user", "alice@example.com", "alice@example.com"},
		{"id", "alice@example.com", "alice@example.com"},
		{"order.id", "alice@example.com", "alice@example.com"},
		{"trace.token", "t-1", "t-1"},
		{"other.token", "t-1", mK},
		{"credentials.username", "bob", mK},
		{"db.password.value", "x1", mK},
		{"password.changed_at", "2026-01-01", mK},
		{"db.password_changed_at", "2026-01-01", "2026-01-01"},
		{"customer.first_name", "Alice", mP},
	}
	for _, tt := range tests {
		got, _ := e.RedactIn(Scope{Key: tt.path}, tt.value)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("RedactIn(%q, %q) mismatch (-want +got):\n%s", tt.path, tt.value, diff)
		}
	}
}

func TestUserKeys(t *testing.T) {
	e, err := New(WithSensitiveKeys("member-number", "user.name"), WithAllowedKeys("session_id", "trace.token"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key       string
		sensitive bool
		allowed   bool
	}{
		{key: "memberNumber", sensitive: true},
		{key: "MEMBER_NUMBER", sensitive: true},
		{key: "old_member_number", sensitive: true},
		{key: "membernumber", sensitive: true},
		{key: "member_number2", sensitive: true},
		{key: "member_number_count"},
		{key: "user.name", sensitive: true},
		{key: "user_name", sensitive: true},
		{key: "session_id", allowed: true},
		{key: "http.sessionId", allowed: true},
		{key: "trace.token", allowed: true},
		{key: "other.token", sensitive: true},
		{key: "number"},
	}
	for _, tt := range tests {
		if got := e.SensitiveKey(tt.key); got != tt.sensitive {
			t.Errorf("SensitiveKey(%q) = %v, want %v", tt.key, got, tt.sensitive)
		}
		if got := e.AllowedKey(tt.key); got != tt.allowed {
			t.Errorf("AllowedKey(%q) = %v, want %v", tt.key, got, tt.allowed)
		}
	}
	// An allowed key is never touched, even by detectors.
	if got, changed := e.RedactIn(Scope{Key: "session_id"}, "alice@example.com"); changed || got != "alice@example.com" {
		t.Errorf("RedactIn under an allowed key = %q, %v; want the value untouched", got, changed)
	}
	// User terms are read in text by the same word rules.
	if got := e.RedactString("member_number=12345 membernumber=6789"); got != "member_number="+mK+" membernumber="+mK {
		t.Errorf("user term in text: %q", got)
	}
}

// TestPIIKeyCategory checks that personal-data keys are a category of
// their own: reported as pii-key, and switched off alone.
func TestPIIKeyCategory(t *testing.T) {
	var got []Observation
	e, err := New(WithObserver(func(o Observation) { got = append(got, o) }))
	if err != nil {
		t.Fatal(err)
	}
	e.RedactString("first_name=Alice password=x1")
	want := []Observation{
		{DetectorID: "pii-key", Category: PIIKey, Key: "first_name"},
		{DetectorID: "sensitive-key", Category: Secret, Key: "password"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("observations mismatch (-want +got):\n%s", diff)
	}
	off, err := New(WithoutCategory(PIIKey))
	if err != nil {
		t.Fatal(err)
	}
	if out := off.RedactString("first_name=Alice password=x1 mail a@example.com"); out != "first_name=Alice password="+mK+" mail [REDACTED:email]" {
		t.Errorf("without pii-key: %q", out)
	}
	if out, _ := off.RedactIn(Scope{Key: "last_name"}, "Smith"); out != "Smith" {
		t.Errorf("without pii-key, a field under last_name: %q", out)
	}
	noSecrets, err := New(WithoutDetectors("sensitive-key"))
	if err != nil {
		t.Fatal(err)
	}
	if out := noSecrets.RedactString("first_name=Alice password=x1"); out != "first_name="+mP+" password=x1" {
		t.Errorf("without sensitive-key: %q", out)
	}
	for _, c := range []Category{Secret, PII, PIIKey} {
		if back, ok := ParseCategory(c.String()); !ok || back != c {
			t.Errorf("ParseCategory(%q) = %v, %v", c.String(), back, ok)
		}
	}
}

// TestSuffixFilterIsConservative checks that the filter that settles
// plain keys early never settles a key the full rules find sensitive:
// every pair of vocabulary words, in each way keys are written, and the
// keys of the other tests.
func TestSuffixFilterIsConservative(t *testing.T) {
	kr, err := newKeyRules([]string{"member_number"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	v := kr.vocab
	var vocabWords []string
	for _, w := range v.words[1:] {
		vocabWords = append(vocabWords, w.text)
	}
	check := func(key string) {
		if vd := kr.classifyPath(key); vd.class == keySensitive && !kr.filter.mayBeSensitive(key) {
			t.Errorf("filter settles %q, which the rules find sensitive (%s)", key, vd.name)
		}
		if vd := kr.classifyKey(key); vd.class == keySensitive && !kr.filter.componentMay(key, 0, len(key)) {
			t.Errorf("filter settles the text key %q, which the rules find sensitive (%s)", key, vd.name)
		}
	}
	for _, a := range vocabWords {
		check(a)
		check(a + "s")
		check(a + "2")
		for _, b := range vocabWords {
			check(a + "_" + b)
			check(a + b)
			check(a + strings.ToUpper(b[:1]) + b[1:])
			check(strings.ToUpper(a + "_" + b))
			check(a + "." + b + "_2")
		}
	}
}

func FuzzSuffixFilter(f *testing.F) {
	for _, k := range []string{"password_2", "tokenValue", "db.password_confirmation", "2fa_code", "cvv2", "PHPSESSID", "x.y.z"} {
		f.Add(k)
	}
	kr, _ := newKeyRules(nil, nil)
	f.Fuzz(func(t *testing.T, key string) {
		if vd := kr.classifyPath(key); vd.class == keySensitive && !kr.filter.mayBeSensitive(key) {
			t.Errorf("filter settles %q, which the rules find sensitive (%s)", key, vd.name)
		}
		if vd := kr.classifyKey(key); vd.class == keySensitive && !kr.filter.componentMay(key, 0, len(key)) {
			t.Errorf("filter settles the text key %q, which the rules find sensitive (%s)", key, vd.name)
		}
	})
}

// TestRedactInSettlesUnderKey checks that a value under a key with a rule
// of its own comes out as redacting it again leaves it: a mask that took
// a separator with it must not leave a remainder that the key's rule
// reads, with the mask, as a value still to mask.
func TestRedactInSettlesUnderKey(t *testing.T) {
	e := Default()
	tests := []struct{ key, in, want string }{
		{"cookie", "Pw=(,'0", "Pw=[REDACTED:sensitive-key]"},
		{"cookie", "sid=abc; theme=dark", "sid=[REDACTED:sensitive-key]; theme=[REDACTED:sensitive-key]"},
	}
	for _, tt := range tests {
		got, _ := e.RedactIn(Scope{Key: tt.key}, tt.in)
		if got != tt.want {
			t.Errorf("RedactIn(%q, %q) = %q, want %q", tt.key, tt.in, got, tt.want)
		}
		if again, changed := e.RedactIn(Scope{Key: tt.key}, got); changed {
			t.Errorf("RedactIn(%q, %q) = %q, which redacts again to %q", tt.key, tt.in, got, again)
		}
	}
}

// TestIndexOpen pins indexOpen to strings.IndexAny's answer.
func TestIndexOpen(t *testing.T) {
	for _, v := range []string{"", "a", "{", "(", "a{b(c", "a(b{c", "Token{a64f992", "getToken()", "ghp_abc", "((", "x{"} {
		if got, want := indexOpen(v), strings.IndexAny(v, "{("); got != want {
			t.Errorf("indexOpen(%q) = %d, want %d", v, got, want)
		}
	}
}
