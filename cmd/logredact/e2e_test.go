package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/logredact/logredact/internal/workload"
)

// committedInputs hold nothing token-shaped, so they live in testdata as
// they are; the adapters' JSON lines are written at test time.
var committedInputs = []string{"text.log", "logfmt.log", "crlf.log", "invalid-utf8.log", "journal.json", "kubectl-timestamps.log"}

func TestFilterAndScanGolden(t *testing.T) {
	for _, name := range committedInputs {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name)
			filtered := runBin(t, path)
			if filtered.code != exitClean {
				t.Fatalf("filter exit %d, stderr %q", filtered.code, filtered.stderr)
			}
			checkGolden(t, name+".out", []byte(filtered.stdout))
			scanned := runBin(t, "scan", path)
			if scanned.code != exitFindings {
				t.Errorf("scan exit %d, want %d; stderr %q", scanned.code, exitFindings, scanned.stderr)
			}
			checkGolden(t, name+".scan", []byte(scanned.stdout))
			// The filter's output is what scan must find clean.
			rescan := invocation{stdin: strings.NewReader(filtered.stdout), args: []string{"scan"}}.run(t)
			if rescan.code != exitClean {
				t.Errorf("scan of the filtered output exit %d, want 0:\n%s", rescan.code, rescan.stdout)
			}
		})
	}
	dir := t.TempDir()
	for name, data := range adapterFixtures() {
		t.Run(name, func(t *testing.T) {
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
			filtered := invocation{dir: dir, args: []string{name}}.run(t)
			if filtered.code != exitClean {
				t.Fatalf("filter exit %d, stderr %q", filtered.code, filtered.stderr)
			}
			checkGolden(t, name+".out", []byte(filtered.stdout))
			for _, s := range workload.Secrets {
				if strings.Contains(filtered.stdout, s) {
					t.Errorf("filtered output still holds %q", s)
				}
			}
			for _, s := range workload.Intact {
				if !strings.Contains(filtered.stdout, s) {
					t.Errorf("filtered output lost %q", s)
				}
			}
			scanned := invocation{dir: dir, args: []string{"scan", name}}.run(t)
			if scanned.code != exitFindings {
				t.Errorf("scan exit %d, want %d; stderr %q", scanned.code, exitFindings, scanned.stderr)
			}
			checkGolden(t, name+".scan", []byte(scanned.stdout))
		})
	}
}

func TestCleanLinesByteForByte(t *testing.T) {
	// Clean lines in every format, with CRLF, invalid UTF-8, odd spacing
	// and JSON escapes that encoding/json would write differently.
	in := "plain line\r\n" +
		"caf\xe9 \xff\xfe\n" +
		`{"b":1,  "a":"x\u0041\/y", "n":[1.50,2e3]}` + "\r\n" +
		"level=info   msg=\"two  spaces\" k=v\n" +
		"   \n" +
		"\n" +
		"no newline at the end"
	got := invocation{stdin: strings.NewReader(in)}.run(t)
	if got.code != exitClean {
		t.Fatalf("exit %d, stderr %q", got.code, got.stderr)
	}
	if diff := cmp.Diff(in, got.stdout); diff != "" {
		t.Errorf("clean input mismatch (-want +got):\n%s", diff)
	}
}

func TestGzipInput(t *testing.T) {
	plain, err := os.ReadFile(filepath.Join("testdata", "text.log"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "golden", "text.log.out"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(plain)
	zw.Close()
	// By extension, by magic bytes alone, and on standard input.
	for _, name := range []string{"text.log.gz", "text.data"} {
		if err := os.WriteFile(filepath.Join(dir, name), z.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		got := invocation{dir: dir, args: []string{name}}.run(t)
		if diff := cmp.Diff(string(want), got.stdout); diff != "" || got.code != exitClean {
			t.Errorf("%s: exit %d, output mismatch (-want +got):\n%s", name, got.code, diff)
		}
	}
	got := invocation{stdin: bytes.NewReader(z.Bytes())}.run(t)
	if diff := cmp.Diff(string(want), got.stdout); diff != "" {
		t.Errorf("gzip on standard input mismatch (-want +got):\n%s", diff)
	}
	scan := invocation{dir: dir, args: []string{"scan", "text.log.gz"}}.run(t)
	wantScan := runBin(t, "scan", filepath.Join("testdata", "text.log"))
	if diff := cmp.Diff(strings.ReplaceAll(wantScan.stdout, "testdata/text.log", "text.log.gz"), scan.stdout); diff != "" {
		t.Errorf("scan of gzip mismatch (-want +got):\n%s", diff)
	}
	// A corrupt stream is an error, not silently short output.
	if err := os.WriteFile(filepath.Join(dir, "bad.gz"), z.Bytes()[:z.Len()/2], 0o644); err != nil {
		t.Fatal(err)
	}
	if got := (invocation{dir: dir, args: []string{"bad.gz"}}).run(t); got.code != exitError {
		t.Errorf("truncated gzip: exit %d, want %d", got.code, exitError)
	}
}

func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.log")
	in := filepath.Join("testdata", "text.log")
	if got := runBin(t, "-o", out, in); got.code != exitClean || got.stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", got.code, got.stdout, got.stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "text.log.out", data)
	if got := runBin(t, "-o", in, in); got.code != exitError || !strings.Contains(got.stderr, "also an input") {
		t.Errorf("-o onto an input: exit %d, stderr %q", got.code, got.stderr)
	}
}
