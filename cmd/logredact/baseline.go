package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

// baseline is the set of fingerprints of findings accepted earlier.
type baseline map[string]bool

// sarifFingerprintKey names the fingerprint among a SARIF result's
// partialFingerprints.
const sarifFingerprintKey = "logredactValue/v1"

// loadBaseline reads fingerprints from an earlier scan's output: SARIF,
// JSON lines (findings and the summary), or plain text with one
// fingerprint per line and '#' comments.
func loadBaseline(path string) (baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	b := baseline{}
	var doc struct {
		Runs []struct {
			Results []struct {
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '{' && json.Unmarshal(trimmed, &doc) == nil && doc.Runs != nil {
		for _, run := range doc.Runs {
			for _, res := range run.Results {
				if fp := res.PartialFingerprints[sarifFingerprintKey]; fp != "" {
					b[fp] = true
				}
			}
		}
		return b, nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		switch {
		case len(line) == 0 || line[0] == '#':
		case line[0] == '{':
			var f struct {
				Fingerprint string          `json:"fingerprint"`
				Summary     json.RawMessage `json:"summary"`
			}
			if err := json.Unmarshal(line, &f); err != nil {
				return nil, fmt.Errorf("baseline %s:%d: %w", path, n, err)
			}
			if f.Fingerprint != "" {
				b[f.Fingerprint] = true
			}
		default:
			if !isFingerprint(line) {
				return nil, fmt.Errorf("baseline %s:%d: not a fingerprint (32 hex digits), a JSON finding or a comment", path, n)
			}
			b[string(line)] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	return b, nil
}

func isFingerprint(s []byte) bool {
	if len(s) != 32 {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
