package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/logredact/logredact/internal/reportonly"
)

// TestReportOnly runs the filter with -report-only and with report_only
// in a config file: the input comes out byte for byte, long lines too,
// -i leaves the file alone, and standard error says so once.
func TestReportOnly(t *testing.T) {
	long := "note=" + strings.Repeat("x ", 3000) + "alice@example.com " + strings.Repeat("y ", 3000) + "\n"
	in := "login alice@example.com card 4111 1111 1111 1111\n" +
		`{"user":"bob@example.org","password":"hunter2"}` + "\n" + long
	cfg := writeConfig(t, `{"report_only": true}`)
	for _, args := range [][]string{{"-report-only"}, {"-config", cfg}} {
		args = append(args, "-max-line", "4096")
		got := inProcess(strings.NewReader(in), args...)
		if got.code != exitClean || got.stdout != in {
			t.Errorf("%q: exit %d, output changed:\n%s", args, got.code, got.stdout)
		}
		if got.stderr != reportonly.Warning+"\n" {
			t.Errorf("%q: stderr %q, want the warning once", args, got.stderr)
		}
		path := filepath.Join(t.TempDir(), "app.log")
		if err := os.WriteFile(path, []byte(in), 0o600); err != nil {
			t.Fatal(err)
		}
		before, _ := os.Stat(path)
		got = inProcess(nil, append(args, "-i", path, path)...)
		after, _ := os.Stat(path)
		data, _ := os.ReadFile(path)
		if got.code != exitClean || string(data) != in || !os.SameFile(before, after) {
			t.Errorf("%q -i: exit %d, the file was rewritten or changed (stderr %q)", args, got.code, got.stderr)
		}
		if strings.Count(got.stderr, reportonly.Warning) != 1 {
			t.Errorf("%q -i over two files: stderr %q, want the warning once", args, got.stderr)
		}
	}
	// scan reports the same findings with or without it.
	plain := inProcess(strings.NewReader(in), "scan", "-max-line", "4096")
	ro := inProcess(strings.NewReader(in), "scan", "-max-line", "4096", "-report-only")
	if plain.code != exitFindings || ro.stdout != plain.stdout {
		t.Errorf("scan -report-only differs from scan:\n%s\n%s", ro.stdout, plain.stdout)
	}
}
