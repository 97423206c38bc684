package zerologredact_test

import (
	"github.com/rs/zerolog"
)

// recorder is a LevelWriter that records each call.
type recorder struct {
	writes []string
	levels []zerolog.Level
	closed bool
	n      int // bytes to report written; -1 means all
	err    error
}

func (r *recorder) Write(p []byte) (int, error) {
	return r.WriteLevel(zerolog.NoLevel-1, p)
}

func (r *recorder) WriteLevel(l zerolog.Level, p []byte) (int, error) {
	r.writes = append(r.writes, string(p))
	r.levels = append(r.levels, l)
	if r.n >= 0 {
		return r.n, r.err
	}
	return len(p), r.err
}

func (r *recorder) Close() error {
	r.closed = true
	return nil
}
