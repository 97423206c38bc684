package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
)

// commands are the subcommands, in the order the overview lists them,
// each with its one line. The filter is the default: it has no name on
// the command line, and "filter" names it for help.
var commands = []struct{ name, usage, line string }{
	{"filter", "logredact [flags] [FILE...]", "redact to standard output, to -o FILE, or in place with -i"},
	{"scan", "logredact scan [flags] [FILE...]", "report findings, never their values; exit 1 when there are any"},
	{"check", "logredact check [-config FILE] [flags]", "validate a configuration and run its detectors' examples"},
	{"detectors", "logredact detectors [flags]", "list the detectors a configuration runs"},
	{"help", "logredact help [COMMAND]", "show the details and flags of a command"},
	{"version", "logredact -version", "print the module version and VCS revision"},
}

// overview is what "logredact -h" and "logredact help" print: every
// subcommand with its one line.
func overview() string {
	var b strings.Builder
	b.WriteString("logredact redacts secrets and personal data from log files and streams.\n\nUsage:\n\n")
	width := 0
	for _, c := range commands {
		width = max(width, len(c.usage))
	}
	for _, c := range commands {
		fmt.Fprintf(&b, "\t%-*s  %s\n", width, c.usage, c.line)
	}
	b.WriteString(`
With no FILE, or with -, standard input is read; gzip input is read
transparently. Data goes to standard output, diagnostics to standard
error. Exit status: 0 done and nothing found, 1 findings (scan) or
failing examples (check), 2 an error.

Run "logredact help COMMAND" or "logredact COMMAND -h" for a command's
details and flags ("logredact help filter" for the default command).
`)
	return b.String()
}

// runHelp prints the overview, or a command's details and flags, on
// standard output: help that was asked for is the command's output.
func runHelp(args []string, env *cmdEnv) int {
	if len(args) > 1 {
		env.errorf("help: one COMMAND at a time, got %q", args)
		return exitError
	}
	topic := "help"
	if len(args) == 1 {
		topic = args[0]
	}
	switch topic {
	case "help":
		printOverview(env)
		return exitClean
	case "filter":
		return runFilter([]string{"-h"}, env)
	case "version":
		return runVersion([]string{"-h"}, env)
	case "scan", "check", "detectors":
		return run([]string{topic, "-h"}, env)
	}
	names := make([]string, len(commands))
	for i, c := range commands {
		names[i] = c.name
	}
	env.errorf("help: unknown command %q: want one of %s", topic, strings.Join(names, ", "))
	return exitError
}

// printOverview prints the overview, then the flags of the filter, which
// "logredact" with no subcommand runs.
func printOverview(env *cmdEnv) {
	fmt.Fprint(env.stdout, overview())
	fs, _ := filterFlagSet()
	fs.SetOutput(env.stdout)
	fmt.Fprint(env.stdout, "\nFlags of the filter:\n")
	fs.PrintDefaults()
}

// isHelp reports whether arg asks for help, as the flag package reads it.
func isHelp(arg string) bool {
	switch arg {
	case "-h", "-help", "--h", "--help":
		return true
	}
	return false
}

// parseFlags parses args with fs. Help that was asked for (-h) goes to
// standard output with the text and the flags, and ok is false with exit
// status 0; a bad flag is reported on standard error, where the flag
// package names it, with a hint, and ok is false with status 2.
func parseFlags(fs *flag.FlagSet, text string, args []string, env *cmdEnv) (code int, ok bool) {
	fs.Usage = func() {}
	fs.SetOutput(env.stderr)
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(env.stdout)
		fmt.Fprint(env.stdout, text)
		fs.PrintDefaults()
		return exitClean, false
	}
	if err != nil {
		fmt.Fprintf(env.stderr, "run \"%s -h\" for the flags\n", fs.Name())
		return exitError, false
	}
	return 0, true
}
