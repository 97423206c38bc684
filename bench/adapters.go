package bench

import (
	"io"
	"log/slog"

	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/slogredact"
	"github.com/logredact/logredact/zapredact"
	"github.com/logredact/logredact/zerologredact"
)

// The redacting configurations use each adapter as its documentation
// shows, with no options: the default engine, the whole catalog.

func newSlogRedact(w io.Writer) slog.Handler {
	return slogredact.New(slog.NewJSONHandler(w, nil))
}

func wrapZapRedact(c zapcore.Core) zapcore.Core {
	return zapredact.Wrap(c)
}

func newZerologRedact(w io.Writer) io.Writer {
	return zerologredact.New(w)
}
