package main

import (
	"fmt"
	"io"
	"os"
)

// Exit statuses, as gofmt, go vet and gitleaks use them.
const (
	exitClean    = 0 // nothing found, or filtering succeeded
	exitFindings = 1 // scan found something
	exitError    = 2 // bad usage, bad config, or an I/O error
)

// cmdEnv is everything the command touches outside its arguments, so that
// tests can run it in process.
type cmdEnv struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// stderrTTY reports whether standard error is a terminal.
	stderrTTY bool
	lookup    lookupEnv
	environ   []string
	// exit ends the process from a signal handler; nil means os.Exit.
	exit func(code int)
}

func main() {
	env := &cmdEnv{
		stdin:     os.Stdin,
		stdout:    os.Stdout,
		stderr:    os.Stderr,
		stderrTTY: isTerminal(os.Stderr),
		lookup:    os.LookupEnv,
		environ:   os.Environ(),
	}
	os.Exit(run(os.Args[1:], env))
}

// run dispatches to a subcommand and returns the exit status.
func run(args []string, env *cmdEnv) int {
	if len(args) == 1 && isHelp(args[0]) {
		printOverview(env)
		return exitClean
	}
	if len(args) > 0 {
		switch args[0] {
		case "scan":
			return runScan(args[1:], env)
		case "detectors":
			return runDetectors(args[1:], env)
		case "check":
			return runCheck(args[1:], env)
		case "help":
			return runHelp(args[1:], env)
		case "version":
			return runVersion(args[1:], env)
		}
	}
	return runFilter(args, env)
}

// isTerminal reports whether f is a character device, which is how a
// terminal looks without importing a terminal package.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// exitNow ends the process with code, from outside run's return path.
func (env *cmdEnv) exitNow(code int) {
	if env.exit != nil {
		env.exit(code)
		return
	}
	os.Exit(code)
}

// errorf reports a problem on standard error with the command's name.
func (env *cmdEnv) errorf(format string, args ...any) {
	fmt.Fprintf(env.stderr, "logredact: "+format+"\n", args...)
}
