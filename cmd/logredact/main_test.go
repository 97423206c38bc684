package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// binPath is the command, built once for every end-to-end test.
var binPath string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "logredact-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// Others may need to run the binary (the read-only directory test
	// runs it as an unprivileged user).
	os.Chmod(dir, 0o755)
	binPath = filepath.Join(dir, "logredact")
	build := exec.Command("go", "build", "-o", binPath, ".")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of the binary produced.
type result struct {
	stdout, stderr string
	code           int
}

// invocation describes one run of the binary.
type invocation struct {
	dir   string
	stdin io.Reader
	env   []string
	args  []string
}

func (inv invocation) run(t *testing.T) result {
	t.Helper()
	cmd := exec.Command(binPath, inv.args...)
	cmd.Dir = inv.dir
	cmd.Stdin = inv.stdin
	cmd.Env = append(os.Environ(), inv.env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("running logredact %q: %v", inv.args, err)
		}
		code = ee.ExitCode()
	}
	return result{stdout: stdout.String(), stderr: stderr.String(), code: code}
}

// runBin runs the binary in the package directory.
func runBin(t *testing.T, args ...string) result {
	t.Helper()
	return invocation{args: args}.run(t)
}

// checkGolden compares got with testdata/golden/name, or rewrites it with
// -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
	}
}

// inProcess runs the command without building it, so that the race
// detector sees its goroutines.
func inProcess(stdin io.Reader, args ...string) result {
	return inProcessEnv(nil, stdin, args...)
}

// inProcessEnv is inProcess with environment variables ("NAME=value").
func inProcessEnv(environ []string, stdin io.Reader, args ...string) result {
	var stdout, stderr bytes.Buffer
	env := &cmdEnv{
		stdin:  stdin,
		stdout: &stdout,
		stderr: &stderr,
		lookup: func(name string) (string, bool) {
			for _, kv := range environ {
				if k, v, _ := strings.Cut(kv, "="); k == name {
					return v, true
				}
			}
			return "", false
		},
		environ: append([]string{}, environ...),
	}
	code := run(args, env)
	return result{stdout: stdout.String(), stderr: stderr.String(), code: code}
}
