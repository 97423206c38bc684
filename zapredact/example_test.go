package zapredact_test

import (
	"errors"
	"fmt"
	"os"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/zapredact"
)

// Any logger becomes a redacting one with a single option.
func Example() {
	logger := zap.NewExample(zapredact.WrapCore())
	defer logger.Sync()

	logger.Info("password reset for alice@example.com",
		zap.String("card", "4111 1111 1111 1111"),
		zap.String("path", "/api/v1/orders/12345"),
		zap.Int("status", 200),
	)
	// Output:
	// {"level":"info","msg":"password reset for [REDACTED:email]","card":"[REDACTED:credit-card]","path":"/api/v1/orders/12345","status":200}
}

func ExampleWrap() {
	core := zapcore.NewCore(
		zapcore.NewJSONEncoder(zapcore.EncoderConfig{MessageKey: "msg", LevelKey: "level", EncodeLevel: zapcore.LowercaseLevelEncoder}),
		zapcore.AddSync(os.Stdout),
		zap.InfoLevel,
	)
	logger := zap.New(zapredact.Wrap(core))

	// Fields attached with With are redacted once, here.
	logger = logger.With(zap.Namespace("db"), zap.String("password", "hunter2"))
	logger.Info("query failed",
		zap.Error(errors.New("connect to bob@example.com refused")),
		zap.Any("params", map[string]any{"user": "bob", "ssn": "123-45-6789"}),
	)
	// Output:
	// {"level":"info","msg":"query failed","db":{"password":"[REDACTED:sensitive-key]","error":"connect to [REDACTED:email] refused","params":{"ssn":"[REDACTED:us-ssn]","user":"bob"}}}
}

func ExampleWrapCore() {
	logger := zap.NewExample(zapredact.WrapCore())

	logger.Info("checkout",
		zap.Dict("order", zap.String("id", "o-1"), zap.Int64("card", 4111111111111111)),
		zap.Strings("notify", []string{"ops", "carol@example.com"}),
	)
	// Output:
	// {"level":"info","msg":"checkout","order":{"id":"o-1","card":"[REDACTED:credit-card]"},"notify":["ops","[REDACTED:email]"]}
}

// A production configuration keeps sampling: the sampler inside the
// redacting core still decides which entries are written (here the first
// two of each second, then none).
func ExampleWrapCore_sampling() {
	cfg := zap.NewProductionConfig()
	cfg.Sampling = &zap.SamplingConfig{Initial: 2, Thereafter: 0}
	cfg.OutputPaths = []string{"stdout"}
	cfg.DisableCaller = true
	cfg.EncoderConfig.TimeKey = ""
	logger, err := cfg.Build(zapredact.WrapCore())
	if err != nil {
		panic(err)
	}
	for range 3 {
		logger.Info("retrying for dave@example.com")
	}
	// Output:
	// {"level":"info","msg":"retrying for [REDACTED:email]"}
	// {"level":"info","msg":"retrying for [REDACTED:email]"}
}

func ExampleWithEngine() {
	eng, err := patterns.New(
		patterns.WithMask(patterns.PartialMask()),
		patterns.WithSensitiveKeys("session"),
	)
	if err != nil {
		panic(err)
	}
	logger := zap.NewExample(zapredact.WrapCore(zapredact.WithEngine(eng)))

	logger.Info("signed in", zap.String("email", "erin@example.com"), zap.String("session", "s-123"))
	// Output:
	// {"level":"info","msg":"signed in","email":"***@example.com","session":"[REDACTED:sensitive-key]"}
}

// zap panics with the entry's message after writing it. A logger that
// only writes fatal entries never shows a panic's message to a core, and
// its panic hook is where the message is redacted.
func ExampleTerminalHook() {
	core := zapcore.NewCore(zapcore.NewJSONEncoder(zapcore.EncoderConfig{MessageKey: "msg"}), zapcore.AddSync(os.Stdout), zap.FatalLevel)
	logger := zap.New(core, zap.WithPanicHook(zapredact.TerminalHook(zapcore.WriteThenPanic)))
	defer func() { fmt.Println("panicked with:", recover()) }()
	logger.Panic("card 4111 1111 1111 1111")
	// Output:
	// panicked with: card [REDACTED:credit-card]
}

// The wrapped core's write errors go where the program says, here
// standard output, rather than back to the caller of Write.
func ExampleWithErrorOutput() {
	failing := zapcore.NewCore(zapcore.NewJSONEncoder(zapcore.EncoderConfig{MessageKey: "msg"}), zapcore.AddSync(failWriter{}), zap.InfoLevel)
	logger := zap.New(zapredact.Wrap(failing, zapredact.WithErrorOutput(zapcore.AddSync(os.Stdout))), zap.WithClock(fixedClock{}))
	logger.Info("request done")
	// Output:
	// 2024-05-01 10:00:00 +0000 UTC write error: disk full
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// fixedClock keeps the error line's time stable.
type fixedClock struct{}

func (fixedClock) Now() time.Time                         { return time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC) }
func (fixedClock) NewTicker(d time.Duration) *time.Ticker { return time.NewTicker(d) }
