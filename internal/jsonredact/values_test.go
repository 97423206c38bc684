package jsonredact

import (
	"encoding/hex"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/logredact/logredact/internal/testutil"
	"github.com/logredact/logredact/patterns"
)

func TestRedactString(t *testing.T) {
	partial, err := patterns.New(patterns.WithMask(patterns.PartialMask()))
	if err != nil {
		t.Fatal(err)
	}
	hexOf := func(s string) string { return hex.EncodeToString([]byte(s)) }
	tests := []struct {
		name, key, in, want string // want "" means unchanged
		e                   *patterns.Engine
	}{
		{name: "text", key: "note", in: "to bob@example.org", want: "to [REDACTED:email]"},
		{name: "clean", key: "note", in: "request completed"},
		{name: "sensitive", key: "password", in: "hunter2", want: "[REDACTED:sensitive-key]"},
		{name: "sensitive known kind keeps partial", key: "ssn", in: "123-45-6789", want: "***-**-6789", e: partial},
		{name: "JSON document", key: "body", in: `{"password":"x","n":1, "to":"a\u0040example.com"}`,
			want: `{"password":"[REDACTED:sensitive-key]","n":1, "to":"[REDACTED:email]"}`},
		{name: "JSON document under a sensitive key", key: "secret", in: `{"a":1}`, want: "[REDACTED:sensitive-key]"},
		{name: "not a document", key: "note", in: "{a@example.com}", want: "{[REDACTED:email]}"},
		{name: "hex text", key: "h", in: hexOf("from bob@example.org"), want: hexOf("from [REDACTED:email]")},
		{name: "hex digest", key: "h", in: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
		{name: "hex under an allowed key", key: "trace", in: hexOf("from bob@example.org"), e: allowed(t, "trace")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.e
			if e == nil {
				e = patterns.Default()
			}
			sc := patterns.Scope{Key: tt.key}
			got, changed := RedactString(e, sc, tt.in)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if diff := cmp.Diff(want, got); diff != "" || changed != (tt.want != "") {
				t.Errorf("RedactString(%q, %q) = %v, mismatch (-want +got):\n%s", tt.key, tt.in, changed, diff)
			}
			if dirty := StringDirty(e, sc, tt.in); !dirty && changed {
				t.Errorf("StringDirty(%q, %q) = false, but RedactString changed it", tt.key, tt.in)
			}
		})
	}
}

func allowed(t *testing.T, keys ...string) *patterns.Engine {
	t.Helper()
	e, err := patterns.New(patterns.WithAllowedKeys(keys...))
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestRedactStringAllocs(t *testing.T) {
	e := patterns.Default()
	for _, s := range []string{"request completed", "3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b", `{"a":1,"b":"x"}`, "9f86d081884c7d659a2feaa0"} {
		testutil.WantAllocs(t, 0, func() { RedactString(e, patterns.Scope{Key: "k"}, s) })
		testutil.WantAllocs(t, 0, func() { StringDirty(e, patterns.Scope{Key: "k"}, s) })
	}
}

func TestNumbers(t *testing.T) {
	partial, err := patterns.New(patterns.WithMask(patterns.PartialMask()))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key  string
		v    float64
		want string
	}{
		{"n", 42, ""},
		{"card", 4111111111111111, "************1111"},
		{"card_number", 4111111111111111, "************1111"},
		{"pin_token", 1234, "[REDACTED:sensitive-key]"},
		{"secret", 12.5, "[REDACTED:sensitive-key]"},
		{"ratio", 12.5, ""},
	}
	for _, tt := range tests {
		sc := patterns.Scope{Key: tt.key}
		got, changed := RedactFloat(partial, sc, tt.v)
		if got != tt.want || changed != (tt.want != "") {
			t.Errorf("RedactFloat(%q, %v) = %q, %v; want %q", tt.key, tt.v, got, changed, tt.want)
		}
		if FloatDirty(partial, tt.key, tt.v) != changed {
			t.Errorf("FloatDirty(%q, %v) disagrees with RedactFloat", tt.key, tt.v)
		}
		if tt.v == float64(int64(tt.v)) {
			got, _ := RedactInt(partial, sc, int64(tt.v))
			if got != tt.want {
				t.Errorf("RedactInt(%q, %v) = %q; want %q", tt.key, tt.v, got, tt.want)
			}
		}
	}
}

