package main

import (
	"bufio"
	"bytes"
	"flag"
	"io"
	"os"
	"slices"
)

const filterUsage = `usage: logredact [flags] [FILE...]

Redacts secrets and personal data line by line: a JSON object value by
value, a logfmt line pair by pair, anything else as text. Reads the FILEs,
or standard input when there are none (or for -); gzip input is read
transparently. Writes to standard output, to -o FILE, or back to each FILE
with -i. A line with nothing found is written byte for byte.

Flags:
`

// filterMode writes redacted chunks in order.
type filterMode struct {
	w io.Writer
	// changed records whether any chunk differed from its input.
	changed bool
}

func (m *filterMode) work(p *lineProc, j *job) {
	j.out, j.changed = p.redactChunk(j.out[:0], j.in)
}

func (m *filterMode) window(l *longLine, j *job) bool {
	var n int
	var final bool
	j.out, n, final = l.window(j.out[:0], nil)
	// In report-only mode a window's findings are written as they are:
	// the line is not changed, and -i leaves its file alone.
	j.changed, j.masked = true, n > 0 && !l.p.e.ReportOnly()
	return final
}

func (m *filterMode) sink(j *job) error {
	out := j.in
	if j.changed {
		out = j.out
		if j.in != nil || j.masked {
			m.changed = true
		}
	}
	if _, err := m.w.Write(out); err != nil {
		return writeError{err}
	}
	return nil
}

// redactChunk appends in, a run of whole lines, redacted, to dst. When no
// line changed it returns dst as given and false, and in is written as is.
func (p *lineProc) redactChunk(dst, in []byte) ([]byte, bool) {
	n0, copied := len(dst), 0
	for start := 0; start < len(in); {
		end := len(in)
		if i := bytes.IndexByte(in[start:], '\n'); i >= 0 {
			end = start + i + 1
		}
		var changed bool
		p.line, changed = p.redactLine(p.line[:0], in[start:end])
		if changed {
			if copied == 0 {
				// Most chunks hold a finding somewhere: size the
				// output once rather than doubling it up to size.
				dst = slices.Grow(dst, len(in)+len(in)/16)
			}
			dst = append(dst, in[copied:start]...)
			dst = append(dst, p.line...)
			copied = end
		}
		start = end
	}
	if copied == 0 {
		return dst[:n0], false
	}
	return append(dst, in[copied:]...), true
}

// filterArgs are the filter's flags.
type filterArgs struct {
	ef      engineFlags
	pf      procFlags
	outPath string
	inPlace bool
	version bool
}

// filterFlagSet declares the filter's flags.
func filterFlagSet() (*flag.FlagSet, *filterArgs) {
	fs := flag.NewFlagSet("logredact", flag.ContinueOnError)
	a := &filterArgs{}
	a.ef.register(fs)
	a.pf.register(fs)
	fs.StringVar(&a.outPath, "o", "", "write to `file` instead of standard output")
	fs.BoolVar(&a.inPlace, "i", false, "rewrite each FILE in place: a temporary file beside it, synced, then renamed over it; a FILE that grows or is replaced meanwhile is left untouched")
	fs.BoolVar(&a.version, "version", false, "print the module version and VCS revision, and exit")
	return fs, a
}

func runFilter(args []string, env *cmdEnv) int {
	fs, a := filterFlagSet()
	if code, ok := parseFlags(fs, filterUsage, args, env); !ok {
		return code
	}
	if a.version {
		return runVersion(nil, env)
	}
	ef, pf, outPath, inPlace := &a.ef, &a.pf, &a.outPath, &a.inPlace
	files := fs.Args()
	if err := pf.check(); err != nil {
		env.errorf("%v", err)
		return exitError
	}
	if *inPlace {
		if *outPath != "" {
			env.errorf("-i and -o cannot be used together")
			return exitError
		}
		if len(files) == 0 {
			env.errorf("-i needs at least one FILE: standard input cannot be rewritten in place")
			return exitError
		}
		for _, f := range files {
			if f == "-" {
				env.errorf("-i cannot rewrite standard input in place")
				return exitError
			}
		}
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	r, err := newRunner(ef, pf, env, files)
	if err != nil {
		env.errorf("%v", err)
		return exitError
	}
	if *outPath != "" {
		for _, f := range files {
			if f != "-" && sameFile(f, *outPath) {
				env.errorf("-o %s is also an input: use -i to rewrite a file in place", *outPath)
				return exitError
			}
		}
	}
	r.warnReportOnly()
	r.progress.begin()
	defer r.progress.end()

	if *inPlace {
		defer r.catchSignals()()
		code := exitClean
		for _, f := range files {
			if err := r.redactInPlace(f); err != nil {
				env.errorf("%s: %v", f, err)
				code = exitError
			}
		}
		return code
	}

	var out io.Writer = env.stdout
	var outFile *os.File
	if *outPath != "" {
		outFile, err = os.Create(*outPath)
		if err != nil {
			env.errorf("%v", err)
			return exitError
		}
		out = outFile
	}
	bw := bufio.NewWriterSize(out, readSize)
	code := exitClean
	for _, name := range files {
		if err := r.filterOne(name, bw); err != nil {
			env.errorf("%s: %v", name, err)
			code = exitError
			if isWriteError(err) {
				break
			}
		}
	}
	if err := bw.Flush(); err != nil {
		env.errorf("write: %v", err)
		code = exitError
	}
	if outFile != nil {
		if err := outFile.Close(); err != nil {
			env.errorf("%v", err)
			code = exitError
		}
	}
	return code
}

// filterOne redacts one input to w.
func (r *runner) filterOne(name string, w io.Writer) error {
	in, err := openInput(name, r.env.stdin, &r.progress.read)
	if err != nil {
		return err
	}
	defer in.close()
	m := &filterMode{w: w}
	return r.pipeline(m).run(in.r)
}
