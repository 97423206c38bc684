package main

import (
	"io"
	"sync"
)

// Input is cut into chunks of whole lines (lines.go); -j goroutines process
// chunks as they come, and one goroutine, the caller's, takes the results
// in input order. At most inFlight chunks exist at once, counting those
// being read, processed or waiting their turn, so memory stays bounded by
// inFlight × (chunk + its output) whatever the input size.

// job is one chunk of input and what became of it.
type job struct {
	seq int
	// in holds whole lines; it is nil for a window of a long line,
	// which the reader processes itself (ready is set).
	in    []byte
	ready bool
	// out is the redacted chunk; changed is false when out is unused
	// and in is to be written as it is.
	out     []byte
	changed bool
	// masked is set on a long line's window that masked something.
	masked bool
	// hits are scan findings; lines counts the newlines in the chunk.
	hits  []hit
	lines int
	// found counts findings, for progress.
	found int
}

// jobMode is what filter and scan do with chunks.
type jobMode interface {
	// work processes a chunk of whole lines.
	work(p *lineProc, j *job)
	// window processes the next window of a long line into j.
	window(l *longLine, j *job) (final bool)
	// sink receives jobs in input order.
	sink(j *job) error
}

// pipeline runs a jobMode over one input.
type pipeline struct {
	mode      jobMode
	jobs      int
	chunkSize int
	maxLine   int
	newProc   func() *lineProc
	progress  *progress
}

// run processes r to the end. It returns the first read, processing or
// sink error; after one, reading stops and the remaining jobs are dropped.
func (pl *pipeline) run(r io.Reader) error {
	inFlight := 2*pl.jobs + 2
	s := &stream{
		pl:     pl,
		r:      r,
		tokens: make(chan struct{}, inFlight),
		free:   make(chan *job, inFlight),
		todo:   make(chan *job, inFlight),
		done:   make(chan *job, inFlight),
		stop:   make(chan struct{}),
	}
	var wg sync.WaitGroup
	for range pl.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := pl.newProc()
			for j := range s.todo {
				pl.mode.work(p, j)
				s.done <- j
			}
		}()
	}
	var readErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		readErr = s.read()
		close(s.todo)
	}()
	go func() {
		wg.Wait()
		close(s.done)
	}()

	var sinkErr error
	pending := make(map[int]*job)
	next := 0
	for j := range s.done {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if sinkErr == nil {
				if pl.progress != nil {
					pl.progress.found.Add(int64(j.found))
				}
				if sinkErr = pl.mode.sink(j); sinkErr != nil {
					close(s.stop)
				}
			}
			s.release(j)
		}
	}
	if sinkErr != nil {
		return sinkErr
	}
	return readErr
}

// stream is the state of one pipeline run.
type stream struct {
	pl     *pipeline
	r      io.Reader
	seq    int
	tokens chan struct{}
	free   chan *job
	todo   chan *job
	done   chan *job
	stop   chan struct{}
	// longProc and longBuf serve the lines that stream (lines.go).
	longProc *lineProc
	longBuf  []byte
}

// acquire waits for room for one more job; nil means the run was stopped.
func (s *stream) acquire() *job {
	select {
	case s.tokens <- struct{}{}:
	case <-s.stop:
		return nil
	}
	select {
	case j := <-s.free:
		return j
	default:
		return &job{}
	}
}

// release recycles a job that has left the pipeline.
func (s *stream) release(j *job) {
	j.in, j.out, j.hits = j.in[:0], j.out[:0], j.hits[:0]
	j.ready, j.changed, j.masked, j.lines, j.found = false, false, false, 0, 0
	select {
	case s.free <- j:
	default:
	}
	<-s.tokens
}

// send hands a job on, numbered in input order.
func (s *stream) send(j *job) {
	j.seq = s.seq
	s.seq++
	if j.ready {
		s.done <- j
		return
	}
	s.todo <- j
}
