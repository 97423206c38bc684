package main

import (
	"bufio"
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/logredact/logredact/patterns"
)

const scanUsage = `usage: logredact scan [flags] [FILE...]

Reports what the filter would redact, without ever printing a found value:
file, line, column, detector, category and key, as text (default), JSON
lines or SARIF 2.1.0, followed by a count per detector. Exits 1 when
anything is found, 0 when nothing is, 2 on an error.

With the key in $` + defaultFingerprintKeyEnv + ` (or the variable the config's
fingerprint_key_env names), each finding carries a fingerprint: a keyed
HMAC of its value. -baseline FILE then ignores the findings whose
fingerprints FILE lists; FILE is an earlier "scan -format json" or
"-format sarif" output, or one fingerprint per line.

Flags:
`

// hit is one finding as a worker records it: its line is counted from the
// start of its chunk, and the value is already reduced to a fingerprint.
type hit struct {
	line, col, endCol int
	id                string
	cat               patterns.Category
	key               string
	fp                string
}

// finding is one reported finding. It holds no part of the value.
type finding struct {
	File        string `json:"file"`
	Line        int    `json:"line"`
	Column      int    `json:"column"`
	EndColumn   int    `json:"end_column"`
	Detector    string `json:"detector"`
	Category    string `json:"category"`
	Key         string `json:"key,omitempty"`
	Fingerprint string `json:"fingerprint,omitempty"`
}

// scanSummary counts what a scan found.
type scanSummary struct {
	Total      int            `json:"total"`
	Files      int            `json:"files"`
	Scanned    int            `json:"scanned"`
	Baseline   int            `json:"baseline_ignored,omitempty"`
	ByDetector map[string]int `json:"by_detector"`
}

// reporter writes findings in one output format.
type reporter interface {
	finding(f *finding) error
	finish(s *scanSummary) error
}

// scanMode reports the findings of one input.
type scanMode struct {
	name     string
	fpKey    []byte
	baseline baseline
	rep      reporter
	sum      *scanSummary
	lineBase int
	found    bool
}

func (m *scanMode) work(p *lineProc, j *job) {
	in := j.in
	line := 0
	for start := 0; start < len(in); line++ {
		end := len(in)
		if i := bytes.IndexByte(in[start:], '\n'); i >= 0 {
			end = start + i + 1
		}
		text := in[start:end]
		off, runes := 0, 0
		p.scanLine(text, func(f patterns.Finding) {
			if f.Start < off {
				off, runes = 0, 0
			}
			runes += utf8.RuneCount(text[off:f.Start])
			width := utf8.RuneCount(text[f.Start:f.End])
			j.hits = append(j.hits, m.newHit(p.e, line, runes+1, runes+width+1, f, text[f.Start:f.End]))
			off, runes = f.End, runes+width
		})
		start = end
	}
	j.lines = bytes.Count(in, []byte{'\n'})
	j.found = len(j.hits)
}

func (m *scanMode) window(l *longLine, j *job) bool {
	_, _, final := l.window(nil, func(f patterns.Finding, col, endCol int, value []byte) {
		j.hits = append(j.hits, m.newHit(l.p.e, 0, col, endCol, f, value))
	})
	j.found = len(j.hits)
	return final
}

func (m *scanMode) newHit(e *patterns.Engine, line, col, endCol int, f patterns.Finding, value []byte) hit {
	h := hit{line: line, col: col, endCol: endCol, id: f.DetectorID, cat: f.Category, key: reportKey(e, f.Key)}
	if m.fpKey != nil {
		h.fp = fingerprint(m.fpKey, f.DetectorID, value)
	}
	return h
}

func (m *scanMode) sink(j *job) error {
	for i := range j.hits {
		h := &j.hits[i]
		if h.fp != "" && m.baseline[h.fp] {
			m.sum.Baseline++
			continue
		}
		m.found = true
		m.sum.Total++
		m.sum.ByDetector[h.id]++
		f := finding{
			File: m.name, Line: m.lineBase + h.line + 1, Column: h.col, EndColumn: h.endCol,
			Detector: h.id, Category: h.cat.String(), Key: h.key, Fingerprint: h.fp,
		}
		if err := m.rep.finding(&f); err != nil {
			return writeError{err}
		}
	}
	m.lineBase += j.lines
	return nil
}

// reportKey is a key path as a report may show it. Map keys are data: a
// key path can hold an email, a card number or a token
// ("users.alice@example.com"), and a report must never hold a finding in
// clear, so every finding in the path is replaced by its detector's
// label. The path is scanned whole, where an email spans its dots, and
// component by component, where a number after a '.' is not taken for a
// decimal's tail.
func reportKey(e *patterns.Engine, key string) string {
	if key == "" {
		return ""
	}
	fs := e.Find(key)
	for start := 0; start < len(key); {
		end := strings.IndexByte(key[start:], '.')
		if end < 0 {
			end = len(key)
		} else {
			end += start
		}
		if end > start {
			for _, f := range e.Find(key[start:end]) {
				f.Start += start
				f.End += start
				fs = append(fs, f)
			}
		}
		start = end + 1
	}
	if len(fs) == 0 {
		return strings.Clone(key)
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
	var b strings.Builder
	prev := 0
	for i := 0; i < len(fs); {
		f := fs[i]
		end := f.End
		for i++; i < len(fs) && fs[i].Start < end; i++ {
			end = max(end, fs[i].End)
		}
		b.WriteString(key[prev:f.Start])
		b.WriteString("[REDACTED:" + f.DetectorID + "]")
		prev = end
	}
	b.WriteString(key[prev:])
	return b.String()
}

// fingerprint identifies a value without revealing it: a keyed HMAC, so
// that nobody without the key can test guesses of a low-entropy value
// such as an SSN against it.
func fingerprint(key []byte, id string, value []byte) string {
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(id))
	mac.Write([]byte{0})
	mac.Write(value)
	return hex.EncodeToString(mac.Sum(nil)[:16])
}

