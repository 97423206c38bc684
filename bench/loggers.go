package bench

import (
	"context"
	"io"
	"log/slog"

	"github.com/rs/zerolog"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/workload"
)

// Logger logs the standard events through one logger configuration.
type Logger struct {
	// Name is the logger ("slog", "zap", "zerolog"), followed by
	// "+redact" with logredact or "+regexp" with the hand-rolled
	// baseline.
	Name string
	// Log logs the DIRTY event when dirty is true, the CLEAN event
	// otherwise.
	Log func(dirty bool)
}

// Variants of a logger, in the order [Loggers] returns them.
const (
	Plain    = ""
	Redact   = "+redact"
	HandRoll = "+regexp"
)

// Loggers returns every logger configuration, each writing one JSON line
// per event to w: for log/slog, zap and zerolog in turn, the plain logger,
// the logger with logredact's adapter in its default configuration, and
// the logger with the hand-rolled baseline.
func Loggers(w io.Writer) []Logger {
	return []Logger{
		slogLogger(Plain, slog.NewJSONHandler(w, nil)),
		slogLogger(Redact, newSlogRedact(w)),
		slogLogger(HandRoll, slog.NewJSONHandler(w, &slog.HandlerOptions{ReplaceAttr: HandRolledReplaceAttr})),
		zapLogger(Plain, zapJSONCore(w)),
		zapLogger(Redact, wrapZapRedact(zapJSONCore(w))),
		zapLogger(HandRoll, WrapHandRolledCore(zapJSONCore(w))),
		zerologLogger(Plain, w),
		zerologLogger(Redact, newZerologRedact(w)),
		zerologLogger(HandRoll, NewHandRolledWriter(w)),
	}
}

// The fields are converted once, outside the timed loop, as a service
// that logs the same shape of event would write them inline.

func slogAttrs(fs []workload.Field) []slog.Attr {
	out := make([]slog.Attr, len(fs))
	for i, f := range fs {
		out[i] = slog.Any(f.Key, f.Value)
	}
	return out
}

func slogLogger(variant string, h slog.Handler) Logger {
	l := slog.New(h)
	clean, dirty := slogAttrs(workload.CleanFields), slogAttrs(workload.DirtyFields)
	ctx := context.Background()
	return Logger{Name: "slog" + variant, Log: func(d bool) {
		if d {
			l.LogAttrs(ctx, slog.LevelInfo, workload.DirtyMessage, dirty...)
			return
		}
		l.LogAttrs(ctx, slog.LevelInfo, workload.CleanMessage, clean...)
	}}
}

func zapJSONCore(w io.Writer) zapcore.Core {
	return zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(w), zapcore.InfoLevel)
}

func zapLogger(variant string, core zapcore.Core) Logger {
	l := zap.New(core)
	clean, dirty := workload.ZapFields(workload.CleanFields), workload.ZapFields(workload.DirtyFields)
	return Logger{Name: "zap" + variant, Log: func(d bool) {
		if d {
			l.Info(workload.DirtyMessage, dirty...)
			return
		}
		l.Info(workload.CleanMessage, clean...)
	}}
}

func zerologLogger(variant string, w io.Writer) Logger {
	l := zerolog.New(w).With().Timestamp().Logger()
	return Logger{Name: "zerolog" + variant, Log: func(d bool) {
		if d {
			workload.ZerologFields(l.Info(), workload.DirtyFields).Msg(workload.DirtyMessage)
			return
		}
		workload.ZerologFields(l.Info(), workload.CleanFields).Msg(workload.CleanMessage)
	}}
}
