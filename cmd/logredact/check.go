package main

import (
	"errors"
	"flag"
	"fmt"

	"github.com/logredact/logredact/patterns"
)

const checkUsage = `usage: logredact check [-config FILE] [flags]

Checks a configuration without reading any log. The -config file and the
engine flags are validated exactly as the filter and scan build their
engine; then the examples of every detector the configuration adds (the
"positive" and "negative" lists of its entry in "detectors") run against
the whole engine: each positive must be found with its detector's ID and
exactly its "secret" (the whole "text" when it has none, or the string
itself), and no negative may be found by any detector.

Prints one line per failing example, naming the entry and the example,
then a summary. Exit status: 0 when the configuration is valid and every
example holds, 1 when an example fails, 2 when the configuration is
invalid.

Flags:
`

func runCheck(args []string, env *cmdEnv) int {
	fs := flag.NewFlagSet("logredact check", flag.ContinueOnError)
	var ef engineFlags
	ef.register(fs)
	if code, ok := parseFlags(fs, checkUsage, args, env); !ok {
		return code
	}
	if fs.NArg() > 0 {
		env.errorf("check: unexpected argument %q: check reads no logs", fs.Arg(0))
		return exitError
	}
	s, err := ef.settings()
	if err != nil {
		env.errorf("check: %v", err)
		return exitError
	}
	// The engine is built without the examples, so that an invalid
	// configuration (exit 2) is told apart from a failing example
	// (exit 1); the examples then run against all of it.
	opts, custom, err := s.engineOptions(env.lookup, env.environ, false)
	if err != nil {
		env.errorf("check: %v", err)
		return exitError
	}
	e, err := patterns.New(opts...)
	if err != nil {
		env.errorf("check: %v", s.newEngineError(err))
		return exitError
	}
	total, failed := 0, 0
	for _, c := range custom {
		where := s.field(fmt.Sprintf("detectors[%d]", c.index))
		n := len(c.det.Positive) + len(c.det.Negative)
		if n == 0 {
			fmt.Fprintf(env.stdout, "%s: detector %q has no examples: nothing checks it\n", where, c.det.ID)
		}
		total += n
		if err := e.CheckExamples(c.det); err != nil {
			for _, x := range unjoin(err) {
				failed++
				fmt.Fprintf(env.stdout, "%s: %v\n", where, x)
			}
		}
	}
	if s.ReportOnly {
		fmt.Fprintln(env.stdout, "report_only is set: the filter will write its input as it is and redact nothing")
	}
	switch {
	case len(custom) == 0:
		fmt.Fprintln(env.stdout, "the configuration is valid; it adds no detectors, so there are no examples to run")
	case failed == 0:
		fmt.Fprintf(env.stdout, "the configuration is valid; %d %s, %d %s: all hold\n", len(custom), plural(len(custom), "detector"), total, plural(total, "example"))
	default:
		verb := "fail"
		if failed == 1 {
			verb = "fails"
		}
		fmt.Fprintf(env.stdout, "the configuration is valid, but %d of %d %s %s\n", failed, total, plural(total, "example"), verb)
		env.errorf("check: %d of %d %s %s", failed, total, plural(total, "example"), verb)
		return exitFindings
	}
	return exitClean
}

// unjoin returns the errors err joins, or err alone.
func unjoin(err error) []error {
	var j interface{ Unwrap() []error }
	if errors.As(err, &j) {
		return j.Unwrap()
	}
	return []error{err}
}