func runScan(args []string, env *cmdEnv) int {
	fs := flag.NewFlagSet("logredact scan", flag.ContinueOnError)
	var ef engineFlags
	var pf procFlags
	ef.register(fs)
	pf.register(fs)
	format := fs.String("format", "text", "output `format`: text, json or sarif")
	baselinePath := fs.String("baseline", "", "ignore findings whose fingerprints this `file` lists")
	if code, ok := parseFlags(fs, scanUsage, args, env); !ok {
		return code
	}
	if err := pf.check(); err != nil {
		env.errorf("scan: %v", err)
		return exitError
	}
	switch *format {
	case "text", "json", "sarif":
	default:
		env.errorf("scan: unknown -format %q: want text, json or sarif", *format)
		return exitError
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	r, err := newRunner(&ef, &pf, env, files)
	if err != nil {
		env.errorf("scan: %v", err)
		return exitError
	}
	keyEnv, fpKey := r.settings.fingerprintKey(env.lookup)
	var base baseline
	if *baselinePath != "" {
		if fpKey == nil {
			env.errorf("scan: -baseline compares fingerprints, which need a key in environment variable %s", keyEnv)
			return exitError
		}
		if base, err = loadBaseline(*baselinePath); err != nil {
			env.errorf("scan: %v", err)
			return exitError
		}
	}

	bw := bufio.NewWriterSize(env.stdout, readSize)
	var rep reporter
	switch *format {
	case "text":
		rep = &textReporter{w: bw}
	case "json":
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		rep = &jsonReporter{enc: enc}
	case "sarif":
		rep = newSARIFReporter(bw, env.stderr, r.engine.Detectors())
	}
	sum := &scanSummary{ByDetector: map[string]int{}}
	r.progress.begin()
	code := exitClean
	for _, name := range files {
		m := &scanMode{name: name, fpKey: fpKey, baseline: base, rep: rep, sum: sum}
		err := r.scanOne(m)
		sum.Scanned++
		if m.found {
			sum.Files++
		}
		if err != nil {
			env.errorf("scan: %s: %v", name, err)
			code = exitError
			if isWriteError(err) {
				break
			}
		}
	}
	r.progress.end()
	if err := rep.finish(sum); err != nil {
		env.errorf("scan: write: %v", err)
		code = exitError
	}
	if err := bw.Flush(); err != nil {
		env.errorf("scan: write: %v", err)
		code = exitError
	}
	if code == exitClean && sum.Total > 0 {
		code = exitFindings
	}
	return code
}

func (r *runner) scanOne(m *scanMode) error {
	in, err := openInput(m.name, r.env.stdin, &r.progress.read)
	if err != nil {
		return err
	}
	defer in.close()
	return r.pipeline(m).run(in.r)
}

// textReporter writes one "file:line:column: detector (category)" line per
// finding, the form editors and CI logs link to, then the counts.
type textReporter struct {
	w io.Writer
}

// finding implements reporter.
func (t *textReporter) finding(f *finding) error {
	var key string
	if f.Key != "" {
		key = " key=" + f.Key
	}
	_, err := fmt.Fprintf(t.w, "%s:%d:%d: %s (%s)%s\n", f.File, f.Line, f.Column, f.Detector, f.Category, key)
	return err
}

func (t *textReporter) finish(s *scanSummary) error {
	_, err := io.WriteString(t.w, summaryText(s))
	return err
}

// summaryText is the human form of a summary: a count per detector, the
// most frequent first.
func summaryText(s *scanSummary) string {
	var b strings.Builder
	if s.Total == 0 {
		fmt.Fprintf(&b, "no findings in %d %s", s.Scanned, plural(s.Scanned, "input"))
	} else {
		fmt.Fprintf(&b, "%d %s in %d of %d %s", s.Total, plural(s.Total, "finding"), s.Files, s.Scanned, plural(s.Scanned, "input"))
	}
	if s.Baseline > 0 {
		fmt.Fprintf(&b, " (%d more ignored by the baseline)", s.Baseline)
	}
	b.WriteString("\n")
	ids := make([]string, 0, len(s.ByDetector))
	for id := range s.ByDetector {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, c := s.ByDetector[ids[i]], s.ByDetector[ids[j]]
		return a > c || a == c && ids[i] < ids[j]
	})
	for _, id := range ids {
		fmt.Fprintf(&b, "%8d  %s\n", s.ByDetector[id], id)
	}
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// jsonReporter writes one JSON object per finding, then one holding the
// summary.
type jsonReporter struct {
	enc *json.Encoder
}

func (j *jsonReporter) finding(f *finding) error { return j.enc.Encode(f) }

func (j *jsonReporter) finish(s *scanSummary) error {
	return j.enc.Encode(struct {
		Summary *scanSummary `json:"summary"`
	}{s})
}
