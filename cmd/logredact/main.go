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
	if len(args) > 0 {
		switch args[0] {
		case "scan":
			return runScan(args[1:], env)
		case "detectors":
			return runDetectors(args[1:], env)
		case "help":
			return runHelp(args[1:], env)
		}
	}
	return runFilter(args, env)
}

func runHelp(args []string, env *cmdEnv) int {
	topic := ""
	if len(args) > 0 {
		topic = args[0]
	}
	switch topic {
	case "":
		fmt.Fprint(env.stdout, usageText)
		return exitClean
	case "scan":
		return runScan([]string{"-h"}, env)
	case "detectors":
		return runDetectors([]string{"-h"}, env)
	case "filter":
		return runFilter([]string{"-h"}, env)
	}
	fmt.Fprintf(env.stderr, "logredact help: unknown topic %q\n", topic)
	return exitError
}

const usageText = `logredact redacts secrets and personal data from log files and streams.

Usage:

	logredact [flags] [FILE...]          redact, to standard output, -o FILE or in place (-i)
	logredact scan [flags] [FILE...]     report findings; exit 1 when there are any
	logredact detectors [flags]          list the detectors

With no FILE, or with -, standard input is read. Gzip input is read
transparently. Run "logredact help filter", "logredact help scan" or
"logredact help detectors" for the flags.
`

// isTerminal reports whether f is a character device, which is how a
// terminal looks without importing a terminal package.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// errorf reports a problem on standard error with the command's name.
func (env *cmdEnv) errorf(format string, args ...any) {
	fmt.Fprintf(env.stderr, "logredact: "+format+"\n", args...)
}
