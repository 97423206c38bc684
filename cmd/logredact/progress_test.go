package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestProgressOnStandardErrorOnly(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "in.log")
	in := orderedInput(5000)
	os.WriteFile(path, []byte(in), 0o644)
	plain := runBin(t, path)
	with := runBin(t, "-progress", path)
	if with.code != exitClean || plain.code != exitClean {
		t.Fatalf("exit %d and %d; stderr %q", plain.code, with.code, with.stderr)
	}
	if with.stdout != plain.stdout {
		t.Errorf("-progress changed standard output")
	}
	if plain.stderr != "" {
		t.Errorf("progress shown though standard error is not a terminal: %q", plain.stderr)
	}
	// The final line: all bytes of a known size, a rate, the findings.
	final := regexp.MustCompile(`\r[0-9.]+ KiB / [0-9.]+ KiB \(100%\)  [0-9.]+ MB/s  3000 findings  in [0-9.]+m?s\n$`)
	if !final.MatchString(with.stderr) {
		t.Errorf("progress line %q does not match %s", with.stderr, final)
	}
	scan := runBin(t, "scan", "-progress", path)
	if !strings.Contains(scan.stderr, "3000 findings  in") || strings.Contains(scan.stdout, "MB/s") {
		t.Errorf("scan progress: stderr %q", scan.stderr)
	}
	piped := invocation{stdin: strings.NewReader(in), args: []string{"-progress"}}.run(t)
	if !regexp.MustCompile(`^\r[0-9.]+ KiB  [0-9.]+ MB/s  3000 findings  in `).MatchString(piped.stderr) {
		t.Errorf("progress of an input of unknown size: %q", piped.stderr)
	}
}

func TestFormatBytes(t *testing.T) {
	for _, tc := range []struct {
		n    int64
		want string
	}{
		{512, "512 B"}, {2048, "2.0 KiB"}, {5 << 20, "5.0 MiB"}, {3 << 30, "3.00 GiB"},
	} {
		if got := formatBytes(tc.n); got != tc.want {
			t.Errorf("formatBytes(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}
