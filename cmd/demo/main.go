// Command demo logs the same events through log/slog, zap and zerolog,
// first plain and then through logredact, so the difference can be seen.
//
//	go run ./cmd/demo
package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/rs/zerolog"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/slogredact"
	"github.com/logredact/logredact/zapredact"
	"github.com/logredact/logredact/zerologredact"
)

// dbConfig is logged whole, as services often do with their settings.
type dbConfig struct {
	Host     string `json:"host"`
	User     string `json:"user"`
	Password string `json:"password"`
}

var (
	cfg       = dbConfig{Host: "db.internal", User: "app", Password: "correct-horse-battery"}
	errUpload = errors.New("upload to https://deploy:hunter2@artifacts.example.com/v1 failed")
)

func main() {
	out := os.Stdout
	section(out, "log/slog")
	runSlog(out, false)
	runSlog(out, true)
	section(out, "go.uber.org/zap")
	runZap(out, false)
	runZap(out, true)
	section(out, "github.com/rs/zerolog")
	runZerolog(out, false)
	runZerolog(out, true)
}

func section(w io.Writer, name string) { fmt.Fprintf(w, "\n== %s\n", name) }

func label(w io.Writer, redacted bool) {
	if redacted {
		fmt.Fprintln(w, "-- with logredact:")
	} else {
		fmt.Fprintln(w, "-- plain:")
	}
}

func runSlog(w io.Writer, redact bool) {
	label(w, redact)
	var h slog.Handler = slog.NewJSONHandler(w, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if len(groups) == 0 && a.Key == slog.TimeKey {
				return slog.Attr{} // keep the demo's output stable
			}
			return a
		},
	})
	if redact {
		h = slogredact.New(h)
	}
	log := slog.New(h)
	args := make([]any, 0, 2*len(workload.DirtyFields))
	for _, f := range workload.DirtyFields {
		args = append(args, f.Key, f.Value)
	}
	log.Info(workload.DirtyMessage, args...)
	log.Info(workload.CleanMessage, "db", cfg, "err", errUpload)
}

func runZap(w io.Writer, redact bool) {
	label(w, redact)
	enc := zap.NewProductionEncoderConfig()
	enc.TimeKey = "" // keep the demo's output stable
	core := zapcore.NewCore(zapcore.NewJSONEncoder(enc), zapcore.AddSync(w), zap.InfoLevel)
	if redact {
		core = zapredact.Wrap(core)
	}
	log := zap.New(core)
	fields := make([]zap.Field, 0, len(workload.DirtyFields))
	for _, f := range workload.DirtyFields {
		fields = append(fields, zap.Any(f.Key, f.Value))
	}
	log.Info(workload.DirtyMessage, fields...)
	log.Info(workload.CleanMessage, zap.Any("db", cfg), zap.Error(errUpload))
}

func runZerolog(w io.Writer, redact bool) {
	label(w, redact)
	var out io.Writer = w
	if redact {
		out = zerologredact.New(w)
	}
	log := zerolog.New(out)
	ev := log.Info()
	for _, f := range workload.DirtyFields {
		ev = ev.Interface(f.Key, f.Value)
	}
	ev.Msg(workload.DirtyMessage)
	log.Info().Interface("db", cfg).Err(errUpload).Msg(workload.CleanMessage)
}
