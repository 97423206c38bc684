package zerologredact

import (
	"io"
	"sync"

	"github.com/logredact/logredact/internal/jsonredact"
	"github.com/logredact/logredact/internal/reportonly"
	"github.com/logredact/logredact/patterns"
	"github.com/rs/zerolog"
)

// layer names this adapter to the engine's observer.
const layer = "zerolog"

// Writer redacts each zerolog event and writes it to the writer it wraps.
// It implements [io.Writer], [zerolog.LevelWriter] and [io.Closer]. Build
// one with [New]: a zero Writer panics when written to, rather than write
// anything unredacted.
type Writer struct {
	w  io.Writer
	lw zerolog.LevelWriter // w, when it routes by level
	e  *patterns.Engine
}

var (
	_ zerolog.LevelWriter = (*Writer)(nil)
	_ io.Closer           = (*Writer)(nil)
)

// New returns a [Writer] that redacts every event before writing it to w:
// use it as zerolog.New(zerologredact.New(os.Stdout)), in front of a
// [zerolog.ConsoleWriter], inside [zerolog.MultiLevelWriter], or around
// any [io.Writer]. With no options it uses [patterns.Default]. New panics
// if w is nil: a logger writing to it would crash on its first event.
func New(w io.Writer, opts ...Option) *Writer {
	if w == nil {
		panic("zerologredact: nil writer")
	}
	c := config{}
	for _, o := range opts {
		if o != nil {
			o.apply(&c)
		}
	}
	if c.engine == nil {
		c.engine = patterns.Default()
	}
	lw, _ := w.(zerolog.LevelWriter)
	reportonly.Zerolog(c.engine, w)
	return &Writer{w: w, lw: lw, e: c.engine}
}

// Write redacts the event p and writes it to the wrapped writer in a
// single call. It returns len(p) when that write succeeds, whatever the
// length of the redacted event, and does not keep p.
func (w *Writer) Write(p []byte) (int, error) {
	return w.write(zerolog.NoLevel, p, false)
}

// WriteLevel is [Writer.Write] for an event of level l: when the wrapped
// writer is a [zerolog.LevelWriter], the event is passed on through its
// WriteLevel, so level routing survives.
func (w *Writer) WriteLevel(l zerolog.Level, p []byte) (int, error) {
	return w.write(l, p, true)
}

// Close closes the wrapped writer when it is an [io.Closer], and does
// nothing otherwise.
func (w *Writer) Close() error {
	if c, ok := w.w.(io.Closer); ok {
		return c.Close()
	}
	return nil
}

// maxPooled bounds the buffers kept for reuse, so that one huge event does
// not pin its memory for the life of the process.
const maxPooled = 64 << 10

var buffers = sync.Pool{New: func() any {
	b := make([]byte, 0, 1024)
	return &b
}}

func (w *Writer) write(l zerolog.Level, p []byte, leveled bool) (int, error) {
	if w.e == nil {
		panic("zerologredact: Writer used without New: build one with zerologredact.New")
	}
	out := p
	var buf *[]byte // holds out when out is not p
	if isCBOR(p) {
		buf = buffers.Get().(*[]byte)
		out = appendCBORMarker((*buf)[:0], l)
	} else {
		// Top-level keys are the program's field names; keys inside a
		// value (a map logged with Interface, a dict) are data.
		r := jsonredact.Rewriter{Engine: w.e, Layer: layer, MessageKey: zerolog.MessageFieldName, FieldKeys: true}
		// Append checks the event first and appends nothing to a clean
		// one, which is then written as it came.
		buf = buffers.Get().(*[]byte)
		var changed bool
		if out, changed = r.Append((*buf)[:0], p); !changed {
			buffers.Put(buf)
			out, buf = p, nil
		}
	}
	var (
		n   int
		err error
	)
	if leveled && w.lw != nil {
		n, err = w.lw.WriteLevel(l, out)
	} else {
		n, err = w.w.Write(out)
	}
	if buf != nil {
		if cap(out) <= maxPooled {
			*buf = out[:0]
		}
		buffers.Put(buf)
	}
	if err != nil {
		// The bytes written are bytes of the redacted event, which say
		// nothing about how much of p got through.
		return 0, err
	}
	if n != len(out) {
		return 0, io.ErrShortWrite
	}
	return len(p), nil
}
