package zapredact

import "go.uber.org/zap/zapcore"

// Entries at DPanic, Panic and Fatal level end in a panic or an exit that
// zap raises itself, after the write, with the checked entry's message:
// panic(ce.Message) for zapcore.WriteThenPanic. That message never passes
// through a core's Write, so the redacting core redacts it in Check (see
// core.Check). A zap.Logger sets its terminal hook after the cores have
// checked the entry, replacing any hook a core could set; TerminalHook is
// the hook to give the logger for the same guarantee when its entries may
// not all be checked by a redacting core.

// TerminalHook returns a [zapcore.CheckWriteHook] that redacts the
// checked entry's message, as [Wrap] redacts it, and then runs next
// (zapcore.WriteThenPanic, zapcore.WriteThenFatal, a hook of the
// program's own). Give it to the logger with zap.WithPanicHook or
// zap.WithFatalHook:
//
//	logger := zap.New(core, zap.WithPanicHook(zapredact.TerminalHook(zapcore.WriteThenPanic)))
//
// A nil next is zapcore.WriteThenPanic.
func TerminalHook(next zapcore.CheckWriteHook, opts ...Option) zapcore.CheckWriteHook {
	if next == nil {
		next = zapcore.WriteThenPanic
	}
	return terminalHook{next: next, r: newRedactor(newConfig(opts).engine)}
}

type terminalHook struct {
	next zapcore.CheckWriteHook
	r    *redactor
}

// OnWrite implements [zapcore.CheckWriteHook].
func (h terminalHook) OnWrite(ce *zapcore.CheckedEntry, fields []zapcore.Field) {
	if msg, changed := h.r.message(ce.Message); changed {
		ce.Message = msg
	}
	h.next.OnWrite(ce, fields)
}
