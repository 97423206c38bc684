package patterns

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// benchCorpus is realistic clean log text: access logs, application
// messages and JSON lines, with no finding in it.
func benchCorpus(size int) string {
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	paths := []string{"/api/v1/orders/%d", "/api/v1/users/%d/profile", "/healthz", "/static/js/app.%x.js", "/api/v2/search?q=shoes&page=%d"}
	msgs := []string{"request completed", "cache miss for key orders:%d", "retrying upstream call attempt=%d", "connection pool exhausted, waiting", "user %d updated preferences", "token refreshed for session"}
	for b.Len() < size {
		switch r.IntN(3) {
		case 0:
			fmt.Fprintf(&b, "10.%d.%d.%d - - [30/Nov/2026:09:%02d:%02d +0000] \"GET %s HTTP/1.1\" %d %d \"-\" \"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36\"\n",
				r.IntN(255), r.IntN(255), r.IntN(255), r.IntN(60), r.IntN(60), fmt.Sprintf(paths[r.IntN(len(paths))], r.IntN(100000)), 200+r.IntN(4)*100, r.IntN(90000))
		case 1:
			fmt.Fprintf(&b, "2026-11-30T09:%02d:%02d.%03dZ INFO %s request_id=%08x-%04x-4%03x-8%03x-%012x duration_ms=%d.%d\n",
				r.IntN(60), r.IntN(60), r.IntN(1000), fmt.Sprintf(msgs[r.IntN(len(msgs))], r.IntN(10000)), r.Uint32(), r.IntN(65536), r.IntN(4096), r.IntN(4096), r.Uint64()&0xffffffffffff, r.IntN(500), r.IntN(10))
		default:
			fmt.Fprintf(&b, `{"level":"info","time":"2026-11-30T09:%02d:%02dZ","msg":"%s","method":"GET","path":"/api/v1/orders/%d","status":%d,"user_id":"u_%06x","bytes":%d}`+"\n",
				r.IntN(60), r.IntN(60), msgs[r.IntN(len(msgs))], r.IntN(100000), 200, r.IntN(1<<24), r.IntN(90000))
		}
	}
	return b.String()
}

func BenchmarkRedactString(b *testing.B) {
	e := Default()
	cases := []struct{ name, in string }{
		{"clean-20B", "u_8f3a2c-order-12345"},
		{"clean-uuid", "3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b"},
		{"clean-ua", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"},
		{"dirty-email", "login failed for alice@example.com"},
		{"dirty-card", "4111 1111 1111 1111"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.in)))
			for b.Loop() {
				_ = e.RedactString(c.in)
			}
		})
	}
}

// pii4 is what services hand-roll today: four regexps for the same PII.
var pii4 = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|\b(?:\d[ -]?){13,19}\b|\b\d{3}-\d{2}-\d{4}\b|(?i)(?:password|secret|token)=\S+`)

func BenchmarkCorpus(b *testing.B) {
	corpus := benchCorpus(4 << 20)
	b.Run("engine", func(b *testing.B) {
		e := Default()
		b.ReportAllocs()
		b.SetBytes(int64(len(corpus)))
		for b.Loop() {
			_ = e.Contains(corpus[:len(corpus)-1]) // full pass: the corpus is clean
		}
	})
	b.Run("engine-pii-only", func(b *testing.B) {
		e, _ := New(WithDetectors("email", "credit-card", "us-ssn", "sensitive-key"))
		b.ReportAllocs()
		b.SetBytes(int64(len(corpus)))
		for b.Loop() {
			_ = e.RedactString(corpus)
		}
	})
	b.Run("engine-redact", func(b *testing.B) {
		e := Default()
		b.ReportAllocs()
		b.SetBytes(int64(len(corpus)))
		for b.Loop() {
			_ = e.RedactString(corpus)
		}
	})
	b.Run("regexp-pii4", func(b *testing.B) {
		small := corpus[:256<<10]
		b.SetBytes(int64(len(small)))
		for b.Loop() {
			_ = pii4.ReplaceAllString(small, "[REDACTED]")
		}
	})
}

// BenchmarkNew builds an engine with the whole catalog, as every program
// does once at start-up and every New with options does again.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
