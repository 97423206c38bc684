package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/logredact/logredact/patterns"
)

// SARIF 2.1.0 output, for code-scanning uploads. Every detector is a rule;
// every finding a result whose message names the detector and key but
// never the value. Columns count Unicode code points (run.columnKind).

const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	toolURI      = "https://github.com/logredact/logredact"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool      `json:"tool"`
	ColumnKind string         `json:"columnKind"`
	Results    []sarifResult  `json:"results"`
	Properties map[string]any `json:"properties,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	ShortDescription     sarifText         `json:"shortDescription"`
	DefaultConfiguration sarifRuleConfig   `json:"defaultConfiguration"`
	Properties           sarifRuleProperty `json:"properties"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProperty struct {
	Tags []string `json:"tags"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndColumn   int `json:"endColumn"`
}

// sarifReporter gathers results and writes the log when the scan ends.
type sarifReporter struct {
	w, summary io.Writer
	run        sarifRun
	index      map[string]int
	levels     map[string]string
}

func newSARIFReporter(w, summary io.Writer, dets []patterns.Detector) *sarifReporter {
	s := &sarifReporter{
		w: w, summary: summary,
		index:  make(map[string]int, len(dets)),
		levels: make(map[string]string, len(dets)),
		run: sarifRun{
			Tool:       sarifTool{Driver: sarifDriver{Name: "logredact", InformationURI: toolURI}},
			ColumnKind: "unicodeCodePoints",
			Results:    []sarifResult{},
		},
	}
	for _, d := range dets {
		level := "error"
		if d.Category == patterns.PII {
			level = "warning"
		}
		s.index[d.ID] = len(s.run.Tool.Driver.Rules)
		s.levels[d.ID] = level
		s.run.Tool.Driver.Rules = append(s.run.Tool.Driver.Rules, sarifRule{
			ID:                   d.ID,
			ShortDescription:     sarifText{Text: d.Description},
			DefaultConfiguration: sarifRuleConfig{Level: level},
			Properties:           sarifRuleProperty{Tags: []string{"security", d.Category.String()}},
		})
	}
	return s
}

func (s *sarifReporter) finding(f *finding) error {
	msg := fmt.Sprintf("%s (%s) found", f.Detector, f.Category)
	if f.Key != "" {
		msg += " under key " + f.Key
	}
	msg += "; the value is not shown."
	res := sarifResult{
		RuleID:    f.Detector,
		RuleIndex: s.index[f.Detector],
		Level:     s.levels[f.Detector],
		Message:   sarifText{Text: msg},
		Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
			ArtifactLocation: artifactFor(f.File),
			Region:           sarifRegion{StartLine: f.Line, StartColumn: f.Column, EndColumn: f.EndColumn},
		}}},
	}
	if f.Fingerprint != "" {
		res.PartialFingerprints = map[string]string{sarifFingerprintKey: f.Fingerprint}
	}
	s.run.Results = append(s.run.Results, res)
	return nil
}

func (s *sarifReporter) finish(sum *scanSummary) error {
	s.run.Properties = map[string]any{"summary": sum}
	enc := json.NewEncoder(s.w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{s.run}}); err != nil {
		return err
	}
	_, err := io.WriteString(s.summary, summaryText(sum))
	return err
}

// artifactFor turns an input name into a SARIF artifact location: a
// relative path stays relative to the scanned root, an absolute one
// becomes a file URI.
func artifactFor(name string) sarifArtifact {
	if name == "-" {
		return sarifArtifact{URI: "stdin"}
	}
	slash := filepath.ToSlash(name)
	if filepath.IsAbs(name) {
		return sarifArtifact{URI: (&url.URL{Scheme: "file", Path: slash}).String()}
	}
	slash = strings.TrimPrefix(slash, "./")
	return sarifArtifact{URI: (&url.URL{Path: slash}).String(), URIBaseID: "%SRCROOT%"}
}
