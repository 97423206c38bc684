package zapredact_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/logredact/logredact/zapredact"
)

// panicValue runs f and returns what it panicked with.
func panicValue(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

// TestTerminalMessages checks that the message zap panics with, or hands
// to its terminal hooks, is redacted before the process sees it: the
// panic value is printed by the runtime when nothing recovers it.
func TestTerminalMessages(t *testing.T) {
	const msg, want = "card 4111 1111 1111 1111", "card [REDACTED:credit-card]"
	obs, logs := observer.New(zap.DebugLevel)
	t.Run("Panic", func(t *testing.T) {
		l := zap.New(zapredact.Wrap(obs))
		if got := panicValue(func() { l.Panic(msg) }); got != want {
			t.Errorf("panicked with %q, want %q", got, want)
		}
	})
	t.Run("DPanic in development", func(t *testing.T) {
		l := zap.New(zapredact.Wrap(obs), zap.Development())
		if got := panicValue(func() { l.DPanic(msg) }); got != want {
			t.Errorf("panicked with %q, want %q", got, want)
		}
	})
	t.Run("Panic not logged by the core", func(t *testing.T) {
		fatalOnly, _ := observer.New(zap.FatalLevel)
		l := zap.New(zapredact.Wrap(fatalOnly))
		if got := panicValue(func() { l.Panic(msg) }); got != want {
			t.Errorf("panicked with %q, want %q", got, want)
		}
	})
	t.Run("Fatal hook", func(t *testing.T) {
		var seen string
		hook := hookFunc(func(ce *zapcore.CheckedEntry, _ []zapcore.Field) { seen = ce.Message })
		l := zap.New(zapredact.Wrap(obs), zap.WithFatalHook(hook))
		l.Fatal(msg)
		if seen != want {
			t.Errorf("fatal hook saw %q, want %q", seen, want)
		}
	})
	t.Run("TerminalHook on a logger without a redacting core", func(t *testing.T) {
		plain, _ := observer.New(zap.FatalLevel)
		l := zap.New(plain, zap.WithPanicHook(zapredact.TerminalHook(zapcore.WriteThenPanic)))
		if got := panicValue(func() { l.Panic(msg) }); got != want {
			t.Errorf("panicked with %q, want %q", got, want)
		}
	})
	for _, e := range logs.AllUntimed() {
		if e.Message != want {
			t.Errorf("logged message %q, want %q", e.Message, want)
		}
	}
}

type hookFunc func(*zapcore.CheckedEntry, []zapcore.Field)

func (f hookFunc) OnWrite(ce *zapcore.CheckedEntry, fields []zapcore.Field) { f(ce, fields) }

// failingSyncer fails every write.
type failingSyncer struct{}

func (failingSyncer) Write([]byte) (int, error) { return 0, errWrite }
func (failingSyncer) Sync() error               { return nil }

var errWrite = &writeErr{}

type writeErr struct{}

func (*writeErr) Error() string { return "disk full" }

// TestErrorOutput checks that the wrapped core's write errors reach the
// logger's error output, or the one WithErrorOutput sets.
func TestErrorOutput(t *testing.T) {
	inner := zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), failingSyncer{}, zap.DebugLevel)
	var logOut, optOut bytes.Buffer
	zap.New(zapredact.Wrap(inner), zap.ErrorOutput(zapcore.AddSync(&logOut))).Info("m")
	if !bytes.Contains(logOut.Bytes(), []byte("write error: disk full")) {
		t.Errorf("logger's error output got %q, want the write error", logOut.String())
	}
	zap.New(zapredact.Wrap(inner, zapredact.WithErrorOutput(zapcore.AddSync(&optOut)))).Info("m")
	if !bytes.Contains(optOut.Bytes(), []byte("write error: disk full")) {
		t.Errorf("WithErrorOutput got %q, want the write error", optOut.String())
	}
}

// panicFormat is an error whose Format panics with text that holds an
// email: fmt would print that text into zap's errorVerbose.
type panicFormat struct{}

func (panicFormat) Error() string          { return "failed" }
func (panicFormat) Format(fmt.State, rune) { panic("Format of alice@example.com") }

func TestPanickingFormat(t *testing.T) {
	var buf bytes.Buffer
	enc := zapcore.NewJSONEncoder(zapcore.EncoderConfig{MessageKey: "msg"})
	zap.New(zapredact.Wrap(zapcore.NewCore(enc, zapcore.AddSync(&buf), zap.DebugLevel))).Info("m", zap.Error(panicFormat{}))
	want := `{"msg":"m","error":"failed","errorVerbose":"[REDACTED:panic]"}` + "\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
