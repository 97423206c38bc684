//go:build !binary_log

package zerologredact_test

import (
	"os"

	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/zerologredact"
	"github.com/rs/zerolog"
)

func Example() {
	logger := zerolog.New(zerologredact.New(os.Stdout))
	logger.Info().
		Str("card", "4111 1111 1111 1111").
		Dict("db", zerolog.Dict().Str("host", "db1").Str("password", "hunter2")).
		Msg("login failed for alice@example.com")
	logger.Info().Str("path", "/api/v1/orders/12345").Msg("request completed")
	// Output:
	// {"level":"info","card":"[REDACTED:credit-card]","db":{"host":"db1","password":"[REDACTED:sensitive-key]"},"message":"login failed for [REDACTED:email]"}
	// {"level":"info","path":"/api/v1/orders/12345","message":"request completed"}
}

func ExampleNew() {
	// Escaped JSON, as Interface and RawJSON fields write it, is decoded
	// before detection: \u0040 is an '@'.
	logger := zerolog.New(zerologredact.New(os.Stdout))
	logger.Warn().RawJSON("user", []byte(`{"id":7,"email":"bob\u0040example.org"}`)).Send()
	// Output:
	// {"level":"warn","user":{"id":7,"email":"[REDACTED:email]"}}
}

func ExampleWithEngine() {
	engine, err := patterns.New(
		patterns.WithSensitiveKeys("visit.id"),
		patterns.WithMask(patterns.PartialMask()),
	)
	if err != nil {
		panic(err)
	}
	logger := zerolog.New(zerologredact.New(os.Stdout, zerologredact.WithEngine(engine)))
	logger.Info().
		Dict("visit", zerolog.Dict().Str("id", "s-8a7c")).
		Str("card", "4111 1111 1111 1111").
		Msg("paid")
	// Output:
	// {"level":"info","visit":{"id":"[REDACTED:sensitive-key]"},"card":"**** **** **** 1111","message":"paid"}
}
