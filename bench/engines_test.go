package bench

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/logredact/logredact/patterns"
)

// TestRegexpAlternationFindsPlants checks that the regexp baseline does the
// engine's job: on each line with a planted value, the alternation of the
// whole catalog matches over the value. A baseline that found nothing
// would be fast for the wrong reason.
func TestRegexpAlternationFindsPlants(t *testing.T) {
	dets := patterns.Default().Detectors()
	re, err := Alternation(RegexpSources(dets))
	if err != nil {
		t.Fatalf("Alternation: %v", err)
	}
	for _, name := range re.SubexpNames() {
		if name != "" {
			t.Errorf("alternation keeps the named group %q", name)
		}
	}
	c := testCorpus()
	for _, p := range c.Plants {
		line := lineAt(c, p.Start)
		off := p.Start - (strings.LastIndexByte(c.Text[:p.Start], '\n') + 1)
		found := false
		for _, m := range re.FindAllStringIndex(line, -1) {
			if m[0] <= off && off+len(p.Value) <= m[1] {
				found = true
			}
		}
		if !found {
			t.Errorf("alternation missed %s %q in %q", p.Detector, p.Value, line)
		}
	}
}

func TestRegexpSource(t *testing.T) {
	tests := []struct {
		name string
		d    patterns.Detector
		want string
	}{
		{"pattern", patterns.Detector{ID: "x", Pattern: `(?i)key-(?P<secret>[a-z]{8})`}, `(?:(?i)key-(?:[a-z]{8}))`},
		{"structural", patterns.Detector{ID: "us-ssn"}, `(?:` + structuralRegexps["us-ssn"] + `)`},
		{"matcher", patterns.Detector{ID: "y", Keywords: []string{"tok_", "t.k"}}, `(?:(?:tok_|t\.k)[A-Za-z0-9_+/=-]{8,})`},
		{"matcher ignoring case", patterns.Detector{ID: "z", Keywords: []string{"abc"}, IgnoreCase: true}, `(?:(?i)(?:abc)[A-Za-z0-9_+/=-]{8,})`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, RegexpSource(tt.d)); diff != "" {
				t.Errorf("RegexpSource mismatch (-want +got):\n%s", diff)
			}
		})
	}
	// (?i) in one alternative must not leak into the next.
	re, err := Alternation([]string{RegexpSource(tests[3].d), `(?:CASE)`})
	if err != nil {
		t.Fatal(err)
	}
	if re.MatchString("case") {
		t.Error(`alternation matches "case": a flag leaked out of its alternative`)
	}
}

// TestGitleaksFindsPlantedTokens checks that the gitleaks baseline is
// really scanning: its default rules find the planted GitHub and AWS
// tokens.
func TestGitleaksFindsPlantedTokens(t *testing.T) {
	d, err := newGitleaks()
	if err != nil {
		t.Fatalf("newGitleaks: %v", err)
	}
	c := testCorpus()
	n := 0
	for _, p := range c.Plants {
		if p.Detector != "github-pat" && p.Detector != "aws-access-key-id" {
			continue
		}
		n++
		var secrets []string
		for _, f := range d.DetectString(lineAt(c, p.Start)) {
			secrets = append(secrets, f.Secret)
		}
		if !strings.Contains(strings.Join(secrets, "\n"), p.Value) {
			t.Errorf("gitleaks found %q, want %q among them", secrets, p.Value)
		}
	}
	if n == 0 {
		t.Error("no GitHub or AWS token planted")
	}
}

func TestFragments(t *testing.T) {
	tests := []struct {
		text string
		size int
		want []string
	}{
		{"", 4, nil},
		{"ab\ncd\n", 10, []string{"ab\ncd\n"}},
		{"ab\ncd\nef\n", 7, []string{"ab\ncd\n", "ef\n"}},
		{"abcdefgh", 3, []string{"abc", "def", "gh"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, fragments(tt.text, tt.size)); diff != "" {
			t.Errorf("fragments(%q, %d) mismatch (-want +got):\n%s", tt.text, tt.size, diff)
		}
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		text string
		n    int
		want string
	}{
		{"ab\ncd\n", 10, "ab\ncd\n"},
		{"ab\ncd\n", 5, "ab\n"},
		{"abcdef", 4, "abcd"},
	}
	for _, tt := range tests {
		if got := prefix(tt.text, tt.n); got != tt.want {
			t.Errorf("prefix(%q, %d) = %q, want %q", tt.text, tt.n, got, tt.want)
		}
	}
}
