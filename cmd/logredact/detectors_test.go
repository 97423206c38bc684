package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/logredact/logredact/patterns"
)

func TestDetectorsListsTheCatalog(t *testing.T) {
	got := inProcess(nil, "detectors", "-format", "json")
	if got.code != exitClean {
		t.Fatalf("exit %d, stderr %q", got.code, got.stderr)
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(got.stdout), "\n") {
		var d detectorInfo
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		if d.Description == "" || (d.Category != "secret" && d.Category != "pii" && d.Category != "pii-key") {
			t.Errorf("detector %s: incomplete entry %+v", d.ID, d)
		}
		ids = append(ids, d.ID)
	}
	var want []string
	for _, d := range patterns.Default().Detectors() {
		want = append(want, d.ID)
	}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("detector IDs mismatch (-want +got):\n%s", diff)
	}
	text := inProcess(nil, "detectors")
	for _, id := range want {
		if !strings.Contains(text.stdout, "\n"+id+" ") {
			t.Errorf("text listing lacks %s", id)
		}
	}
}

func TestDetectorsHidesKnownSecrets(t *testing.T) {
	const secret = "s3cr3t-known-value"
	cfg := writeConfig(t, `{"known_secrets_env": ["APP_SECRET"], "detectors": [{"id": "acme-key", "keywords": ["acme_"], "pattern": "acme_[a-z0-9]{12}"}]}`)
	for _, format := range []string{"text", "json"} {
		got := invocation{env: []string{"APP_SECRET=" + secret}, args: []string{"detectors", "-format", format, "-config", cfg}}.run(t)
		if got.code != exitClean {
			t.Fatalf("exit %d, stderr %q", got.code, got.stderr)
		}
		if strings.Contains(got.stdout, "s3cr3t") {
			t.Errorf("-format %s printed a known secret's value", format)
		}
		for _, id := range []string{"known-secret", "acme-key"} {
			if !strings.Contains(got.stdout, id) {
				t.Errorf("-format %s does not list %s", format, id)
			}
		}
	}
}

func TestKeywordColumn(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{nil, "-"},
		{[]string{"ghp_"}, "ghp_"},
		{[]string{"ghp_", "gho_"}, "ghp_,gho_"},
		{[]string{strings.Repeat("a", 30), strings.Repeat("b", 30), "c"}, strings.Repeat("a", 30) + ",+2 more"},
	} {
		if got := keywordColumn(tc.in); got != tc.want {
			t.Errorf("keywordColumn(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
