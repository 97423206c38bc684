package patterns

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAdapterCalls covers the calls the adapters make besides redaction:
// one mask for a container, map keys, and the number checks.
func TestAdapterCalls(t *testing.T) {
	var seen []string
	obs := WithObserver(func(o Observation) { seen = append(seen, o.DetectorID+" "+o.Key) })
	for _, tc := range []struct {
		mask Mask
		want string
	}{
		{LabelMask(), "[REDACTED:sensitive-key]"},
		{FixedMask("***"), "***"},
		{PartialMask(), "[REDACTED:sensitive-key]"},
		{HMACMask([]byte("0123456789abcdef")), "[REDACTED:sensitive-key:" + hmacOfEmpty(t) + "]"},
	} {
		e, err := New(WithMask(tc.mask), obs)
		if err != nil {
			t.Fatal(err)
		}
		seen = nil
		if got := e.MaskWhole(Scope{Key: "credentials"}); got != tc.want {
			t.Errorf("MaskWhole with %v = %q, want %q", tc.mask, got, tc.want)
		}
		if diff := cmp.Diff([]string{"sensitive-key credentials"}, seen); diff != "" {
			t.Errorf("MaskWhole observations mismatch (-want +got):\n%s", diff)
		}
	}

	e, err := New(WithAllowedKeys("n"), obs)
	if err != nil {
		t.Fatal(err)
	}
	seen = nil
	// A map key is text with no key rules of its own: under an allowed
	// or a sensitive path it is scanned all the same.
	for _, path := range []string{"users", "n", "password"} {
		if got, ok := e.RedactKey(Scope{Key: path}, "alice@example.com"); !ok || got != "[REDACTED:email]" {
			t.Errorf("RedactKey(%q) = %q, %v", path, got, ok)
		}
	}
	if got, ok := e.RedactKey(Scope{Key: "users"}, "bob"); ok || got != "bob" {
		t.Errorf("RedactKey of a clean key = %q, %v", got, ok)
	}
	if diff := cmp.Diff([]string{"email users", "email n", "email password"}, seen); diff != "" {
		t.Errorf("RedactKey observations mismatch (-want +got):\n%s", diff)
	}

	for _, tc := range []struct {
		key  string
		v    int64
		want bool
	}{
		{"", 4111111111111111, true},
		{"", 4111111111111112, false},
		{"", 42, false},
		{"pin_token", 42, true},
		{"n", 4111111111111111, false},
		{"", -4111111111111111, false},
	} {
		if got := e.ContainsInt(Scope{Key: tc.key}, tc.v); got != tc.want {
			t.Errorf("ContainsInt(%q, %d) = %v, want %v", tc.key, tc.v, got, tc.want)
		}
		if tc.v >= 0 {
			if got := e.ContainsUint(Scope{Key: tc.key}, uint64(tc.v)); got != tc.want {
				t.Errorf("ContainsUint(%q, %d) = %v, want %v", tc.key, tc.v, got, tc.want)
			}
		}
	}
}

func hmacOfEmpty(t *testing.T) string {
	t.Helper()
	m := HMACMask([]byte("0123456789abcdef"))
	b := m.appendMask(nil, "x", "")
	// "[REDACTED:x:" + 16 hex digits + "]"
	return string(b[len("[REDACTED:x:") : len(b)-1])
}
