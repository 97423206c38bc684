package main

import (
	"errors"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
)

// An interrupted -i (SIGINT, SIGTERM) must not leave its temporary file
// behind: every temporary file is created, renamed and removed through
// tempFiles, and the signal handler removes those that remain and stops
// any rename from happening after it, then exits.

// errInterrupted is returned for work asked of tempFiles after a signal.
var errInterrupted = errors.New("interrupted")

// tempFiles tracks the temporary files of -i.
type tempFiles struct {
	mu    sync.Mutex
	names map[string]bool
	// interrupted is set once a signal arrived: from then on nothing is
	// created or renamed.
	interrupted bool
}

func newTempFiles() *tempFiles { return &tempFiles{names: map[string]bool{}} }

// create is os.CreateTemp, remembering the file.
func (t *tempFiles) create(dir, pattern string) (*os.File, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.interrupted {
		return nil, errInterrupted
	}
	f, err := os.CreateTemp(dir, pattern)
	if err == nil {
		t.names[f.Name()] = true
	}
	return f, err
}

// remove removes a temporary file and forgets it.
func (t *tempFiles) remove(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	os.Remove(name)
	delete(t.names, name)
}

// rename moves a temporary file over its original, unless a signal came
// first.
func (t *tempFiles) rename(from, to string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.interrupted {
		return errInterrupted
	}
	if err := os.Rename(from, to); err != nil {
		return err
	}
	delete(t.names, from)
	return nil
}

// interrupt removes every remaining temporary file, stops all further
// work, and returns the files it removed.
func (t *tempFiles) interrupt() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.interrupted = true
	var removed []string
	for name := range t.names {
		if os.Remove(name) == nil {
			removed = append(removed, name)
		}
	}
	clear(t.names)
	return removed
}

// catchSignals makes SIGINT and SIGTERM remove the temporary files and
// exit with status 2, until stop is called.
func (r *runner) catchSignals() (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			removed := r.temps.interrupt()
			what := "no temporary file was left"
			if len(removed) > 0 {
				what = "removed " + strings.Join(removed, ", ")
			}
			r.env.errorf("interrupted by %v: %s; a file not yet replaced is as it was", sig, what)
			r.env.exitNow(exitError)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
