package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// plant is a value placed in a long line and what it must become.
type plant struct {
	at          int // offset in the line
	value, want string
	detector    string
	// secretAt is where the finding starts within value.
	secretAt int
}

const filler = "lorem ipsum dolor sit amet, consectetur adipiscing elit "

// buildLongLine builds a line of size bytes with values planted near the given
// offsets, and the line as the filter must write it.
func buildLongLine(size int, plants []plant) (in, want string, placed []plant) {
	var b, w strings.Builder
	for _, p := range plants {
		n := p.at - b.Len()
		pad := " " + strings.Repeat(filler, n/len(filler)+1)[:n-2] + " "
		b.WriteString(pad)
		w.WriteString(pad)
		p.at = b.Len()
		b.WriteString(p.value)
		w.WriteString(p.want)
		placed = append(placed, p)
	}
	n := size - b.Len()
	pad := " " + strings.Repeat(filler, n/len(filler)+1)[:n-1]
	b.WriteString(pad)
	w.WriteString(pad)
	return b.String(), w.String(), placed
}

// boundaryPlants sets values astride and around each multiple of step,
// where windows are cut.
func boundaryPlants(step, count int) []plant {
	var ps []plant
	for i := 1; i <= count; i++ {
		b := i * step
		ps = append(ps,
			plant{at: b - 90, value: "AKIAIOSFODNN7EXAMPLE", want: "[REDACTED:aws-access-key-id]", detector: "aws-access-key-id"},
			plant{at: b - 40, value: "password=hunter2", want: "password=[REDACTED:sensitive-key]", detector: "sensitive-key", secretAt: 9},
			plant{at: b - 8, value: "alice@example.com", want: "[REDACTED:email]", detector: "email"},
			plant{at: b + 30, value: "4111 1111 1111 1111", want: "[REDACTED:credit-card]", detector: "credit-card"},
		)
	}
	return ps
}

func TestLongLine5MB(t *testing.T) {
	const step = defaultMaxLine
	in, want, placed := buildLongLine(5<<20, boundaryPlants(step, 4))
	if len(in) != 5<<20 {
		t.Fatalf("built a %d-byte line", len(in))
	}
	dir := t.TempDir()
	file := "before alice@example.com\n" + in + "\nafter 123-45-6789\n"
	wantFile := "before [REDACTED:email]\n" + want + "\nafter [REDACTED:us-ssn]\n"
	if err := os.WriteFile(filepath.Join(dir, "long.log"), []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
	}{
		// The line streams through windows as it is read...
		{"streamed", []string{"long.log"}},
		{"streamed small chunks", []string{"-j", "8", "-chunk-size", "4096", "long.log"}},
		// ...or sits whole in a chunk: the output must not differ.
		{"in one chunk", []string{"-chunk-size", "16M", "long.log"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := invocation{dir: dir, args: tc.args}.run(t)
			if got.code != exitClean {
				t.Fatalf("exit %d, stderr %q", got.code, got.stderr)
			}
			if got.stdout != wantFile {
				t.Errorf("output differs from the expected redaction at byte %d of %d", firstDiff(got.stdout, wantFile), len(wantFile))
			}
		})
	}

	scan := invocation{dir: dir, args: []string{"scan", "-format", "json", "long.log"}}.run(t)
	if scan.code != exitFindings {
		t.Fatalf("scan exit %d, stderr %q", scan.code, scan.stderr)
	}
	var wantScan []string
	wantScan = append(wantScan, "1:8:email")
	for _, p := range placed {
		wantScan = append(wantScan, fmt.Sprintf("2:%d:%s", p.at+p.secretAt+1, p.detector))
	}
	wantScan = append(wantScan, "3:7:us-ssn")
	if diff := cmp.Diff(wantScan, scanPositions(t, scan.stdout)); diff != "" {
		t.Errorf("scan positions mismatch (-want +got):\n%s", diff)
	}
}

func TestLongLinesInProcess(t *testing.T) {
	// Many small windows, under the race detector: -max-line 4096 over
	// lines of 200 KB, streamed and whole.
	const maxLine = 4096
	var in, want strings.Builder
	for i := range 3 {
		l, w, _ := buildLongLine(200<<10, boundaryPlants(maxLine, 40))
		fmt.Fprintf(&in, "%d %s\n", i, l)
		fmt.Fprintf(&want, "%d %s\n", i, w)
	}
	for _, chunk := range []string{"1024", "1M"} {
		got := inProcess(strings.NewReader(in.String()), "-max-line", "4096", "-chunk-size", chunk, "-j", "4")
		if got.code != exitClean {
			t.Fatalf("exit %d, stderr %q", got.code, got.stderr)
		}
		if got.stdout != want.String() {
			t.Errorf("-chunk-size %s: output differs at byte %d", chunk, firstDiff(got.stdout, want.String()))
		}
	}
}

func TestLongLineAstrideEveryCut(t *testing.T) {
	// An email at every offset around the first cut: whichever window
	// sees it, it is masked whole and only once.
	const maxLine = minMaxLine
	for off := maxLine - 24; off <= maxLine+8; off++ {
		in, want, _ := buildLongLine(3*maxLine, []plant{{at: off, value: "alice@example.com", want: "[REDACTED:email]"}})
		got := inProcess(strings.NewReader(in), "-max-line", fmt.Sprint(maxLine))
		if got.stdout != want {
			t.Errorf("email at %d: output differs at byte %d", off, firstDiff(got.stdout, want))
		}
	}
}

func firstDiff(a, b string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