// TestPartialMaskOnce checks that a value under a sensitive key that a
// detector claims is masked by that detector, once: masking it again as a
// sensitive key's value would lose the last four digits PartialMask
// keeps, and observe it twice.
func TestPartialMaskOnce(t *testing.T) {
	var n int
	e, err := patterns.New(patterns.WithMask(patterns.PartialMask()), patterns.WithObserver(func(patterns.Observation) { n++ }))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := Append(nil, e, "", []byte(`{"ssn":"123-45-6789","card_number":4111111111111111}`))
	if diff := cmp.Diff(`{"ssn":"***-**-6789","card_number":"************1111"}`, string(got)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if n != 2 {
		t.Errorf("observed %d times, want 2", n)
	}
}

func TestFieldKeys(t *testing.T) {
	in := []byte(`{"alice@example.com":1,"u":{"bob@example.org":2}}`)
	r := Rewriter{FieldKeys: true}
	got, _ := r.Append(nil, in)
	if diff := cmp.Diff(`{"alice@example.com":1,"u":{"[REDACTED:email]":2}}`, string(got)); diff != "" {
		t.Errorf("FieldKeys: mismatch (-want +got):\n%s", diff)
	}
	r = Rewriter{}
	got, _ = r.Append(nil, in)
	if diff := cmp.Diff(`{"[REDACTED:email]":1,"u":{"[REDACTED:email]":2}}`, string(got)); diff != "" {
		t.Errorf("every key: mismatch (-want +got):\n%s", diff)
	}
}

func TestSensitivePaths(t *testing.T) {
	r := Rewriter{Prefix: "acct", Sensitive: []string{"acct.p", "acct.inner"}}
	got, changed, ok := r.AppendValue(nil, []byte(`{"p":"hunter2","inner":{"a":1},"q":"x"}`))
	want := `{"p":"[REDACTED:sensitive-key]","inner":"[REDACTED:sensitive-key]","q":"x"}`
	if diff := cmp.Diff(want, string(got)); diff != "" || !changed || !ok {
		t.Errorf("AppendValue mismatch (-want +got):\n%s", diff)
	}
}

func TestAppendValueScalars(t *testing.T) {
	r := Rewriter{Prefix: "who"}
	for in, want := range map[string]string{
		`"bob@example.org"`: `"[REDACTED:email]"`,
		`4111111111111111`:  `"[REDACTED:credit-card]"`,
		`"ok"`:              "",
	} {
		got, changed, ok := r.AppendValue(nil, []byte(in))
		if !ok || changed != (want != "") || string(got) != want {
			t.Errorf("AppendValue(%s) = %q, %v, %v; want %q", in, got, changed, ok, want)
		}
	}
	if _, _, ok := r.AppendValue(nil, []byte(`{bad`)); ok {
		t.Errorf("AppendValue of bad JSON reported ok")
	}
}

// TestShortNumbersHoldNothing pins what numberValue relies on to skip the
// engine: under a plain key, a JSON number of fewer than 13 digits holds
// nothing any detector finds, and one of 13 or more is still examined.
func TestShortNumbersHoldNothing(t *testing.T) {
	e := patterns.Default()
	for _, n := range []string{"123456789", "078051120", "4155550100", "14155550100", "442079460958", "-123456789012", "12.5", "1e12", "411111111111"} {
		if e.ContainsIn(patterns.Scope{}, n) {
			t.Errorf("ContainsIn(%q) = true: numbers of fewer than %d digits can hold a finding", n, minCardDigits)
		}
	}
	got, _ := Append(nil, e, "", []byte(`{"n":4111111111111111,"m":4111111111111}`))
	if want := `{"n":"[REDACTED:credit-card]","m":4111111111111}`; string(got) != want {
		t.Errorf("Append = %s, want %s", got, want)
	}
}
