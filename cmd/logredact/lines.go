package main

import (
	"bytes"
	"errors"
	"io"
)

// Chunks are cut at the last newline before -chunk-size bytes, so a
// goroutine always gets whole lines. A line that has no newline within
// -max-line bytes is not accumulated any further: it streams through
// longLine windows, processed here in the reading goroutine since each
// window depends on where the previous one ended.

// readSize is the least the reader asks of the input in one read.
const readSize = 64 << 10

// read cuts s.r into jobs until the input ends, the run is stopped, or a
// read fails.
func (s *stream) read() error {
	pl := s.pl
	var carry []byte // the start of a line whose end is not read yet
	eof := false
	for !eof || len(carry) > 0 {
		j := s.acquire()
		if j == nil {
			return nil
		}
		buf := append(j.in[:0], carry...)
		carry = carry[:0]
		scanned := len(buf) // carry never holds a newline
		target := pl.chunkSize
		cut := 0
		for {
			var err error
			buf, eof, err = fill(s.r, buf, target, eof)
			if err != nil {
				s.release(j)
				return err
			}
			if i := bytes.LastIndexByte(buf[scanned:], '\n'); i >= 0 {
				cut = scanned + i + 1
			}
			scanned = len(buf)
			if cut > 0 || eof || len(buf) > pl.maxLine {
				break
			}
			target = len(buf) + pl.chunkSize
		}
		if cut == 0 && !eof {
			// One line, already longer than -max-line, and no end in
			// sight: stream it.
			j.in = buf
			var err error
			carry, eof, err = s.streamLong(j, carry)
			if err != nil {
				return err
			}
			continue
		}
		if cut == 0 {
			cut = len(buf) // the last line has no newline
		}
		carry = append(carry, buf[cut:]...)
		j.in = buf[:cut]
		if len(j.in) == 0 {
			s.release(j)
			continue
		}
		s.send(j)
	}
	return nil
}

// fill reads into buf until it holds target bytes or the input ends.
func fill(r io.Reader, buf []byte, target int, eof bool) ([]byte, bool, error) {
	for len(buf) < target && !eof {
		if cap(buf)-len(buf) < readSize {
			buf = append(buf, make([]byte, max(readSize, target-len(buf)))...)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			eof = true
		} else if err != nil {
			return buf, eof, err
		}
	}
	return buf, eof, nil
}

// streamLong processes a long line whose first bytes are in j.in, reading
// the rest window by window. It returns the bytes read past the line's end.
func (s *stream) streamLong(j *job, carry []byte) ([]byte, bool, error) {
	if s.longProc == nil {
		s.longProc = s.pl.newProc()
	}
	l := s.longProc.newLongLine()
	l.buf = append(s.longBuf[:0], j.in...)
	s.release(j)
	defer func() { s.longBuf = l.buf[:0] }()
	eof, newline := false, false
	for {
		for !l.ended && len(l.buf) < l.want() {
			if cap(l.buf)-len(l.buf) < readSize {
				l.buf = append(l.buf, make([]byte, readSize)...)[:len(l.buf)]
			}
			n, err := s.r.Read(l.buf[len(l.buf):cap(l.buf)])
			got := l.buf[len(l.buf) : len(l.buf)+n]
			if i := bytes.IndexByte(got, '\n'); i >= 0 {
				carry = append(carry, got[i+1:]...)
				l.buf = l.buf[:len(l.buf)+i]
				l.ended, newline = true, true
				break
			}
			l.buf = l.buf[:len(l.buf)+n]
			if errors.Is(err, io.EOF) {
				l.ended, eof = true, true
			} else if err != nil {
				return carry, eof, err
			}
		}
		w := s.acquire()
		if w == nil {
			return carry[:0], true, nil
		}
		w.ready = true
		final := s.pl.mode.window(l, w)
		if final && newline {
			w.lines = 1
			w.out = append(w.out, '\n')
		}
		s.send(w)
		if final {
			return carry, eof, nil
		}
		k := l.keepFrom() - l.base
		l.buf = l.buf[:copy(l.buf, l.buf[k:])]
		l.base += k
	}
}
