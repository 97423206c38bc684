// Package reportonly gives the warning that every logging layer logs, once,
// when it is handed an engine built with patterns.WithReportOnly: such an
// engine redacts nothing, and whoever reads the logs must be told that what
// they hold is in clear.
package reportonly

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/patterns"
)

// Warning is the text of the warning, the same in every layer.
const Warning = "logredact: report-only mode: findings are reported to the observer and nothing is redacted; secrets and personal data are written in clear"

// warned remembers each engine and layer already warned about. Only
// report-only engines are kept, and a service builds few of those.
var warned sync.Map

type key struct {
	e     *patterns.Engine
	layer string
}

// Warn calls emit with [Warning] the first time it is called for e and
// layer, when e is in report-only mode; otherwise it does nothing. emit is
// never called concurrently with itself for one engine and layer.
func Warn(e *patterns.Engine, layer string, emit func(msg string)) {
	if e == nil || !e.ReportOnly() {
		return
	}
	if _, done := warned.LoadOrStore(key{e, layer}, struct{}{}); done {
		return
	}
	emit(Warning)
}

// Slog logs the warning through next, at level Warn, for the slog layer.
func Slog(e *patterns.Engine, next slog.Handler) {
	Warn(e, "slog", func(msg string) {
		ctx := context.Background()
		if next != nil && next.Enabled(ctx, slog.LevelWarn) {
			next.Handle(ctx, slog.NewRecord(time.Now(), slog.LevelWarn, msg, 0))
		}
	})
}

// Zap logs the warning through core, at level Warn, for the zap layer.
func Zap(e *patterns.Engine, core zapcore.Core) {
	Warn(e, "zap", func(msg string) {
		if core == nil {
			return
		}
		if ce := core.Check(zapcore.Entry{Level: zapcore.WarnLevel, Time: time.Now(), Message: msg}, nil); ce != nil {
			ce.Write()
		}
	})
}

// Zerolog writes the warning to w as a zerolog event, for the zerolog
// layer.
func Zerolog(e *patterns.Engine, w io.Writer) {
	Warn(e, "zerolog", func(msg string) {
		if w != nil {
			l := zerolog.New(w)
			l.Warn().Msg(msg)
		}
	})
}
