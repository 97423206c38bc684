package main

import (
	"flag"
	"fmt"
	"runtime/debug"
	"strings"
)

const versionUsage = `usage: logredact -version
       logredact version

Prints the module version of the command and the VCS revision it was
built from, as the Go toolchain recorded them in the binary: a version
such as v1.2.0 for "go install ...@v1.2.0", a pseudo-version or (devel)
for a build from a clone, then the commit, its time and whether the
working tree had changes.

`

// readBuildInfo is debug.ReadBuildInfo; tests replace it.
var readBuildInfo = debug.ReadBuildInfo

func runVersion(args []string, env *cmdEnv) int {
	fs := flag.NewFlagSet("logredact version", flag.ContinueOnError)
	if code, ok := parseFlags(fs, versionUsage, args, env); !ok {
		return code
	}
	if fs.NArg() > 0 {
		env.errorf("version: unexpected argument %q", fs.Arg(0))
		return exitError
	}
	fmt.Fprintln(env.stdout, versionLine())
	return exitClean
}

// versionLine describes the build in one line:
//
//	logredact v0.0.0-20261130093928-1f3e5a7b9c2d+dirty (revision 1f3e5a7b9c2d..., 2026-11-30T09:39:28Z, modified) go1.26.8
func versionLine() string {
	info, ok := readBuildInfo()
	if !ok {
		return "logredact (unknown version: built without module information)"
	}
	version := info.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var rev, when string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	line := "logredact " + version
	if rev != "" {
		details := []string{"revision " + rev}
		if when != "" {
			details = append(details, when)
		}
		if modified {
			details = append(details, "modified")
		}
		line += " (" + strings.Join(details, ", ") + ")"
	}
	if info.GoVersion != "" {
		line += " " + info.GoVersion
	}
	return line
}
