package bench

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The clean lines imitate what services really log, including the text
// that trips naive scanners: long digit runs (epoch nanoseconds, order
// numbers), hex IDs, UUIDs, module versions with '@', "key=value" pairs
// whose key merely mentions a token or a password.

var (
	methods = []string{"GET", "GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "HEAD"}
	paths   = []string{
		"/api/v1/orders/%d", "/api/v1/orders/%d/items", "/api/v1/users/%d/profile",
		"/api/v2/search?q=running+shoes&page=%d", "/api/v1/cart/%d", "/healthz", "/readyz",
		"/metrics", "/static/js/app.%x.js", "/static/css/main.%x.css", "/api/v1/payments/%d/status",
		"/graphql", "/api/v1/inventory/sku-%d", "/favicon.ico", "/api/v1/sessions/%d/refresh",
	}
	agents = []string{
		"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
		"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
		"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
		"curl/8.5.0", "Go-http-client/1.1", "kube-probe/1.31", "Prometheus/2.55.1", "python-requests/2.32.3",
	}
	statuses = []int{200, 200, 200, 200, 200, 201, 204, 301, 304, 400, 401, 403, 404, 404, 429, 500, 502, 503}
	services = []string{"orders", "payments", "inventory", "checkout", "users", "search", "gateway", "notifier"}
	levels   = []string{"info", "info", "info", "info", "debug", "debug", "warn", "error"}
	messages = []string{
		"request completed", "cache miss", "cache hit", "retrying upstream call", "connection pool exhausted, waiting",
		"order created", "order shipped", "payment authorized", "inventory reserved", "user preferences updated",
		"session refreshed", "feature flag evaluated", "rate limit applied", "slow query", "job scheduled",
		"job finished", "config reloaded", "tls handshake completed", "upstream returned 503", "token bucket refilled",
	}
	tables  = []string{"orders", "order_items", "users", "payments", "inventory", "sessions", "audit_log"}
	modules = []string{
		"golang.org/x/net@v0.31.0", "github.com/jackc/pgx/v5@v5.7.1", "go.opentelemetry.io/otel@v1.32.0",
		"google.golang.org/grpc@v1.68.0", "github.com/redis/go-redis/v9@v9.7.0",
	}
)

// clean appends one clean event: usually one line, sometimes a
// multi-line stack trace.
func (g *generator) clean() {
	switch n := g.r.IntN(100); {
	case n < 35:
		g.accessLine()
	case n < 60:
		g.logfmtLine()
	case n < 85:
		g.jsonLine()
	case n < 97:
		g.miscLine()
	default:
		g.stackTrace()
	}
}

// now returns the time of the current line: 25ms a line from the corpus
// epoch, with jitter, so timestamps move forward as a real log's do.
func (g *generator) now() time.Time {
	return corpusEpoch.Add(time.Duration(g.line)*25*time.Millisecond + time.Duration(g.r.IntN(25_000))*time.Microsecond)
}

var corpusEpoch = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

func (g *generator) ip() string {
	return fmt.Sprintf("10.%d.%d.%d", g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(254))
}

func (g *generator) uuid() string {
	return fmt.Sprintf("%08x-%04x-4%03x-%x%03x-%012x", g.r.Uint32(), g.r.IntN(1<<16), g.r.IntN(1<<12),
		8+g.r.IntN(4), g.r.IntN(1<<12), g.r.Uint64()&(1<<48-1))
}

func (g *generator) hex(n int) string {
	const digits = "0123456789abcdef"
	b := make([]byte, n)
	for i := range b {
		b[i] = digits[g.r.IntN(16)]
	}
	return string(b)
}

func (g *generator) path() string {
	p := pick(g, paths)
	switch {
	case strings.Contains(p, "%d"):
		return fmt.Sprintf(p, 1+g.r.IntN(999_999))
	case strings.Contains(p, "%x"):
		return fmt.Sprintf(p, g.r.Uint32())
	}
	return p
}

func (g *generator) duration() string {
	return strconv.FormatFloat(float64(g.r.IntN(500_000))/1000, 'f', 3, 64)
}

// accessLine is the combined log format of nginx and Apache.
func (g *generator) accessLine() {
	fmt.Fprintf(&g.b, "%s - - [%s] \"%s %s HTTP/1.1\" %d %d \"%s\" \"%s\" rt=%s\n",
		g.ip(), g.now().Format("02/Jan/2006:15:04:05 -0700"), pick(g, methods), g.path(), pick(g, statuses),
		g.r.IntN(120_000), pick(g, []string{"-", "https://shop.example.com/cart", "https://shop.example.com/"}),
		pick(g, agents), g.duration())
	g.line++
}

// logfmtLine is a text-handler event: key=value pairs after the message.
func (g *generator) logfmtLine() {
	t := g.now()
	fmt.Fprintf(&g.b, "time=%s level=%s service=%s msg=%q", t.Format(time.RFC3339Nano), pick(g, levels), pick(g, services), pick(g, messages))
	switch g.r.IntN(6) {
	case 0:
		fmt.Fprintf(&g.b, " method=%s path=%s status=%d duration_ms=%s user_id=u_%06x request_id=%s",
			pick(g, methods), g.path(), pick(g, statuses), g.duration(), g.r.IntN(1<<24), g.uuid())
	case 1:
		fmt.Fprintf(&g.b, " key=%s:%d ttl=%ds size=%d", pick(g, tables), g.r.IntN(1_000_000), 30+g.r.IntN(3600), g.r.IntN(65536))
	case 2:
		fmt.Fprintf(&g.b, " attempt=%d upstream=http://%s.svc.cluster.local:8080 backoff=%dms", 1+g.r.IntN(5), pick(g, services), 100*(1+g.r.IntN(30)))
	case 3:
		fmt.Fprintf(&g.b, " table=%s rows=%d elapsed=%sms query_id=%d", pick(g, tables), g.r.IntN(5000), g.duration(), g.r.Int64N(1e12))
	case 4:
		// Keys that describe secrets without holding one.
		fmt.Fprintf(&g.b, " model=gpt-4o max_tokens=%d token_count=%d password_changed_at=%s secret_rotation_days=%d",
			256<<g.r.IntN(5), g.r.IntN(8000), t.Add(-72*time.Hour).Format(time.RFC3339), 30+g.r.IntN(60))
	default:
		fmt.Fprintf(&g.b, " trace_id=%s span_id=%s epoch_ns=%d", g.hex(32), g.hex(16), t.UnixNano())
	}
	g.endLine()
}

// jsonLine is a zap or zerolog production event.
func (g *generator) jsonLine() {
	t := g.now()
	if g.r.IntN(2) == 0 {
		fmt.Fprintf(&g.b, `{"level":"%s","ts":%.6f,"caller":"%s/handler.go:%d","msg":"%s","order_id":%d,"amount_cents":%d,"currency":"USD","items":[{"sku":"SKU-%05d","qty":%d}],"trace_id":"%s"}`,
			pick(g, levels), float64(t.UnixMicro())/1e6, pick(g, services), 20+g.r.IntN(400), pick(g, messages),
			g.r.Int64N(1e10), g.r.IntN(100_000), g.r.IntN(100_000), 1+g.r.IntN(5), g.hex(32))
	} else {
		fmt.Fprintf(&g.b, `{"level":"%s","time":"%s","service":"%s","message":"%s","method":"%s","path":"%s","status":%d,"latency":"%sms","user_id":"u_%06x","request_id":"%s","remote_ip":"%s","ts_ms":%d}`,
			pick(g, levels), t.Format(time.RFC3339Nano), pick(g, services), pick(g, messages), pick(g, methods), g.path(),
			pick(g, statuses), g.duration(), g.r.IntN(1<<24), g.uuid(), g.ip(), t.UnixMilli())
	}
	g.endLine()
}

// miscLine covers build, container and database chatter.
func (g *generator) miscLine() {
	t := g.now()
	switch g.r.IntN(4) {
	case 0:
		fmt.Fprintf(&g.b, "go: downloading %s", pick(g, modules))
	case 1:
		fmt.Fprintf(&g.b, "%s %s-%s-%s kubelet[%d]: Pulled image \"registry.example.com/%s@sha256:%s\" in %dms",
			t.Format(time.Stamp), pick(g, services), g.hex(10), g.hex(5), 1000+g.r.IntN(30000), pick(g, services), g.hex(64), g.r.IntN(9000))
	case 2:
		fmt.Fprintf(&g.b, "%s UTC [%d] LOG:  duration: %s ms  statement: SELECT id, status, total FROM %s WHERE id = %d",
			t.Format("2006-01-02 15:04:05.000"), 100+g.r.IntN(60000), g.duration(), pick(g, tables), g.r.Int64N(1e9))
	default:
		fmt.Fprintf(&g.b, "%s WARN [%s] GC pause %dus heap=%dMB goroutines=%d", t.Format(time.RFC3339), pick(g, services),
			g.r.IntN(5000), 64+g.r.IntN(4000), 10+g.r.IntN(20000))
	}
	g.endLine()
}
