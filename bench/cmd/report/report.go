package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/logredact/logredact/bench"
	"github.com/logredact/logredact/patterns"
)

// Files written into the -out directory, and beside README.md with
// -readme.
const (
	mdFile    = "results.md"
	pngFile   = "results.png"
	svgFile   = "results.svg"
	readmeMD  = "README.md"
	markBegin = "<!-- report:begin -->"
	markEnd   = "<!-- report:end -->"
)

func run(cfg *config) error {
	start := time.Now()
	load := loadAverage()
	if cfg.readme {
		// Fail before minutes of benchmarks, not after.
		if _, err := replaceSection(readmeMD, ""); err != nil {
			return err
		}
	}
	fmt.Fprintf(os.Stderr, "generating a %d-byte corpus\n", cfg.corpusSize)
	corpus := bench.NewCorpus(cfg.corpusSize)
	tmp, err := os.MkdirTemp("", "logredact-report-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	gs, err := groups(cfg, corpus, tmp)
	if err != nil {
		return err
	}
	var work *bench.EngineWork
	if cfg.sections[secEngine] {
		// Counted before the timed runs: it takes one pass, and the
		// counts do not depend on the machine.
		w := bench.MeasureWork(patterns.Default(), corpus)
		work = &w
	}
	if err := runAll(gs); err != nil {
		return err
	}
	ts := append([]table{targetTable(gs)}, tables(gs, work)...)
	env := environment(cfg, load, len(corpus.Text), corpus.Lines, len(corpus.Plants), time.Since(start))

	if err := writeText(os.Stdout, env, ts); err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		return err
	}
	if err := writeCharts(gs, filepath.Join(cfg.out, pngFile), filepath.Join(cfg.out, svgFile)); err != nil {
		return fmt.Errorf("chart: %v", err)
	}
	if err := os.WriteFile(filepath.Join(cfg.out, mdFile), []byte(markdown(env, ts, svgFile)), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s, %s and %s in %s\n", mdFile, pngFile, svgFile, cfg.out)
	if !cfg.readme {
		return nil
	}
	if err := writeCharts(gs, pngFile, ""); err != nil {
		return fmt.Errorf("chart: %v", err)
	}
	if _, err := replaceSection(readmeMD, markdown(env, ts, pngFile)); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "updated %s and %s\n", readmeMD, pngFile)
	return nil
}

// replaceSection replaces the text between the report markers in the file
// at path with body, and returns the new contents. An empty body only
// checks that the markers are there.
func replaceSection(path, body string) ([]byte, error) {
	old, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	updated, err := splice(old, body)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if body == "" {
		return updated, nil
	}
	return updated, os.WriteFile(path, updated, 0o644)
}

// splice returns doc with the text between markBegin and markEnd replaced
// by body.
func splice(doc []byte, body string) ([]byte, error) {
	i := bytes.Index(doc, []byte(markBegin))
	j := bytes.Index(doc, []byte(markEnd))
	if i < 0 || j < i {
		return nil, fmt.Errorf("no %s ... %s section", markBegin, markEnd)
	}
	var b bytes.Buffer
	b.Write(doc[:i+len(markBegin)])
	b.WriteString("\n" + body + "\n")
	b.Write(doc[j:])
	return b.Bytes(), nil
}
