package patterns

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// benignCorpus is text that looks random or token-like but holds no
// secret. Every line must come through the whole catalog byte for byte:
// a detector that fires here would mask values people need in their logs.
func benignCorpus() []string {
	b64 := base64.StdEncoding.EncodeToString
	return []string{
		// Identifiers.
		"request_id=" + fakeUUID("benign-1"),
		"user " + strings.ToUpper(fakeUUID("benign-2")) + " signed in",
		`{"order_id":"` + fakeUUID("benign-3") + `","status":"paid"}`,
		"trace_id=" + fake(charsHex, 32, "benign-trace") + " span_id=" + fake(charsHex, 16, "benign-span"),
		"traceparent: 00-" + fake(charsHex, 32, "benign-tp") + "-" + fake(charsHex, 16, "benign-tp2") + "-01",
		"X-Amzn-Trace-Id: Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1",
		"span 0x" + fake(charsHex, 16, "benign-span2") + " parent 0x" + fake(charsHex, 16, "benign-span3"),
		// Hashes and digests.
		"md5 " + fake(charsHex, 32, "benign-md5") + "  app.tar.gz",
		"sha1=" + fake(charsHex, 40, "benign-sha1"),
		"sha256:" + fake(charsHex, 64, "benign-sha256"),
		"commit " + fake(charsHex, 40, "benign-git") + " (HEAD -> main)",
		"pulled ghcr.io/acme/api@sha256:" + fake(charsHex, 64, "benign-digest"),
		"etag W/\"" + fake(charsHex, 32, "benign-etag") + "\"",
		// Base64 of ordinary data.
		"payload=" + b64([]byte("The quick brown fox jumps over the lazy dog")),
		"body " + b64([]byte(`{"level":"info","msg":"request completed","status":200}`)),
		"cursor=" + base64.RawURLEncoding.EncodeToString([]byte(`{"after":"2026-11-30T09:39:28Z","id":12345}`)),
		"attachment " + b64([]byte(strings.Repeat("log line with numbers 0123456789 and words\n", 8))),
		// Kubernetes and containers.
		"pod api-7d9c8b6f5-x2k4q restarted",
		"pod/desk-booking-6b8f9c7d5-qv2lm Running",
		"deployment.apps/task-list scaled to 3",
		"node ip-10-1-2-3.eu-west-1.compute.internal Ready",
		"container ghost-blog-5c9f8d7b6-mn4pz OOMKilled",
		// Times and versions.
		"2026-11-30T09:39:28.123456789Z INFO started",
		"ts=2026-11-30T09:39:28+01:00 level=warn",
		"version=v1.28.0 go=go1.26.8",
		"go: downloading golang.org/x/net v0.0.0-20231010123456-abcdef123456",
		"semver 2.0.0-rc.1+build.5114f85",
		// Words that contain a prefix.
		"task-list risky desk-booking skeleton ghost",
		"skeleton loader for the risky-operations panel",
		"ghost-writer asked: which ask_price, which desk-top?",
		"shelf_life=30 thighs_and_legs=2 monkey-patch enabled",
		"npm_config_cache=/tmp/.npm pypi-server up",
		"github_pat_expiry_days=30 glpat_rotation=weekly",
		"key-value store ready; key-rotation scheduled",
		"secret_rotation_days=30 access-production-cluster ok",
		// Paths, URLs and access logs.
		"GET /api/v1/orders/12345 200 12.5ms",
		"POST /api/v2/users/u_8f3a2c/profile HTTP/1.1",
		`10.1.2.3 - - [30/Nov/2026:09:39:28 +0000] "GET /api/v1/orders?page=2 HTTP/1.1" 200 5321 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"`,
		"redirect to https://example.com/login?next=/api/v1/orders",
		"postgres://db:5432/orders?sslmode=require",
		"arn:aws:iam::123456789012:role/Admin assumed",
		"/subscriptions/" + fakeUUID("benign-sub") + "/resourceGroups/rg-prod/providers/Microsoft.Web/sites/app",
		// Runtime output.
		"goroutine 1 [running]:\nmain.main()\n\t/app/main.go:12 +0x1d",
		"Date: Mon, 30 Nov 2026 09:39:28 GMT",
		"missing Bearer authentication header; Basic authentication disabled",
		"mac 00:1a:2b:3c:4d:5e ipv6 fe80::1ff:fe23:4567:890a",
		"expected -----BEGIN CERTIFICATE----- got EOF",
		"ASIA region eu; AKIA prefix documented",
		// The shapes of formats found only by their context, standing
		// alone or after words that are not their key.
		"object " + fake(charsBase64, 40, "benign-b64-40") + " stored",
		"digest=" + fake(charsBase64, 43, "benign-b64-43") + "=",
		"nonce " + fake(charsAlnum, 30, "benign-30") + " id " + fake(charsAlnum, 32, "benign-32"),
		"tokens " + fake(charsAlnum, 25, "benign-25") + " " + fake(charsAlnum, 45, "benign-45") + " " + fake(charsAlnum, 50, "benign-50"),
		"build id " + fake("abcdefghijklmnopqrstuvwxyz234567", 52, "benign-b32"),
		"code 00" + fake(charsBase64URL, 40, "benign-okta") + " expired",
		"chat " + fake("0123456789", 10, "benign-tg") + ":" + fake(charsBase64URL, 35, "benign-tg") + " joined",
		"datadog trace " + fake(charsHex, 32, "benign-dd") + " sampled",
		"heroku dyno web.1 release " + fakeUUID("benign-heroku") + " up",
		"blob " + fake(charsAlnum, 84, "benign-84"),
		"instance t1.micro and t2.small in eu-west-1",
		"version v1.0-" + fake(charsHex, 24, "benign-v1") + " tagged",
		"range 10.0.0.0/8 and 172.16.0.0/12 allowed",
		"task_1445144423722_0020_m_000000_0 attempt_1445144423722_0020_m_000000_0",
		"/api/v1/pattern/patterns?path=/var/lib/patches",
		"sig=" + fake(charsBase64URL, 43, "benign-sig") + " verified for webhook",
		"payload " + base64.StdEncoding.EncodeToString([]byte(fake(charsAlnum, 200, "benign-raw"))),
		"image sha256~" + fake(charsHex, 16, "benign-tilde") + " cached",
		"AC" + fake(charsHex, 32, "benign-ac") + " is a call summary ID",
	}
}

