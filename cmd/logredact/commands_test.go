package main

import (
	"os/exec"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHelpListsEverySubcommand(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"-help"}, {"--help"}, {"help"}, {"help", "help"}} {
		got := inProcess(strings.NewReader(""), args...)
		if got.code != exitClean || got.stderr != "" {
			t.Errorf("%q: exit %d, stderr %q", args, got.code, got.stderr)
		}
		for _, c := range commands {
			if !strings.Contains(got.stdout, "\t"+c.usage) || !strings.Contains(got.stdout, c.line) {
				t.Errorf("%q does not list %s with its line:\n%s", args, c.name, got.stdout)
			}
		}
		if !strings.Contains(got.stdout, "Flags of the filter:\n") || !strings.Contains(got.stdout, "-max-line") {
			t.Errorf("%q does not list the filter's flags", args)
		}
	}
	// One line each, in the order of the table.
	want := []string{"logredact [flags] [FILE...]", "logredact scan", "logredact check", "logredact detectors", "logredact help", "logredact -version"}
	var lines []string
	for _, l := range strings.Split(inProcess(nil, "-h").stdout, "\n") {
		if strings.HasPrefix(l, "\tlogredact ") {
			lines = append(lines, l)
		}
	}
	if len(lines) != len(want) {
		t.Fatalf("the overview has %d command lines, want %d: %q", len(lines), len(want), lines)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], "\t"+w) {
			t.Errorf("command line %d = %q, want it to start with %q", i, lines[i], w)
		}
	}
}

func TestHelpForEachCommand(t *testing.T) {
	tests := []struct {
		topic string
		start string // the first line of the details
		flag  string // a flag of the command
	}{
		{"filter", "usage: logredact [flags] [FILE...]", "-i"},
		{"scan", "usage: logredact scan [flags] [FILE...]", "-baseline"},
		{"check", "usage: logredact check [-config FILE] [flags]", "-config"},
		{"detectors", "usage: logredact detectors [flags]", "-format"},
		{"version", "usage: logredact -version", ""},
	}
	for _, tt := range tests {
		help := inProcess(nil, "help", tt.topic)
		if help.code != exitClean || !strings.HasPrefix(help.stdout, tt.start+"\n") || !strings.Contains(help.stdout, "\n  "+tt.flag) {
			t.Errorf("help %s: exit %d, stdout %q; want it to start with %q and list %s", tt.topic, help.code, help.stdout, tt.start, tt.flag)
		}
		var dashH result
		if tt.topic == "filter" {
			dashH = inProcess(nil, "-o", "x", "-h")
		} else {
			dashH = inProcess(nil, tt.topic, "-h")
		}
		if diff := cmp.Diff(help, dashH, cmp.AllowUnexported(result{})); diff != "" {
			t.Errorf("%s -h differs from help %s (-help +-h):\n%s", tt.topic, tt.topic, diff)
		}
	}
	got := inProcess(nil, "help", "scna")
	if got.code != exitError || !strings.Contains(got.stderr, `logredact: help: unknown command "scna": want one of filter, scan, check, detectors, help, version`) {
		t.Errorf("help scna: exit %d, stderr %q", got.code, got.stderr)
	}
}

func TestBadFlagNamesItAndPointsToHelp(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"scan", "-nope"}, {"check", "-nope"}} {
		got := inProcess(strings.NewReader(""), args...)
		name := "logredact"
		if args[0] != "-nope" {
			name += " " + args[0]
		}
		want := "flag provided but not defined: -nope\nrun \"" + name + " -h\" for the flags\n"
		if got.code != exitError || got.stdout != "" || got.stderr != want {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and stderr %q", args, got.code, got.stdout, got.stderr, want)
		}
	}
}

func TestVersionLine(t *testing.T) {
	defer func(f func() (*debug.BuildInfo, bool)) { readBuildInfo = f }(readBuildInfo)
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"a clone", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.0.0-20261130093928-1f3e5a7b9c2d+dirty"}, Settings: []debug.BuildSetting{
			{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "1f3e5a7b9c2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f"},
			{Key: "vcs.time", Value: "2026-11-30T09:39:28Z"}, {Key: "vcs.modified", Value: "true"},
		}}, "logredact v0.0.0-20261130093928-1f3e5a7b9c2d+dirty (revision 1f3e5a7b9c2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f, 2026-11-30T09:39:28Z, modified) go1.26.8"},
		{"a clean clone", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.modified", Value: "false"},
		}}, "logredact (devel) (revision abc123) go1.26.8"},
		{"go install at a tag", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}}, "logredact v1.2.0 go1.26.8"},
		{"no version at all", &debug.BuildInfo{}, "logredact (devel)"},
	}
	for _, tt := range tests {
		readBuildInfo = func() (*debug.BuildInfo, bool) { return tt.info, true }
		got := inProcess(nil, "-version")
		if diff := cmp.Diff(result{stdout: tt.want + "\n"}, got, cmp.AllowUnexported(result{})); diff != "" {
			t.Errorf("%s: -version mismatch (-want +got):\n%s", tt.name, diff)
		}
		if v := inProcess(nil, "version"); v != got {
			t.Errorf("%s: version = %+v, -version = %+v", tt.name, v, got)
		}
	}
	readBuildInfo = func() (*debug.BuildInfo, bool) { return nil, false }
	if got := inProcess(nil, "-version"); !strings.HasPrefix(got.stdout, "logredact (unknown version") {
		t.Errorf("-version without build info = %q", got.stdout)
	}
}

// TestVersionOfTheBinary checks the built command against what the Go
// toolchain recorded in it.
func TestVersionOfTheBinary(t *testing.T) {
	out, err := exec.Command("go", "version", "-m", binPath).Output()
	if err != nil {
		t.Fatalf("go version -m: %v", err)
	}
	var version, revision string
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Fields(l)
		switch {
		case len(f) >= 3 && f[0] == "mod" && f[1] == "github.com/logredact/logredact":
			version = f[2]
		case len(f) >= 2 && f[0] == "build" && strings.HasPrefix(f[1], "vcs.revision="):
			revision = strings.TrimPrefix(f[1], "vcs.revision=")
		}
	}
	if version == "" {
		t.Fatalf("go version -m names no module version:\n%s", out)
	}
	got := runBin(t, "-version")
	if got.code != exitClean || !strings.HasPrefix(got.stdout, "logredact "+version) {
		t.Errorf("-version = %q (exit %d), want it to start with logredact %s", got.stdout, got.code, version)
	}
	if revision != "" && !strings.Contains(got.stdout, "revision "+revision) {
		t.Errorf("-version = %q, want revision %s", got.stdout, revision)
	}
}
