package bench_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/rs/zerolog"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/bench"
	"github.com/logredact/logredact/patterns"
)

func ExampleNewCorpus() {
	c := bench.NewCorpus(64 << 10)
	p := c.Plants[0]
	fmt.Println(len(c.Text) >= 64<<10, c.Text[p.Start:p.Start+len(p.Value)] == p.Value)
	fmt.Println(bench.NewCorpus(64<<10).Text == c.Text)
	// Output:
	// true true
	// true
}

func ExampleHandRolledReplaceAttr() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return bench.HandRolledReplaceAttr(groups, a)
		},
	})
	slog.New(h).Info("login failed for alice@example.com", "ssn", "123-45-6789")
	// Output:
	// level=INFO msg="login failed for [REDACTED]" ssn=[REDACTED]
}

func ExampleWrapHandRolledCore() {
	enc := zapcore.NewJSONEncoder(zapcore.EncoderConfig{MessageKey: "msg"})
	core := zapcore.NewCore(enc, zapcore.AddSync(os.Stdout), zapcore.InfoLevel)
	zap.New(bench.WrapHandRolledCore(core)).Info("card on file", zap.String("card", "4111 1111 1111 1111"))
	// Output:
	// {"msg":"card on file","card":"[REDACTED]"}
}

func ExampleNewHandRolledWriter() {
	l := zerolog.New(bench.NewHandRolledWriter(os.Stdout))
	l.Info().Str("email", "bob.smith@example.org").Msg("signup")
	// Output:
	// {"level":"info","email":"[REDACTED]","message":"signup"}
}

func ExampleAlternation() {
	var dets []patterns.Detector
	for _, d := range patterns.Default().Detectors() {
		if d.ID == "email" || d.ID == "us-ssn" {
			dets = append(dets, d)
		}
	}
	re, err := bench.Alternation(bench.RegexpSources(dets))
	if err != nil {
		panic(err)
	}
	fmt.Println(re.ReplaceAllString("applicant 123-45-6789 <carol@example.net>", "[REDACTED]"))
	// Output:
	// applicant [REDACTED] <[REDACTED]>
}

func ExampleLoggers() {
	var buf bytes.Buffer
	for _, l := range bench.Loggers(&buf) {
		buf.Reset()
		l.Log(true)
		fmt.Printf("%-15s keeps the email: %v\n", l.Name, strings.Contains(buf.String(), "bob.smith@example.org"))
	}
	// Output:
	// slog            keeps the email: true
	// slog+redact     keeps the email: false
	// slog+regexp     keeps the email: false
	// zap             keeps the email: true
	// zap+redact      keeps the email: false
	// zap+regexp      keeps the email: false
	// zerolog         keeps the email: true
	// zerolog+redact  keeps the email: false
	// zerolog+regexp  keeps the email: false
}

func ExampleEventCases() {
	for _, c := range bench.EventCases(bench.Dirty) {
		if strings.HasPrefix(c.Name, "zap") {
			fmt.Println("BenchmarkDirty/" + c.Name)
		}
	}
	// Output:
	// BenchmarkDirty/zap
	// BenchmarkDirty/zap+redact
	// BenchmarkDirty/zap+regexp
}

func ExampleEngineCases() {
	cs, err := bench.EngineCases(bench.NewCorpus(64 << 10))
	if err != nil {
		panic(err)
	}
	for _, c := range cs {
		fmt.Println("BenchmarkEngine/" + c.Name)
	}
	// Output:
	// BenchmarkEngine/logredact
	// BenchmarkEngine/regexp
	// BenchmarkEngine/gitleaks
	// BenchmarkEngine/indexbyte
	// BenchmarkEngine/byteloop
	// BenchmarkEngine/call-20B
}

func ExampleMeasureWork() {
	c := bench.NewCorpus(256 << 10)
	w := bench.MeasureWork(patterns.Default(), c)
	// The corpus holds nothing but its planted values.
	fmt.Println(w.Findings == len(c.Plants), w.Bytes == len(c.Text))
	// Output:
	// true true
}