func TestBenignCorpus(t *testing.T) {
	e := Default()
	for _, in := range benignCorpus() {
		if diff := cmp.Diff(in, e.RedactString(in)); diff != "" {
			t.Errorf("RedactString(%q) mismatch (-want +got):\n%s\nfindings: %+v", in, diff, e.Find(in))
		}
	}
}

// jsonEscape escapes s the way encoding/json does with HTML escaping on,
// and with '/' escaped as some encoders write it.
func jsonEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '/':
			b.WriteString(`\/`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '<':
			b.WriteString(`\u003c`)
		case '>':
			b.WriteString(`\u003e`)
		case '&':
			b.WriteString(`\u0026`)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// TestCatalogEscapedJSON re-tests every positive of the keyword detectors
// inside JSON strings that carry escapes: \" around the value, \u003c
// right before it, and the whole text escaped as a JSON encoder writes it
// (\/ for '/', \n for a line break). The secret, escaped the same way,
// must not survive.
func TestCatalogEscapedJSON(t *testing.T) {
	e := Default()
	for _, d := range e.Detectors() {
		if len(d.Keywords) == 0 {
			continue
		}
		for i, ex := range d.Positive {
			secret := ex.Secret
			if secret == "" {
				secret = ex.Text
			}
			contexts := []struct{ name, in, secret string }{
				{"quoted", `{"msg":"retry with \"` + ex.Text + `\" now"}`, secret},
				{"html-escaped", `{"msg":"value \u003c` + ex.Text + `\u003e"}`, secret},
				{"escaped", `{"msg":"` + jsonEscape(ex.Text) + `"}`, jsonEscape(secret)},
			}
			if strings.Contains(ex.Text, `\`) {
				// Already escaped text: escaping it again tests
				// nothing a log line holds.
				contexts = contexts[:2]
			}
			for _, c := range contexts {
				if out := e.RedactString(c.in); strings.Contains(out, c.secret) {
					t.Errorf("%s/positive/%d (%s), %s: RedactString(%q) = %q still holds the secret", d.ID, i, ex.Why, c.name, c.in, out)
				}
			}
		}
	}
}

// TestContextDetectorsNeedTheirKey checks that a detector documented as
// relying on a key name finds nothing when the same value stands alone:
// the value by itself looks like a hash or an ID.
func TestContextDetectorsNeedTheirKey(t *testing.T) {
	e := Default()
	byID := map[string]Detector{}
	for _, d := range e.Detectors() {
		byID[d.ID] = d
	}
	for _, id := range contextDetectors() {
		d, ok := byID[id]
		if !ok {
			t.Errorf("context detector %s is not in the catalog", id)
			continue
		}
		for i, ex := range d.Positive {
			if ex.Secret == "" || containsKeyword(ex.Secret, d) {
				continue // a form the detector finds by itself
			}
			alone := "value " + ex.Secret + " seen"
			for _, f := range e.Find(alone) {
				if f.DetectorID == d.ID {
					t.Errorf("%s/positive/%d: Find(%q) found %s without its key", d.ID, i, alone, d.ID)
				}
			}
		}
	}
}

// TestContextSecretsStandAlone checks every detector the way
// TestContextDetectorsNeedTheirKey checks the listed ones: a positive whose
// secret holds none of the detector's keywords was found by what is
// written around it (a key name, an identifier next to it, a scheme
// word), so the same secret standing alone must not be found by that
// detector. A new detector of this kind is checked without being listed.
func TestContextSecretsStandAlone(t *testing.T) {
	e := Default()
	n := 0
	for _, d := range e.Detectors() {
		if len(d.Keywords) == 0 {
			continue // found by structure, which is its own context
		}
		for i, ex := range d.Positive {
			// A keyword may hold the boundary before the token it
			// starts (" sk_"): such a token is found alone.
			if ex.Secret == "" || containsKeyword(" "+ex.Secret, d) {
				continue
			}
			n++
			for _, alone := range []string{ex.Secret, "value " + ex.Secret + " seen", `{"v":"` + ex.Secret + `"}`} {
				for _, f := range e.Find(alone) {
					if f.DetectorID == d.ID {
						t.Errorf("%s/positive/%d (%s): Find(%q) found %s without its context", d.ID, i, ex.Why, alone, d.ID)
					}
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d positives rely on context; the catalog has more", n)
	}
}

func TestCatalogSize(t *testing.T) {
	n := 0
	for _, d := range Default().Detectors() {
		if d.Category == Secret {
			n++
		}
	}
	if n < 230 {
		t.Errorf("catalog has %d secret detectors, want at least 230", n)
	}
}

// FuzzCatalog mutates the catalog's own positives and negatives: the
// matchers must not panic on truncated or spliced tokens, and whatever
// they find must not survive redaction.
func FuzzCatalog(f *testing.F) {
	for _, d := range Default().Detectors() {
		for _, ex := range d.Positive {
			f.Add(ex.Text)
		}
		for _, ex := range d.Negative {
			f.Add(ex.Text)
		}
	}
	// Nested and repeated key blocks, whose settling the fuzzer once
	// found wrong.
	p := pemParts()
	f.Add(p["B"] + p["B"] + "${" + p["B"] + "${" + p["B"] + p["k"] + p["E"] + p["E"] + p["E"] + p["E"])
	f.Add(p["B"] + p["k"] + p["b"] + p["k"] + p["E"] + p["e"] + p["E"])
	e := Default()
	f.Fuzz(func(t *testing.T, s string) {
		out := e.RedactString(s)
		if fs := e.Find(out); len(fs) > 0 {
			t.Errorf("RedactString(%q) = %q, in which Find still sees %+v", s, out, fs)
		}
		if again := e.RedactString(out); again != out {
			t.Errorf("not idempotent: %q -> %q -> %q", s, out, again)
		}
	})
}
