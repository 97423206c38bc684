package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/logredact/logredact/patterns"
)

// TestScanReportsHoldNoFindingInKeys scans lines whose key paths hold an
// email and a token: no report format may write them in clear.
func TestScanReportsHoldNoFindingInKeys(t *testing.T) {
	tok := "ghp_" + strings.Repeat("Ab3d", 9)
	in := `{"users":{"alice@example.com":{"password":"hunter2"}}}` + "\n" +
		`{"cache":{"` + tok + `":"card 4111 1111 1111 1111"}}` + "\n" +
		"level=info alice@example.com.token=s3cr3t-value\n"
	for _, format := range []string{"text", "json", "sarif"} {
		got := inProcess(strings.NewReader(in), "scan", "-format", format)
		if got.code != exitFindings {
			t.Fatalf("%s: exit %d, stderr %q", format, got.code, got.stderr)
		}
		for _, clear := range []string{"alice@example.com", tok, "hunter2", "4111"} {
			if strings.Contains(got.stdout+got.stderr, clear) {
				t.Errorf("-format %s writes %q in clear:\n%s", format, clear, got.stdout)
			}
		}
		if !strings.Contains(got.stdout, "cache.[REDACTED:github-pat]") {
			t.Errorf("-format %s does not name the key path with its finding masked:\n%s", format, got.stdout)
		}
	}
	// The JSON report's keys, one by one.
	var keys []string
	for _, l := range strings.Split(strings.TrimSpace(inProcess(strings.NewReader(in), "scan", "-format", "json").stdout), "\n") {
		var f finding
		if err := json.Unmarshal([]byte(l), &f); err == nil && f.Detector != "" {
			keys = append(keys, f.Key)
		}
	}
	// A map key that holds a finding is itself a finding, observed under
	// the map's path, and the paths below it carry it masked.
	want := []string{"users", "users.[REDACTED:email].password", "cache", "cache.[REDACTED:github-pat]", "", "[REDACTED:email]"}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("scan -format json keys mismatch (-want +got):\n%s", diff)
	}
}

func TestReportKey(t *testing.T) {
	e := patterns.Default()
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"db.password", "db.password"},
		{"users.alice@example.com.password", "[REDACTED:email]"},
		{"users.42.alice@example.com", "[REDACTED:email]"},
		{"cards.4111111111111111.limit", "cards.[REDACTED:credit-card].limit"},
		{"sessions.ghp_" + strings.Repeat("Ab3d", 9), "sessions.[REDACTED:github-pat]"},
	} {
		if got := reportKey(e, tt.in); got != tt.want {
			t.Errorf("reportKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
