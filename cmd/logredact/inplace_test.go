package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func readGolden(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "golden", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func copyFixture(t *testing.T, name, dst string, mode os.FileMode) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dst, mode); err != nil {
		t.Fatal(err)
	}
}

func TestInPlace(t *testing.T) {
	dir := t.TempDir()
	app := filepath.Join(dir, "app.log")
	copyFixture(t, "text.log", app, 0o640)
	clean := filepath.Join(dir, "clean.log")
	os.WriteFile(clean, []byte("nothing to see\n"), 0o600)
	cleanBefore, _ := os.Stat(clean)
	link := filepath.Join(dir, "link.log")
	copyFixture(t, "logfmt.log", filepath.Join(dir, "target.log"), 0o644)
	if err := os.Symlink("target.log", link); err != nil {
		t.Fatal(err)
	}

	// A file that is one long line, found only by the windowed path.
	long := filepath.Join(dir, "long.log")
	longIn, longWant, _ := buildLongLine(3*minMaxLine, []plant{{at: 2 * minMaxLine, value: "alice@example.com", want: "[REDACTED:email]"}})
	os.WriteFile(long, []byte(longIn), 0o644)

	got := inProcess(nil, "-i", "-max-line", fmt.Sprint(minMaxLine), app, clean, link, long)
	if got.code != exitClean || got.stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", got.code, got.stdout, got.stderr)
	}
	data, _ := os.ReadFile(app)
	if diff := cmp.Diff(readGolden(t, "text.log.out"), string(data)); diff != "" {
		t.Errorf("rewritten file mismatch (-want +got):\n%s", diff)
	}
	if fi, _ := os.Stat(app); fi.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640", fi.Mode().Perm())
	}
	if fi, _ := os.Stat(clean); !os.SameFile(fi, cleanBefore) || !fi.ModTime().Equal(cleanBefore.ModTime()) {
		t.Errorf("a file with nothing found was rewritten")
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symlink was replaced: %v %v", fi, err)
	}
	data, _ = os.ReadFile(filepath.Join(dir, "target.log"))
	if diff := cmp.Diff(readGolden(t, "logfmt.log.out"), string(data)); diff != "" {
		t.Errorf("symlink target mismatch (-want +got):\n%s", diff)
	}
	if data, _ := os.ReadFile(long); string(data) != longWant {
		t.Errorf("the long line was not rewritten in place")
	}
	assertNoTemporaries(t, dir)
}

func TestInPlaceGzip(t *testing.T) {
	dir := t.TempDir()
	plain, _ := os.ReadFile(filepath.Join("testdata", "text.log"))
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(plain)
	zw.Close()
	path := filepath.Join(dir, "app.log.gz")
	os.WriteFile(path, z.Bytes(), 0o644)
	if got := inProcess(nil, "-i", path); got.code != exitClean {
		t.Fatalf("exit %d, stderr %q", got.code, got.stderr)
	}
	f, _ := os.Open(path)
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("the rewritten file is no longer gzip: %v", err)
	}
	data, _ := io.ReadAll(zr)
	if diff := cmp.Diff(readGolden(t, "text.log.out"), string(data)); diff != "" {
		t.Errorf("rewritten gzip mismatch (-want +got):\n%s", diff)
	}
}

func TestInPlaceReadOnlyDirectory(t *testing.T) {
	// t.TempDir is private to this user; the directory must be
	// reachable by the unprivileged user the binary may run as.
	base, err := os.MkdirTemp("", "logredact-ro-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		os.Chmod(filepath.Join(base, "ro"), 0o755)
		os.RemoveAll(base)
	})
	os.Chmod(base, 0o755)
	dir := filepath.Join(base, "ro")
	os.Mkdir(dir, 0o755)
	app := filepath.Join(dir, "app.log")
	copyFixture(t, "text.log", app, 0o644)
	before, _ := os.ReadFile(app)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(binPath, "-i", app)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if os.Geteuid() == 0 {
		// Root writes to read-only directories: run as nobody.
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	err = cmd.Run()
	ee, ok := err.(*exec.ExitError)
	if err != nil && !ok {
		t.Skipf("cannot run as an unprivileged user here: %v", err)
	}
	if !ok || ee.ExitCode() != exitError {
		t.Fatalf("got %v, want exit %d; stderr %q", err, exitError, stderr.String())
	}
	if !strings.Contains(stderr.String(), "cannot write beside the file") {
		t.Errorf("stderr %q does not name the problem", stderr.String())
	}
	after, _ := os.ReadFile(app)
	if !bytes.Equal(before, after) {
		t.Errorf("the original changed")
	}
	assertNoTemporaries(t, dir)
}

func TestInPlaceUsage(t *testing.T) {
	for _, args := range [][]string{
		{"-i"},
		{"-i", "-"},
		{"-i", "-o", "out.log", "testdata/text.log"},
		{"-i", "testdata"},
	} {
		if got := inProcess(strings.NewReader(""), args...); got.code != exitError {
			t.Errorf("logredact %q: exit %d, want %d", args, got.code, exitError)
		}
	}
}

func assertNoTemporaries(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".logredact-") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}
