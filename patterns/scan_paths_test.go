package patterns

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// findScalar is Find with the byte-at-a-time candidate pass.
func findScalar(e *Engine, s string) []Finding {
	scalarScan = true
	defer func() { scalarScan = false }()
	return e.Find(s)
}

// pathTexts are texts for comparing the two candidate passes: every
// example of the catalog, the benign corpora, and both joined into long
// lines so that findings sit at every offset of a 32-byte block.
func pathTexts(t testing.TB, e *Engine) []string {
	var texts []string
	for _, d := range e.Detectors() {
		for _, ex := range d.Positive {
			texts = append(texts, ex.Text)
		}
		for _, ex := range d.Negative {
			texts = append(texts, ex.Text)
		}
	}
	files, _ := filepath.Glob("testdata/benign/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	r := rand.New(rand.NewPCG(3, 5))
	n := len(texts)
	for k := 0; k < 400; k++ {
		var b strings.Builder
		b.WriteString(strings.Repeat(" ", r.IntN(32)))
		for j := 0; j < 2+r.IntN(5); j++ {
			b.WriteString(texts[r.IntN(n)])
			b.WriteString(" ; ")
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestScanPathsAgree checks that the 32-position candidate pass finds
// exactly what the byte-at-a-time pass finds.
func TestScanPathsAgree(t *testing.T) {
	e := Default()
	ip, err := New(WithIPAddresses())
	if err != nil {
		t.Fatal(err)
	}
	for _, eng := range []*Engine{e, ip} {
		for _, s := range pathTexts(t, eng) {
			want := findScalar(eng, s)
			if diff := cmp.Diff(want, eng.Find(s)); diff != "" {
				t.Fatalf("Find(%q): candidate passes differ (-scalar +blocks):\n%s", s, diff)
			}
		}
	}
}

// FuzzScanPaths compares the two candidate passes on arbitrary text.
func FuzzScanPaths(f *testing.F) {
	f.Add("user=bob password=hunter2 card 4111 1111 1111 1111 to alice@example.com from 10.0.0.1 at 2026-11-30T09:12:33Z")
	f.Add(strings.Repeat("ghp_", 20) + "0123456789abcdef")
	e := Default()
	f.Fuzz(func(t *testing.T, s string) {
		want := findScalar(e, s)
		if diff := cmp.Diff(want, e.Find(s)); diff != "" {
			t.Fatalf("Find(%q): candidate passes differ (-scalar +blocks):\n%s", s, diff)
		}
	})
}
