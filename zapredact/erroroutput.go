package zapredact

import (
	"errors"
	"strings"
	"sync"
)

// The wrapped core's checked entry writes the entry and reports its write
// errors itself, on the checked entry's ErrorOutput, as
// "<time> write error: <error>". The redacting core gives it a collector
// there and returns what was collected from its own Write, so that the
// logger that called it reports the errors on the error output it was
// configured with.

// errCollector is a WriteSyncer that keeps the errors written to it.
type errCollector struct {
	msgs []string
}

var collectors = sync.Pool{New: func() any { return new(errCollector) }}

// Write implements [zapcore.WriteSyncer].
func (c *errCollector) Write(p []byte) (int, error) {
	s := strings.TrimSuffix(string(p), "\n")
	if _, after, ok := strings.Cut(s, " write error: "); ok {
		s = after
	}
	c.msgs = append(c.msgs, s)
	return len(p), nil
}

// Sync implements [zapcore.WriteSyncer].
func (c *errCollector) Sync() error { return nil }

// err returns what was collected as one error, nil when nothing was.
func (c *errCollector) err() error {
	if len(c.msgs) == 0 {
		return nil
	}
	return errors.New(strings.Join(c.msgs, "; "))
}

func putCollector(c *errCollector) {
	clear(c.msgs)
	c.msgs = c.msgs[:0]
	collectors.Put(c)
}
