package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"sync/atomic"
)

// input is one opened source: a file or standard input, decompressed when
// it is gzip.
type input struct {
	// name is how reports name the input: its path, or "-".
	name string
	// r yields the decompressed bytes.
	r  io.Reader
	gz bool
	// file is nil for standard input.
	file *os.File
	// size is the size on disk, or -1 when unknown.
	size int64
}

func (in *input) close() error {
	if in.file != nil {
		return in.file.Close()
	}
	return nil
}

// gzipMagic starts every gzip stream, whatever the file is called.
var gzipMagic = []byte{0x1f, 0x8b}

// openInput opens name ("-" is standard input). Bytes read from the
// underlying file are added to counted, for progress.
func openInput(name string, stdin io.Reader, counted *atomic.Int64) (*input, error) {
	in := &input{name: name, size: -1}
	var raw io.Reader
	if name == "-" {
		raw = stdin
		if f, ok := stdin.(*os.File); ok {
			if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
				in.size = fi.Size()
			}
		}
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		fi, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, err
		}
		if fi.IsDir() {
			f.Close()
			return nil, fmt.Errorf("%s is a directory", name)
		}
		if fi.Mode().IsRegular() {
			in.size = fi.Size()
		}
		in.file, raw = f, f
	}
	if counted != nil {
		raw = &countingReader{r: raw, n: counted}
	}
	br := bufio.NewReaderSize(raw, readSize)
	in.r = br
	if magic, err := br.Peek(len(gzipMagic)); err == nil && string(magic) == string(gzipMagic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			in.close()
			return nil, fmt.Errorf("gzip: %w", err)
		}
		in.r, in.gz = zr, true
	}
	return in, nil
}

// countingReader adds the bytes it reads to n.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

// Read implements io.Reader.
func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// inputSizes returns the total size of the named inputs, or -1 when any
// size is unknown (a pipe, a terminal).
func inputSizes(names []string, stdin io.Reader) int64 {
	var total int64
	for _, name := range names {
		var fi os.FileInfo
		var err error
		if name == "-" {
			f, ok := stdin.(*os.File)
			if !ok {
				return -1
			}
			fi, err = f.Stat()
		} else {
			fi, err = os.Stat(name)
		}
		if err != nil || !fi.Mode().IsRegular() {
			return -1
		}
		total += fi.Size()
	}
	return total
}
