package patterns

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// findKeyed is RedactFind under key, with wholeToken or with the key
// rules always read: the findings, then the output as a last finding's
// detector ID.
func findKeyed(e *Engine, key, v string, shortcut bool) []Finding {
	keyedShortcut = shortcut
	defer func() { keyedShortcut = true }()
	out, fs := e.RedactFind(nil, Scope{Key: key}, v)
	return append(fs, Finding{DetectorID: out})
}

// sensitiveKeys are keys of every policy the key rules have.
var sensitiveKeys = []string{"token", "api_key", "password", "pass", "secret", "sessionid", "auth", "authorization",
	"cookie", "pin", "dsn", "database_url", "zip", "routing_number", "private_key", "client_secret", "pwd", "credentials"}

// TestWholeTokenAgrees checks that settling a value a detector names
// whole without the key rules gives the findings the key rules give, on
// every catalog example and planted secret under keys of every policy,
// alone and with the bytes around them that the key rules read apart.
func TestWholeTokenAgrees(t *testing.T) {
	e := Default()
	var vals []string
	for _, d := range e.Detectors() {
		for _, ex := range d.Positive {
			vals = append(vals, ex.Text)
			for _, f := range e.Find(ex.Text) {
				vals = append(vals, ex.Text[f.Start:f.End])
			}
		}
	}
	taken := 0
	for _, v := range vals {
		for _, key := range sensitiveKeys {
			for _, w := range []string{v, v + ".", "x" + v, v + " used", strings.ReplaceAll(v, "-", "_"), "Bearer " + v} {
				got, want := findKeyed(e, key, w, true), findKeyed(e, key, w, false)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Fatalf("FindIn(%q, %q): the shortcut differs from the key rules (-rules +shortcut):\n%s", key, w, diff)
				}
				if fs := e.scan(nil, w, false); wholeToken(fs, w, polSecret) {
					taken++
				}
			}
		}
	}
	if taken == 0 {
		t.Fatal("no value took the shortcut: the test compares nothing")
	}
}

// FuzzWholeToken compares the shortcut with the key rules on arbitrary
// values under keys of every policy.
func FuzzWholeToken(f *testing.F) {
	f.Add(uint8(0), "ghp_aB3dE5fG7haB3dE5fG7haB3dE5fG7haB3d")
	f.Add(uint8(7), "AKIAIOSFODNN7EXAMPLE")
	f.Add(uint8(3), "123-45-6789")
	f.Add(uint8(6), "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")
	f.Add(uint8(8), "sid=AKIAIOSFODNN7EXAMPLE; theme=dark")
	e := Default()
	f.Fuzz(func(t *testing.T, k uint8, v string) {
		key := sensitiveKeys[int(k)%len(sensitiveKeys)]
		got, want := findKeyed(e, key, v, true), findKeyed(e, key, v, false)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("FindIn(%q, %q): the shortcut differs from the key rules (-rules +shortcut):\n%s", key, v, diff)
		}
	})
}
