package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/logredact/logredact/patterns"
)

// FuzzRedactLine checks the line rewriter on any input: it never panics,
// nothing it finds survives in its output, and input with nothing found
// comes out byte for byte. -max-line is at its minimum so that long
// inputs take the windowed path too.
func FuzzRedactLine(f *testing.F) {
	for _, name := range committedInputs {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		for _, line := range bytes.SplitAfter(data, []byte("\n")) {
			f.Add(line)
		}
	}
	for _, data := range adapterFixtures() {
		for _, line := range bytes.SplitAfter(data, []byte("\n")) {
			f.Add(line)
		}
	}
	f.Add([]byte(`{"a":{"password":["x",{"b":1}]},"s":"\ud83d\ude00 bob\u0040example.org"}`))
	f.Add([]byte(`k="a\"b" password= card=4111 1111 1111 1111 x="unterminated`))
	f.Add(bytes.Repeat([]byte("alice@example.com "), 200))
	// Masking a card lets the email's digits join the next run: the
	// windowed path must settle its output as the engine does.
	f.Add(bytes.Repeat([]byte("4111111111111111 0@0.ab "), 100))
	e := patterns.Default()
	f.Fuzz(func(t *testing.T, in []byte) {
		p := &lineProc{e: e, maxLine: minMaxLine}
		found := countFindings(p, in)
		out, changed := p.redactChunk(nil, in)
		if !changed {
			out = in
		}
		if found == 0 && changed {
			t.Fatalf("nothing found, yet changed:\n in: %q\nout: %q", in, out)
		}
		if found > 0 && !changed {
			t.Fatalf("%d findings, yet unchanged: %q", found, in)
		}
		if n := countFindings(p, out); n > 0 {
			t.Fatalf("%d findings survive:\n in: %q\nout: %q", n, in, out)
		}
	})
}

// countFindings scans a chunk line by line, as scan does.
func countFindings(p *lineProc, in []byte) int {
	n := 0
	for _, line := range bytes.SplitAfter(in, []byte("\n")) {
		if len(line) > 0 {
			p.scanLine(line, func(patterns.Finding) { n++ })
		}
	}
	return n
}
