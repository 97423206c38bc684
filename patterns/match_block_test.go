package patterns

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pemParts are the pieces nested and repeated key blocks are made of:
// BEGIN and END lines of two labels, a body line, and bytes that end a
// truncated body ("${", a quote).
func pemParts() map[string]string {
	return map[string]string{
		"B":  "-----BEGIN RSA PRIVATE KEY-----\n",
		"E":  "-----END RSA PRIVATE KEY-----",
		"b":  "-----BEGIN EC PRIVATE KEY-----\n",
		"e":  "-----END EC PRIVATE KEY-----",
		"k":  fake(charsBase64, 64, "pem-nest") + "\n",
		"$":  "${",
		`"`:  `"`,
		"nl": `\n`,
	}
}

// TestPEMNestedShapes redacts sequences of up to fourteen pieces, drawn
// with a fixed seed, and requires that the output hold nothing the engine
// still finds, and that redacting it again change nothing. Shapes such as
// "B B ${ B ${ B k E E E E" used to leave a BEGIN line, a mask and an END
// line behind: a block that the next scan found.
func TestPEMNestedShapes(t *testing.T) {
	e := Default()
	parts := pemParts()
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Strings(names)
	r := rand.New(rand.NewPCG(13, 1))
	for i := 0; i < 5000; i++ {
		shape := make([]string, 1+r.IntN(14))
		var b strings.Builder
		for j := range shape {
			// BEGIN, END and "${" are the pieces that nest: draw
			// them more often than the others.
			n := names[r.IntN(len(names))]
			if r.IntN(2) == 0 {
				n = []string{"B", "E", "$"}[r.IntN(3)]
			}
			shape[j] = n
			b.WriteString(parts[n])
		}
		in := b.String()
		out := e.RedactString(in)
		if fs := e.Find(out); len(fs) > 0 {
			t.Fatalf("%v: RedactString(%q) = %q, in which Find still sees %+v", shape, in, out, fs)
		}
		if again := e.RedactString(out); again != out {
			t.Fatalf("%v: not idempotent: %q -> %q", shape, out, again)
		}
	}
}

// TestPEMNestedDepth checks every nesting of up to five BEGIN lines, each
// after a separator that may end a truncated body, around an optional
// body line and up to six END lines: the shapes that need one settling
// pass per level when a block is matched from its innermost BEGIN.
func TestPEMNestedDepth(t *testing.T) {
	e := Default()
	p := pemParts()
	seps := []string{"", p["$"], p[`"`], p["nl"], p["k"]}
	checked := 0
	var nest func(prefix string, depth int)
	nest = func(prefix string, depth int) {
		for _, mid := range []string{"", p["k"]} {
			for ends := 1; ends <= 6; ends++ {
				in := prefix + mid + strings.Repeat(p["E"], ends)
				out := e.RedactString(in)
				if fs := e.Find(out); len(fs) > 0 {
					t.Fatalf("RedactString(%q) = %q, in which Find still sees %+v", in, out, fs)
				}
				checked++
			}
		}
		if depth == 0 {
			return
		}
		for _, sep := range seps {
			nest(prefix+sep+p["B"], depth-1)
		}
	}
	nest("", 5)
	if checked < 40000 {
		t.Fatalf("checked %d shapes, want every nesting up to five levels", checked)
	}
}

// TestPEMNesting pins where nested and repeated blocks end.
func TestPEMNesting(t *testing.T) {
	e := Default()
	p := pemParts()
	B, E, k := p["B"], p["E"], p["k"]
	mask := "[REDACTED:private-key]"
	tests := []struct {
		name, in, want string
	}{
		{"fuzzer shape", B + B + "${" + B + "${" + B + k + E + E + E + E, mask},
		{"two blocks in a row", B + k + E + "\n" + B + k + E, mask + "\n" + mask},
		{"block inside a block", "key=" + B + k + B + k + E + k + E + " ok", "key=" + mask + " ok"},
		{"more BEGINs than ENDs", B + B + k + E + " tail", mask + " tail"},
		{"more ENDs than BEGINs", B + k + E + E, mask + E},
		{"text between two blocks", B + k + E + " then " + B + k + E, mask + " then " + mask},
		{"another label inside", B + p["b"] + k + p["e"] + E, mask},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, e.RedactString(tt.in)); diff != "" {
			t.Errorf("%s: RedactString(%q) mismatch (-want +got):\n%s", tt.name, tt.in, diff)
		}
	}
}
