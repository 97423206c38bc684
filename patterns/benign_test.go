package patterns

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBenignFiles runs every line of testdata/benign through the default
// engine: each must come out byte for byte. The files hold the shapes real
// system and application logs are full of (sshd, sudo, PAM, nginx,
// Kubernetes, Java daemons, ...), one line per entry; a line that starts
// with "# " is a comment. A detector or a rule of the free-text reader that
// learns something new adds the lines it must leave alone here.
func TestBenignFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "benign", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no benign corpus files in testdata/benign")
	}
	e := Default()
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			for _, l := range readCorpus(t, name) {
				if out := e.RedactString(l.text); out != l.text {
					t.Errorf("%s:%d: benign line changed:\n  in:  %s\n  out: %s", name, l.n, l.text, out)
				}
			}
		})
	}
}

type corpusLine struct {
	n    int
	text string
}

// readCorpus reads the non-empty, non-comment lines of a corpus file.
func readCorpus(t testing.TB, name string) []corpusLine {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusLine
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "# ") {
			continue
		}
		out = append(out, corpusLine{n: n, text: line})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
