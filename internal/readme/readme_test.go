package readme

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// imports maps the package names the README's blocks use to their import
// paths: a block's imports are implied by the names it uses.
var imports = map[string]string{
	"context":       "context",
	"expvar":        "expvar",
	"fmt":           "fmt",
	"log":           "log",
	"os":            "os",
	"slog":          "log/slog",
	"strings":       "strings",
	"time":          "time",
	"zap":           "go.uber.org/zap",
	"zapcore":       "go.uber.org/zap/zapcore",
	"zerolog":       "github.com/rs/zerolog",
	"patterns":      "github.com/logredact/logredact/patterns",
	"patternstest":  "github.com/logredact/logredact/patterns/patternstest",
	"slogredact":    "github.com/logredact/logredact/slogredact",
	"zapredact":     "github.com/logredact/logredact/zapredact",
	"zerologredact": "github.com/logredact/logredact/zerologredact",
}

var (
	goBlock  = regexp.MustCompile("(?s)```go\n(.*?)```")
	selector = regexp.MustCompile(`\b([a-z][a-z0-9]*)\.[A-Za-z]`)
)

// TestREADMEBlocksCompile puts each ```go block of README.md in a func
// main of its own, with the imports its package names imply, and builds
// them all in a module that replaces this one with the working tree.
func TestREADMEBlocksCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds programs with the go command")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := goBlock.FindAllStringSubmatch(string(readme), -1)
	if len(blocks) < 5 {
		t.Fatalf("README.md has %d go blocks, want one per logger and more", len(blocks))
	}
	dir := t.TempDir()
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	mod := strings.Replace(string(gomod), "module github.com/logredact/logredact", "module readmecheck", 1) +
		"\nrequire github.com/logredact/logredact v0.0.0\n\nreplace github.com/logredact/logredact => " + root + "\n"
	write(t, filepath.Join(dir, "go.mod"), mod)
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "go.sum"), string(sum))
	for i, b := range blocks {
		code := b[1]
		var used []string
		for _, m := range selector.FindAllStringSubmatch(stripStrings(code), -1) {
			if path, ok := imports[m[1]]; ok && !slices.Contains(used, path) {
				used = append(used, path)
			}
		}
		slices.Sort(used)
		var src strings.Builder
		fmt.Fprintf(&src, "// README.md, go block %d.\npackage main\n\nimport (\n", i+1)
		for _, path := range used {
			fmt.Fprintf(&src, "\t%q\n", path)
		}
		fmt.Fprintf(&src, ")\n\nfunc main() {\n%s}\n", code)
		write(t, filepath.Join(dir, fmt.Sprintf("block%02d", i+1), "main.go"), src.String())
	}
	cmd := exec.Command("go", "vet", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("the README's go blocks do not build (block N is the Nth ```go block):\n%s", out)
	}
}

// stripStrings blanks string literals and comments, whose words are not
// package names.
func stripStrings(code string) string {
	code = regexp.MustCompile(`//[^\n]*`).ReplaceAllString(code, "")
	return regexp.MustCompile("\"(\\\\.|[^\"\\\\])*\"|`[^`]*`").ReplaceAllString(code, `""`)
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
