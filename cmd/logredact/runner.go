package main

import (
	"fmt"
	"os"

	"github.com/logredact/logredact/internal/reportonly"
	"github.com/logredact/logredact/patterns"
)

// runner holds what filter and scan share for a run: the engine settings,
// processing flags and progress.
type runner struct {
	env      *cmdEnv
	settings *settings
	engine   *patterns.Engine
	proc     *procFlags
	progress *progress
	// temps are the temporary files of -i.
	temps *tempFiles
}

// newRunner checks the configuration and builds the engine, before any
// input is read.
func newRunner(ef *engineFlags, pf *procFlags, env *cmdEnv, files []string) (*runner, error) {
	s, err := ef.settings()
	if err != nil {
		return nil, err
	}
	r := &runner{env: env, settings: s, proc: pf, temps: newTempFiles()}
	total := inputSizes(files, env.stdin)
	on := env.stderrTTY && total >= 0
	if pf.progress.set {
		on = pf.progress.on
	}
	r.progress = newProgress(env.stderr, total, on, env.stderrTTY)
	found := &r.progress.found
	r.engine, err = newEngine(s, env, func(patterns.Observation) { found.Add(1) })
	if err != nil {
		return nil, err
	}
	return r, nil
}

// warnReportOnly tells the user, once, that the output is not redacted.
func (r *runner) warnReportOnly() {
	reportonly.Warn(r.engine, layer, func(msg string) { fmt.Fprintln(r.env.stderr, msg) })
}

func (r *runner) newProc() *lineProc {
	return &lineProc{
		e:       r.engine,
		maxLine: int(r.proc.maxLine),
	}
}

func (r *runner) pipeline(mode jobMode) *pipeline {
	return &pipeline{
		mode:      mode,
		jobs:      r.proc.jobs,
		chunkSize: int(r.proc.chunkSize),
		maxLine:   int(r.proc.maxLine),
		newProc:   r.newProc,
		progress:  r.progress,
	}
}

// writeError marks an error of the output, after which no other input
// is worth reading.
type writeError struct{ err error }

// Error implements error.
func (e writeError) Error() string { return "write: " + e.err.Error() }

// Unwrap returns the output's error.
func (e writeError) Unwrap() error { return e.err }

func isWriteError(err error) bool {
	_, ok := err.(writeError)
	return ok
}

// sameFile reports whether paths a and b name the same existing file.
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	if err != nil {
		return false
	}
	return os.SameFile(fa, fb)
}
