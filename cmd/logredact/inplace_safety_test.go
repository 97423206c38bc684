package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// busyLog writes a log of n lines, each with a finding, big enough that
// rewriting it takes a while.
func busyLog(t *testing.T, path string, n int) []byte {
	t.Helper()
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, "2026-11-30T09:39:28Z INFO request %d from user%d@example.com completed in 12ms path=/api/v1/orders/%d\n", i, i, i)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// waitForTemporary polls dir until -i has created its temporary file, so
// that what the test does next happens while the file is being read.
func waitForTemporary(t *testing.T, dir string, done <-chan struct{}) bool {
	t.Helper()
	for {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.Contains(e.Name(), ".logredact-") {
				return true
			}
		}
		select {
		case <-done:
			return false
		case <-time.After(200 * time.Microsecond):
		}
	}
}

// TestInPlaceRefusesAGrowingFile runs -i while a service appends to the
// file through a descriptor it keeps open, as loggers do: the command
// must refuse to replace the file, exit 2, and lose none of the lines.
func TestInPlaceRefusesAGrowingFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "app.log")
	orig := busyLog(t, path, 60000)
	w, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()

	done := make(chan struct{})
	var appended []string
	var wg sync.WaitGroup
	wg.Go(func() {
		if !waitForTemporary(t, dir, done) {
			return
		}
		for i := 0; ; i++ {
			line := fmt.Sprintf("appended line %d while the file was being redacted\n", i)
			if _, err := w.WriteString(line); err != nil {
				t.Errorf("append: %v", err)
				return
			}
			appended = append(appended, line)
			select {
			case <-done:
				return
			case <-time.After(100 * time.Microsecond):
			}
		}
	})
	got := inProcess(nil, "-i", "-j", "1", path)
	close(done)
	wg.Wait()
	if len(appended) == 0 {
		t.Fatalf("the command (exit %d) ended before a line could be appended: make the file bigger", got.code)
	}
	if got.code != exitError || !strings.Contains(got.stderr, path+": left untouched: it grew from ") {
		t.Errorf("exit %d, stderr %q; want exit 2 and the file left untouched", got.code, got.stderr)
	}
	data, _ := os.ReadFile(path)
	if want := string(orig) + strings.Join(appended, ""); string(data) != want {
		t.Errorf("the file lost lines or changed: %d bytes, want %d", len(data), len(want))
	}
	assertNoTemporaries(t, dir)
}

// TestInPlaceRefusesAReplacedFile renames a new file over the path while
// -i reads the old one: the new file must stay as it is.
func TestInPlaceRefusesAReplacedFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "app.log")
	busyLog(t, path, 60000)
	fresh := []byte("a new log, rotated in: alice@example.com\n")
	done := make(chan struct{})
	var replaced bool
	var wg sync.WaitGroup
	wg.Go(func() {
		if waitForTemporary(t, dir, done) {
			next := filepath.Join(dir, "next.log")
			os.WriteFile(next, fresh, 0o644)
			replaced = os.Rename(next, path) == nil
		}
	})
	got := inProcess(nil, "-i", "-j", "1", path)
	close(done)
	wg.Wait()
	if !replaced {
		t.Fatalf("the command (exit %d) ended before the file could be replaced", got.code)
	}
	if got.code != exitError || !strings.Contains(got.stderr, path+": left untouched: it was replaced while it was being redacted") {
		t.Errorf("exit %d, stderr %q; want exit 2 and the file left untouched", got.code, got.stderr)
	}
	if data, _ := os.ReadFile(path); !bytes.Equal(data, fresh) {
		t.Errorf("the new file was changed: %q", data)
	}
	assertNoTemporaries(t, dir)
}

// TestInPlaceSignal sends SIGTERM and SIGINT to the built command while it
// rewrites a file: it must remove its temporary file, leave the file as
// it was and exit non-zero.
func TestInPlaceSignal(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "app.log")
			orig := busyLog(t, path, 150000)
			cmd := exec.Command(binPath, "-i", "-j", "1", path)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			done := make(chan struct{})
			go func() { exited <- cmd.Wait(); close(done) }()
			if !waitForTemporary(t, dir, done) {
				t.Fatalf("the command ended before it could be signalled: %v", <-exited)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err := <-exited
			ee, ok := err.(*exec.ExitError)
			if !ok || ee.ExitCode() != exitError {
				t.Errorf("after %v: %v, want exit %d; stderr %q", sig, err, exitError, stderr.String())
			}
			if !strings.Contains(stderr.String(), "logredact: interrupted by ") || !strings.Contains(stderr.String(), "removed "+dir) {
				t.Errorf("stderr %q does not say what was removed", stderr.String())
			}
			if data, _ := os.ReadFile(path); !bytes.Equal(data, orig) {
				t.Errorf("the file changed")
			}
			assertNoTemporaries(t, dir)
		})
	}
}
