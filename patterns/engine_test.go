package patterns

import (
	"encoding/base64"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/logredact/logredact/internal/testutil"
)

func TestRedactString(t *testing.T) {
	e := Default()
	tests := []struct{ in, want string }{
		{"nothing here", "nothing here"},
		{"", ""},
		{"login failed for alice@example.com", "login failed for [REDACTED:email]"},
		{"card 4111 1111 1111 1111, ssn 123-45-6789", "card [REDACTED:credit-card], ssn [REDACTED:us-ssn]"},
		{"a@example.com b@example.org", "[REDACTED:email] [REDACTED:email]"},
		{"password=hunter2 user=bob", "password=[REDACTED:sensitive-key] user=bob"},
		{`{"user":"bob","password":"hunter2","n":1}`, `{"user":"bob","password":"[REDACTED:sensitive-key]","n":1}`},
		// Benign values that look random or numeric stay intact.
		{"request_id=3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b", "request_id=3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b"},
		{"commit 9b2a28eb47540823042a2ba401386845089bb7b6", "commit 9b2a28eb47540823042a2ba401386845089bb7b6"},
		{"at 2026-11-30T09:39:28.123Z took 12.5ms", "at 2026-11-30T09:39:28.123Z took 12.5ms"},
		{"order 4111111111111112 shipped", "order 4111111111111112 shipped"},
		{"ssn 666-12-3456 invalid", "ssn 666-12-3456 invalid"},
		{"go: downloading golang.org/x/net@v0.1.0", "go: downloading golang.org/x/net@v0.1.0"},
		{"ip 10.1.2.3 port 8080", "ip 10.1.2.3 port 8080"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, e.RedactString(tt.in)); diff != "" {
			t.Errorf("RedactString(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestRedactInKeyRules(t *testing.T) {
	e := Default()
	tests := []struct {
		key, in, want string
	}{
		{"password", "hunter2", "[REDACTED:sensitive-key]"},
		{"db.password", "hunter2", "[REDACTED:sensitive-key]"},
		{"ssn", "123456789", "[REDACTED:sensitive-key]"},
		{"note", "123456789", "123456789"},
		{"max_tokens", "4096", "4096"},
		{"email", "bob@example.org", "[REDACTED:email]"},
		// A detector that claims the whole value names it.
		{"card", "4111 1111 1111 1111", "[REDACTED:credit-card]"},
		{"password", "[REDACTED:sensitive-key]", "[REDACTED:sensitive-key]"},
		{"password", "", ""},
	}
	for _, tt := range tests {
		got, changed := e.RedactIn(Scope{Key: tt.key}, tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("RedactIn(%q, %q) mismatch (-want +got):\n%s", tt.key, tt.in, diff)
		}
		if changed != (tt.in != tt.want) {
			t.Errorf("RedactIn(%q, %q) changed = %v", tt.key, tt.in, changed)
		}
	}
}

func TestRedactInt(t *testing.T) {
	e := Default()
	tests := []struct {
		key     string
		v       int64
		want    string
		changed bool
	}{
		{"amount", 4111111111111111, "[REDACTED:credit-card]", true},
		{"amount", 4111111111111112, "", false},
		{"amount", 200, "", false},
		{"pin", 1234, "[REDACTED:sensitive-key]", true},
		{"pin", 17, "", false},
		{"cvv", 123, "[REDACTED:sensitive-key]", true},
		{"password", -5, "[REDACTED:sensitive-key]", true},
	}
	for _, tt := range tests {
		got, changed := e.RedactInt(Scope{Key: tt.key}, tt.v)
		if got != tt.want || changed != tt.changed {
			t.Errorf("RedactInt(%q, %d) = %q, %v; want %q, %v", tt.key, tt.v, got, changed, tt.want, tt.changed)
		}
	}
	if got, ok := e.RedactUint(Scope{}, 4111111111111111); !ok || got != "[REDACTED:credit-card]" {
		t.Errorf("RedactUint(card) = %q, %v", got, ok)
	}
}

func TestFind(t *testing.T) {
	e := Default()
	in := "mail bob@example.org, card 4111-1111-1111-1111"
	want := []Finding{
		{DetectorID: "email", Category: PII, Start: 5, End: 20},
		{DetectorID: "credit-card", Category: PII, Start: 27, End: 46},
	}
	if diff := cmp.Diff(want, e.Find(in)); diff != "" {
		t.Errorf("Find(%q) mismatch (-want +got):\n%s", in, diff)
	}
	got := e.AppendFind(nil, Scope{Key: "token"}, "abc")
	want = []Finding{{DetectorID: "sensitive-key", Category: Secret, Start: 0, End: 3, Key: "token"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("AppendFind under a key mismatch (-want +got):\n%s", diff)
	}
	if !e.Contains(in) || e.Contains("clean text 12345") {
		t.Errorf("Contains disagrees with Find")
	}
}

func TestAppendRedact(t *testing.T) {
	e := Default()
	dst := []byte("prefix:")
	out, changed := e.AppendRedact(dst, Scope{}, []byte("to alice@example.com"))
	if !changed || string(out) != "prefix:to [REDACTED:email]" {
		t.Errorf("AppendRedact = %q, %v", out, changed)
	}
	out, changed = e.AppendRedact(dst[:7], Scope{}, []byte("clean"))
	if changed || string(out) != "prefix:clean" {
		t.Errorf("AppendRedact(clean) = %q, %v", out, changed)
	}
}

func TestMasks(t *testing.T) {
	in := "alice@example.com paid with 4111 1111 1111 1111, ssn 123-45-6789, password=hunter2"
	key := []byte("0123456789abcdef")
	tests := []struct {
		name string
		mask Mask
		want string
	}{
		{"label", LabelMask(), "[REDACTED:email] paid with [REDACTED:credit-card], ssn [REDACTED:us-ssn], password=[REDACTED:sensitive-key]"},
		{"fixed", FixedMask("***"), "*** paid with ***, ssn ***, password=***"},
		{"partial", PartialMask(), "***@example.com paid with **** **** **** 1111, ssn ***-**-6789, password=[REDACTED:sensitive-key]"},
	}
	for _, tt := range tests {
		e, err := New(WithMask(tt.mask))
		if err != nil {
			t.Fatal(err)
		}
		got := e.RedactString(in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s mask mismatch (-want +got):\n%s", tt.name, diff)
		}
		if again := e.RedactString(got); again != got {
			t.Errorf("%s mask is not idempotent: %q then %q", tt.name, got, again)
		}
	}
	e, err := New(WithMask(HMACMask(key)))
	if err != nil {
		t.Fatal(err)
	}
	a := e.RedactString("to alice@example.com")
	b := e.RedactString("from alice@example.com")
	c := e.RedactString("to bob@example.com")
	if !strings.HasPrefix(a, "to [REDACTED:email:") || strings.TrimPrefix(a, "to ") != strings.TrimPrefix(b, "from ") || a == c {
		t.Errorf("HMAC mask must be stable per value and differ across values: %q %q %q", a, b, c)
	}
	other, _ := New(WithMask(HMACMask([]byte("another key of 16+ bytes"))))
	if other.RedactString("to alice@example.com") == a {
		t.Errorf("HMAC mask does not depend on the key")
	}
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name string
		opt  Option
		want string
	}{
		{"short hmac key", WithMask(HMACMask([]byte("short"))), "patterns.WithMask: HMACMask key is 5 bytes"},
		{"empty fixed", WithMask(FixedMask("")), "patterns.WithMask: FixedMask text is empty"},
		{"unknown only", WithDetectors("no-such"), `patterns.WithDetectors: unknown detector "no-such"`},
		{"unknown without", WithoutDetectors("emial"), `patterns.WithoutDetectors: unknown detector "emial"; did you mean "email"?`},
		{"empty key", WithSensitiveKeys("--"), `patterns.WithSensitiveKeys: key "--" has no letters or digits`},
		{"empty allowed", WithAllowedKeys(""), `patterns.WithAllowedKeys: key "" has no letters or digits`},
		{"short known", WithKnownSecrets("abc"), "patterns.WithKnownSecrets: a value of 3 bytes is too short"},
		{"nil observer", WithObserver(nil), "patterns.WithObserver: nil function"},
		{"bad id", WithDetector(Detector{ID: "Bad_ID", Category: Secret, Keywords: []string{"abc"}, Pattern: "abc"}), `patterns.WithDetector: detector ID "Bad_ID" is not kebab-case`},
		{"bad regexp", WithDetector(Detector{ID: "mine", Category: Secret, Keywords: []string{"abc"}, Pattern: "abc("}), `patterns.WithDetector: detector "mine": Pattern: error parsing regexp`},
		{"no keywords", WithDetector(Detector{ID: "mine", Category: Secret, Pattern: "abc"}), `patterns.WithDetector: detector "mine": needs at least one keyword`},
		{"short keyword", WithDetector(Detector{ID: "mine", Category: Secret, Keywords: []string{"ab"}, Pattern: "ab"}), `keyword "ab" is shorter than 3 bytes`},
		{"taken id", WithDetector(Detector{ID: "email", Category: PII, Keywords: []string{"abc"}, Pattern: "abc"}), `patterns.WithDetector: ID "email" is already a built-in detector`},
		{"bad category", WithoutCategory(9), "patterns.WithoutCategory: unknown category 9"},
	}
	for _, tt := range tests {
		_, err := New(tt.opt)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: New() error = %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}

func TestCustomDetector(t *testing.T) {
	e, err := New(WithDetector(Detector{
		ID:          "acme-key",
		Description: "ACME internal key",
		Category:    Secret,
		Keywords:    []string{"acme_"},
		Pattern:     `acme_[a-z0-9]{12}\b`,
	}), WithDetector(Detector{
		ID:       "employee-id",
		Category: PII,
		Keywords: []string{"EMP-"},
		Match: func(s string, at int, kw string) (int, int, bool) {
			end := at + len(kw)
			for end < len(s) && isDigit(s[end]) {
				end++
			}
			return at, end, end-at == len(kw)+6
		},
	}))
	if err != nil {
		t.Fatal(err)
	}
	got := e.RedactString("key acme_0123456789ab by EMP-123456 and EMP-12")
	want := "key [REDACTED:acme-key] by [REDACTED:employee-id] and EMP-12"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("custom detectors mismatch (-want +got):\n%s", diff)
	}
}

func TestSelectDetectors(t *testing.T) {
	only, err := New(WithDetectors("email"))
	if err != nil {
		t.Fatal(err)
	}
	if got := only.RedactString("a@example.com 4111111111111111"); got != "[REDACTED:email] 4111111111111111" {
		t.Errorf("WithDetectors(email) = %q", got)
	}
	noPII, err := New(WithoutCategory(PII))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range noPII.Detectors() {
		if d.Category == PII {
			t.Errorf("WithoutCategory(PII) kept %s", d.ID)
		}
	}
	noKeys, _ := New(WithoutDetectors("sensitive-key"))
	if got, _ := noKeys.RedactIn(Scope{Key: "password"}, "hunter2"); got != "hunter2" {
		t.Errorf("without sensitive-key, key rules still applied: %q", got)
	}
}

func TestKnownSecrets(t *testing.T) {
	secret := "s3cr3t/v@lue+x"
	e, err := New(WithKnownSecrets(secret), WithEnvSecrets([]string{
		"DB_PASSWORD=correct-horse-battery",
		"HOME=/root/home/dir",
		"API_KEY=short",
		"SENTRY_DSN=https://abc@o1.example/1",
		"MONKEY=banana-banana-banana",
	}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"value " + secret + " seen", "value [REDACTED:known-secret] seen"},
		{"b64 " + base64.StdEncoding.EncodeToString([]byte(secret)), "b64 [REDACTED:known-secret]"},
		{"q=" + url.QueryEscape(secret), "q=[REDACTED:known-secret]"},
		{"conn correct-horse-battery ok", "conn [REDACTED:known-secret] ok"},
		{"home /root/home/dir", "home /root/home/dir"},
		{"short ok", "short ok"},
		{"banana-banana-banana", "banana-banana-banana"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, e.RedactString(tt.in)); diff != "" {
			t.Errorf("RedactString(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestObserver(t *testing.T) {
	var got []Observation
	var n atomic.Int64
	e, err := New(WithObserver(func(o Observation) {
		n.Add(1)
		got = append(got, o)
	}))
	if err != nil {
		t.Fatal(err)
	}
	e.RedactIn(Scope{Layer: "test", Key: "note"}, "mail alice@example.com password=x1")
	e.RedactIn(Scope{Layer: "test", Key: "api_key"}, "abc")
	e.RedactIn(Scope{Layer: "test", Key: "note"}, "clean")
	e.Find("alice@example.com") // finding is not redacting
	want := []Observation{
		{DetectorID: "email", Category: PII, Key: "note", Layer: "test"},
		{DetectorID: "sensitive-key", Category: Secret, Key: "password", Layer: "test"},
		{DetectorID: "sensitive-key", Category: Secret, Key: "api_key", Layer: "test"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("observations mismatch (-want +got):\n%s", diff)
	}
	for _, o := range got {
		if strings.Contains(o.Key+o.DetectorID+o.Layer, "alice") || strings.Contains(o.Key, "x1") {
			t.Errorf("observation leaks the value: %+v", o)
		}
	}
}

func TestCleanAllocs(t *testing.T) {
	e := Default()
	clean := []string{"u_8f3a2c", "/api/v1/orders/12345", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36",
		"3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b", "2026-11-30T09:39:28Z INFO request completed status=200"}
	for _, s := range clean {
		testutil.WantAllocs(t, 0, func() { _ = e.RedactString(s) })
		testutil.WantAllocs(t, 0, func() { _, _ = e.RedactIn(Scope{Layer: "x", Key: "user_agent"}, s) })
		testutil.WantAllocs(t, 0, func() { _ = e.Contains(s) })
	}
	testutil.WantAllocs(t, 0, func() { _, _ = e.RedactInt(Scope{Key: "bytes"}, 5321) })
	testutil.WantAllocs(t, 0, func() { _, _ = e.RedactInt(Scope{Key: "id"}, 1234567890123456) })
	testutil.WantAllocs(t, 1, func() { _ = e.RedactString("to alice@example.com") })
}

func TestConcurrentUse(t *testing.T) {
	e := Default()
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			for i := 0; i < 200; i++ {
				if got := e.RedactString("to alice@example.com"); got != "to [REDACTED:email]" {
					t.Errorf("got %q", got)
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
}

func TestMaskValue(t *testing.T) {
	var seen []Observation
	e, err := New(WithMask(FixedMask("<hidden>")), WithObserver(func(o Observation) { seen = append(seen, o) }))
	if err != nil {
		t.Fatal(err)
	}
	if got := e.MaskValue(Scope{Layer: "slog", Key: "user.pin"}, "1234"); got != "<hidden>" {
		t.Errorf("MaskValue = %q, want the configured mask", got)
	}
	want := []Observation{{DetectorID: "sensitive-key", Category: Secret, Key: "user.pin", Layer: "slog"}}
	if diff := cmp.Diff(want, seen); diff != "" {
		t.Errorf("observations mismatch (-want +got):\n%s", diff)
	}
}

func TestAllowedKeysWithoutKeyRules(t *testing.T) {
	e, err := New(WithoutDetectors("sensitive-key"), WithAllowedKeys("contact"))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := e.RedactIn(Scope{Key: "contact"}, "alice@example.com"); got != "alice@example.com" {
		t.Errorf("allowed key was examined with key rules off: %q", got)
	}
	if got, _ := e.RedactIn(Scope{Key: "password"}, "hunter2"); got != "hunter2" {
		t.Errorf("key rules applied although turned off: %q", got)
	}
}

func TestSettle(t *testing.T) {
	e := Default()
	// The first input is masked in two passes: the card only stands
	// alone once the email after it is masked.
	for _, in := range []string{"4111111111111111:6789x11110@0.ab", "A:4111111111111111 0@0.AAA", "4111111111111111 0@example.com"} {
		out := e.RedactString(in)
		if fs := e.Find(out); len(fs) > 0 {
			t.Errorf("RedactString(%q) = %q still holds %+v", in, out, fs)
		}
	}
}

func TestHMACMaskIsFinal(t *testing.T) {
	e, err := New(WithMask(HMACMask([]byte("0123456789abcdef"))))
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{"4111 1111 1111 1111", "123-45-6789", "password=hunter2", "alice@example.com"} {
		out := e.RedactString(in)
		if strings.Count(out, "[") != 1 || !strings.HasSuffix(out, "]") {
			t.Errorf("RedactString(%q) = %q, want one closed mask", in, out)
		}
		if again := e.RedactString(out); again != out {
			t.Errorf("HMAC mask output is redacted again: %q -> %q", out, again)
		}
	}
}

func TestAppendMask(t *testing.T) {
	var n int
	e, _ := New(WithMask(PartialMask()), WithObserver(func(Observation) { n++ }))
	got := e.AppendMask([]byte("x="), Scope{}, Finding{DetectorID: "credit-card", Category: PII}, "4111 1111 1111 1111")
	if string(got) != "x=**** **** **** 1111" || n != 1 {
		t.Errorf("AppendMask = %q (observed %d), want the partial card mask, observed once", got, n)
	}
}

func TestMergedNames(t *testing.T) {
	e := Default()
	tests := []struct{ in, want string }{
		{"GITHUB_TOKEN=" + workloadToken(), "GITHUB_TOKEN=[REDACTED:github-pat]"},
		{"dial postgres://app:pw1234@db.example.com/x", "dial postgres://app:[REDACTED:url-credentials]@db.example.com/x"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, e.RedactString(tt.in)); diff != "" {
			t.Errorf("RedactString(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func workloadToken() string { return "ghp_" + strings.Repeat("aB3dE5fG7h", 4)[:36] }

func TestRedactFind(t *testing.T) {
	e := Default()
	out, fs := e.RedactFind(nil, Scope{Key: "note"}, "mail a@example.com, card 4111111111111111")
	if out != "mail [REDACTED:email], card [REDACTED:credit-card]" {
		t.Errorf("RedactFind text = %q", out)
	}
	want := []Finding{
		{DetectorID: "email", Category: PII, Start: 5, End: 18, Key: "note"},
		{DetectorID: "credit-card", Category: PII, Start: 25, End: 41, Key: "note"},
	}
	if diff := cmp.Diff(want, fs); diff != "" {
		t.Errorf("RedactFind findings mismatch (-want +got):\n%s", diff)
	}
	if out, fs := e.RedactFind(fs[:0], Scope{}, "clean"); out != "clean" || len(fs) != 0 {
		t.Errorf("RedactFind(clean) = %q, %v", out, fs)
	}
}

// TestSettleLargeText checks that a text too large to be scanned again
// whole is settled around its masks exactly as its lines are one by one.
func TestSettleLargeText(t *testing.T) {
	e := Default()
	lines := strings.Split(benchCorpus(64<<10), "\n")
	for i := 0; i < len(lines); i += 37 {
		lines[i] = "card 4111111111111111:6789x11110@0.ab to a@example.com, ssn 123-45-6789"
	}
	whole := strings.Join(lines, "\n")
	if len(whole) <= settleWhole {
		t.Fatalf("text of %d bytes does not exercise the windowed settle", len(whole))
	}
	want := make([]string, len(lines))
	for i, l := range lines {
		want[i] = e.RedactString(l)
	}
	got := e.RedactString(whole)
	if diff := cmp.Diff(strings.Join(want, "\n"), got); diff != "" {
		t.Errorf("large text mismatch (-line by line +whole):\n%s", diff)
	}
	if fs := e.Find(got); len(fs) > 0 {
		t.Errorf("redacted large text still holds %d findings, first %+v", len(fs), fs[0])
	}
}
