package slogredact_test

import (
	"errors"
	"fmt"
	"log/slog"
	"os"

	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/slogredact"
)

// removeTime drops the time from the examples' output so that it is
// deterministic, as slog's own examples do.
func removeTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

// Wrapping the handler a service already has is the whole integration:
// messages, values, errors and groups are redacted before they are
// written.
func Example() {
	logger := slog.New(slogredact.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: removeTime})))

	logger.Info("login failed for alice@example.com",
		"card", "4111 1111 1111 1111",
		"err", errors.New("key AKIAIOSFODNN7EXAMPLE rejected"),
		slog.Group("db", "password", "hunter2", "host", "db1"))
	// Output:
	// {"level":"INFO","msg":"login failed for [REDACTED:email]","card":"[REDACTED:credit-card]","err":"key [REDACTED:aws-access-key-id] rejected","db":{"password":"[REDACTED:sensitive-key]","host":"db1"}}
}

func ExampleNew() {
	h := slogredact.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: removeTime}))
	logger := slog.New(h).With("user", "bob.smith@example.org").WithGroup("req")

	logger.Info("request completed", "path", "/api/v1/orders/12345", "token", "t0k3n")
	// Output:
	// level=INFO msg="request completed" user=[REDACTED:email] req.path=/api/v1/orders/12345 req.token=[REDACTED:sensitive-key]
}

// Struct values are walked like encoding/json writes them: fields under
// their json names, so key rules apply, and `redact:"true"` masks a field
// whatever it holds.
func ExampleNew_structs() {
	type user struct {
		Name     string `json:"name"`
		Email    string `json:"email"`
		Password string `json:"password"`
		Recovery string `json:"recovery" redact:"true"`
	}
	logger := slog.New(slogredact.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: removeTime})))

	logger.Info("signup", "user", user{Name: "Bob", Email: "bob.smith@example.org", Password: "hunter2", Recovery: "blue horse"})
	// Output:
	// {"level":"INFO","msg":"signup","user":{"name":"Bob","email":"[REDACTED:email]","password":"[REDACTED:sensitive-key]","recovery":"[REDACTED:sensitive-key]"}}
}

// One engine configuration, built once with patterns.New, serves this
// handler and the zap and zerolog adapters alike.
func ExampleWithEngine() {
	engine, err := patterns.New(
		patterns.WithSensitiveKeys("customer_ref"),
		patterns.WithAllowedKeys("support_email"),
		patterns.WithMask(patterns.PartialMask()),
		patterns.WithObserver(func(o patterns.Observation) {
			fmt.Printf("observed %s under %q\n", o.DetectorID, o.Key)
		}),
	)
	if err != nil {
		panic(err)
	}
	h := slogredact.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: removeTime}), slogredact.WithEngine(engine))
	logger := slog.New(h)

	logger.Info("refund", "customer_ref", "C-1234", "card", "4111 1111 1111 1111", "support_email", "help@example.com")
	// Output:
	// observed sensitive-key under "customer_ref"
	// observed credit-card under "card"
	// {"level":"INFO","msg":"refund","customer_ref":"[REDACTED:sensitive-key]","card":"**** **** **** 1111","support_email":"help@example.com"}
}

// Programs that keep slog's handlers can redact through
// HandlerOptions.ReplaceAttr instead of wrapping the handler.
func ExampleReplaceAttr() {
	redact := slogredact.ReplaceAttr()
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			return redact(groups, removeTime(groups, a))
		},
	}))

	logger.WithGroup("db").Info("connect to db1 as alice@example.com", "password", "hunter2", "port", 5432)
	// Output:
	// {"level":"INFO","msg":"connect to db1 as [REDACTED:email]","db":{"password":"[REDACTED:sensitive-key]","port":5432}}
}
