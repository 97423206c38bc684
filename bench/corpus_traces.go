package bench

import (
	"fmt"
	"time"
)

// Stack traces are long, mostly punctuation, paths and hex addresses: the
// kind of text where a scanner's per-byte cost shows.

var (
	goFuncs = []string{
		"internal/orders.(*Service).Get", "internal/orders.(*Handler).ServeHTTP", "internal/payments.(*Client).Authorize",
		"internal/store.(*DB).QueryRow", "internal/cache.(*Redis).Get", "internal/inventory.reserve",
	}
	javaFrames = []string{
		"com.acme.shop.orders.OrderService.validate(OrderService.java:%d)",
		"com.acme.shop.orders.OrderController.create(OrderController.java:%d)",
		"org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:%d)",
		"jakarta.servlet.http.HttpServlet.service(HttpServlet.java:%d)",
		"org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:%d)",
		"java.base/java.lang.Thread.run(Thread.java:%d)",
	}
	pyFrames = []string{
		`File "/app/shop/orders/views.py", line %d, in create_order`,
		`File "/app/shop/payments/client.py", line %d, in authorize`,
		`File "/usr/local/lib/python3.12/site-packages/django/core/handlers/base.py", line %d, in _get_response`,
		`File "/usr/local/lib/python3.12/site-packages/requests/sessions.py", line %d, in request`,
	}
)

// stackTrace appends a Go, Java or Python stack trace.
func (g *generator) stackTrace() {
	switch g.r.IntN(3) {
	case 0:
		g.goTrace()
	case 1:
		g.javaTrace()
	default:
		g.pythonTrace()
	}
}

func (g *generator) goTrace() {
	fmt.Fprintf(&g.b, "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]\n\ngoroutine %d [running]:\n",
		g.r.IntN(256), 0x400000+g.r.IntN(1<<22), 1+g.r.IntN(100_000))
	g.line += 4
	for range 3 + g.r.IntN(6) {
		f := pick(g, goFuncs)
		fmt.Fprintf(&g.b, "github.com/acme/shop/%s(0xc000%06x, {0x%x, 0xc000%06x}, 0x%x)\n\t/src/%s.go:%d +0x%x\n",
			f, g.r.IntN(1<<24), 0x700000+g.r.IntN(1<<20), g.r.IntN(1<<24), g.r.IntN(1<<16), pick(g, services), 10+g.r.IntN(900), g.r.IntN(0x400))
		g.line += 2
	}
	fmt.Fprintf(&g.b, "created by net/http.(*Server).Serve in goroutine %d\n\t/usr/local/go/src/net/http/server.go:3360 +0x485\n", 1+g.r.IntN(64))
	g.line += 2
}

func (g *generator) javaTrace() {
	fmt.Fprintf(&g.b, "%s ERROR 1 --- [http-nio-8080-exec-%d] c.a.s.orders.OrderController : Failed to process order %d\n",
		g.now().Format("2006-01-02T15:04:05.000Z07:00"), 1+g.r.IntN(200), g.r.Int64N(1e10))
	fmt.Fprintf(&g.b, "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"sku\" is null\n")
	g.line += 2
	for range 4 + g.r.IntN(8) {
		fmt.Fprintf(&g.b, "\tat "+pick(g, javaFrames)+"\n", 20+g.r.IntN(900))
		g.line++
	}
	fmt.Fprintf(&g.b, "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after %dms.\n\t... %d more\n",
		30000+g.r.IntN(1000), 10+g.r.IntN(80))
	g.line += 2
}

func (g *generator) pythonTrace() {
	fmt.Fprintf(&g.b, "[%s] ERROR in app: Exception on /api/v1/orders [POST]\nTraceback (most recent call last):\n", g.now().Format(time.DateTime))
	g.line += 2
	for range 2 + g.r.IntN(5) {
		fmt.Fprintf(&g.b, "  "+pick(g, pyFrames)+"\n    response = self.process(request, timeout=%d)\n", 20+g.r.IntN(900), 1+g.r.IntN(60))
		g.line += 2
	}
	fmt.Fprintf(&g.b, "requests.exceptions.ConnectionError: HTTPConnectionPool(host='payments.svc.cluster.local', port=8080): Max retries exceeded with url: /v1/charges/%d\n",
		g.r.Int64N(1e9))
	g.line++
}
