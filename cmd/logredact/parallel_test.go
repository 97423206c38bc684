package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/logredact/logredact/patterns"
)

// orderedInput is many short lines of every format, a finding every few
// lines, each line numbered so that any reordering shows.
func orderedInput(lines int) string {
	var b strings.Builder
	for i := range lines {
		switch i % 5 {
		case 0:
			fmt.Fprintf(&b, "%06d INFO request completed path=/api/v1/orders/%d\n", i, i)
		case 1:
			fmt.Fprintf(&b, `{"n":%d,"msg":"login failed","email":"user%d@example.com"}`+"\n", i, i)
		case 2:
			fmt.Fprintf(&b, "n=%d level=info msg=\"db connect\" password=pw%d\n", i, i)
		case 3:
			fmt.Fprintf(&b, "%06d WARN card 4111 1111 1111 1111 declined\r\n", i)
		default:
			fmt.Fprintf(&b, "%06d DEBUG nothing here\n", i)
		}
	}
	return b.String()
}

// redactSerially is the reference: every line through one lineProc, in
// order, with no pipeline at all.
func redactSerially(t *testing.T, in string) string {
	t.Helper()
	p := &lineProc{e: patterns.Default(), maxLine: defaultMaxLine}
	var out []byte
	for _, line := range strings.SplitAfter(in, "\n") {
		var changed bool
		n := len(out)
		out, changed = p.redactLine(out, []byte(line))
		if !changed {
			out = append(out[:n], line...)
		}
	}
	return string(out)
}

func TestParallelOrder(t *testing.T) {
	in := orderedInput(20000)
	want := redactSerially(t, in)
	if want == in {
		t.Fatal("the reference redacted nothing")
	}
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"one goroutine", []string{"-j", "1"}},
		{"eight goroutines, many chunks", []string{"-j", "8", "-chunk-size", "4096"}},
		{"chunks smaller than a line", []string{"-j", "8", "-chunk-size", "16"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := inProcess(strings.NewReader(in), tc.args...)
			if got.code != exitClean {
				t.Fatalf("exit %d, stderr %q", got.code, got.stderr)
			}
			if got.stdout != want {
				t.Errorf("output differs from the serial reference at byte %d", firstDiff(got.stdout, want))
			}
		})
	}
	// The binary too, and scan's line numbers under -j 8.
	got := invocation{stdin: strings.NewReader(in), args: []string{"-j", "8", "-chunk-size", "4096"}}.run(t)
	if got.stdout != want {
		t.Errorf("binary output differs from the serial reference at byte %d", firstDiff(got.stdout, want))
	}
	scan := inProcess(strings.NewReader(in), "scan", "-format", "json", "-j", "8", "-chunk-size", "4096")
	pos := scanPositions(t, scan.stdout)
	if len(pos) != 3*4000 {
		t.Fatalf("scan found %d, want %d", len(pos), 3*4000)
	}
	for i, p := range pos {
		var line, col int
		var id string
		fmt.Sscanf(strings.ReplaceAll(p, ":", " "), "%d %d %s", &line, &col, &id)
		wantLine := 2 + i/3*5 + []int{0, 1, 2}[i%3]
		if line != wantLine {
			t.Fatalf("finding %d (%s) on line %d, want %d", i, p, line, wantLine)
		}
	}
}
