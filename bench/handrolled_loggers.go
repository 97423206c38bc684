package bench

import (
	"io"
	"log/slog"

	"go.uber.org/zap/zapcore"
)

// HandRolledReplaceAttr is a [slog.HandlerOptions] ReplaceAttr function that
// runs [HandRolledRedact] over every string value, the message included:
// the hand-rolled baseline for log/slog.
func HandRolledReplaceAttr(_ []string, a slog.Attr) slog.Attr {
	if a.Value.Kind() == slog.KindString {
		s := a.Value.String()
		if r := HandRolledRedact(s); r != s {
			a.Value = slog.StringValue(r)
		}
	}
	return a
}

// WrapHandRolledCore returns a [zapcore.Core] that runs [HandRolledRedact]
// over the message and every string field before passing the entry to c:
// the hand-rolled baseline for zap.
func WrapHandRolledCore(c zapcore.Core) zapcore.Core {
	return handRolledCore{c}
}

type handRolledCore struct{ zapcore.Core }

func (c handRolledCore) With(fs []zapcore.Field) zapcore.Core {
	return handRolledCore{c.Core.With(handRolledFields(fs))}
}

func (c handRolledCore) Check(ent zapcore.Entry, ce *zapcore.CheckedEntry) *zapcore.CheckedEntry {
	if c.Enabled(ent.Level) {
		return ce.AddCore(ent, c)
	}
	return ce
}

func (c handRolledCore) Write(ent zapcore.Entry, fs []zapcore.Field) error {
	ent.Message = HandRolledRedact(ent.Message)
	return c.Core.Write(ent, handRolledFields(fs))
}

// handRolledFields copies fs, as a wrapping core must not change the
// caller's slice, and redacts the string fields of the copy.
func handRolledFields(fs []zapcore.Field) []zapcore.Field {
	out := make([]zapcore.Field, len(fs))
	copy(out, fs)
	for i := range out {
		if out[i].Type == zapcore.StringType {
			out[i].String = HandRolledRedact(out[i].String)
		}
	}
	return out
}

// HandRolledWriter is an [io.Writer] for zerolog that runs the hand-rolled
// regexps over each encoded event before writing it on: the hand-rolled
// baseline for zerolog.
type HandRolledWriter struct {
	w io.Writer
}

// NewHandRolledWriter returns a [HandRolledWriter] that writes to w.
func NewHandRolledWriter(w io.Writer) *HandRolledWriter {
	return &HandRolledWriter{w: w}
}

// Write redacts p and writes it to the underlying writer. It reports
// len(p) on success, as zerolog expects of a writer that rewrites events.
func (w *HandRolledWriter) Write(p []byte) (int, error) {
	if _, err := w.w.Write(handRolledRedactBytes(p)); err != nil {
		return 0, err
	}
	return len(p), nil
}
