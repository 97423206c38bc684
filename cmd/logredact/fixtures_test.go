package main

import (
	"bytes"
	"context"
	"log/slog"

	"github.com/rs/zerolog"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/workload"
)

// The JSON fixtures are written by the three loggers' own plain JSON
// encoders, at test time: they carry the DIRTY event's token, which is
// built at run time and never committed.

// adapterFixtures returns each logger's JSON lines by file name.
func adapterFixtures() map[string][]byte {
	return map[string][]byte{
		"slog.json":    slogLines(),
		"zap.json":     zapLines(),
		"zerolog.json": zerologLines(),
	}
}

func slogLines() []byte {
	var b bytes.Buffer
	noTime := func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}
	l := slog.New(slog.NewJSONHandler(&b, &slog.HandlerOptions{ReplaceAttr: noTime}))
	ctx := context.Background()
	l.LogAttrs(ctx, slog.LevelInfo, workload.CleanMessage, workload.SlogAttrs(workload.CleanFields)...)
	l.LogAttrs(ctx, slog.LevelWarn, workload.DirtyMessage, workload.SlogAttrs(workload.DirtyFields)...)
	l.Info("db connect", slog.Group("db", slog.String("user", "app"), slog.String("password", "hunter2")))
	l.Info("html-escaped", slog.String("contact", "<carol@example.net>"), slog.Int64("amount", 4111111111111111))
	return b.Bytes()
}

func zapLines() []byte {
	var b bytes.Buffer
	enc := zapcore.NewJSONEncoder(zapcore.EncoderConfig{
		MessageKey:  "msg",
		LevelKey:    "level",
		EncodeLevel: zapcore.LowercaseLevelEncoder,
	})
	l := zap.New(zapcore.NewCore(enc, zapcore.AddSync(&b), zapcore.DebugLevel))
	l.Info(workload.CleanMessage, workload.ZapFields(workload.CleanFields)...)
	l.Warn(workload.DirtyMessage, workload.ZapFields(workload.DirtyFields)...)
	l.Info("db connect", zap.Dict("db", zap.String("user", "app"), zap.String("password", "hunter2")))
	l.Info("card as a number", zap.Int64("amount", 4111111111111111), zap.Strings("cc", []string{"bob@example.org", "ok"}))
	return b.Bytes()
}

func zerologLines() []byte {
	var b bytes.Buffer
	l := zerolog.New(&b)
	event := workload.ZerologFields
	event(l.Info(), workload.CleanFields).Msg(workload.CleanMessage)
	event(l.Warn(), workload.DirtyFields).Msg(workload.DirtyMessage)
	l.Info().Dict("db", zerolog.Dict().Str("user", "app").Str("password", "hunter2")).Msg("db connect")
	l.Info().RawJSON("raw", []byte(`{"contact":"dave\u0040example.com","quote":"say \"123-45-6789\""}`)).Msg("raw json")
	return b.Bytes()
}
