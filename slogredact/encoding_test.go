package slogredact_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/logredact/logredact/slogredact"
)

// The types below each exercise a rule of encoding/json that a rebuilt
// value must follow to be written byte for byte as encoding/json writes
// the original.

type withOptions struct {
	Card    int64             `json:"card,string"`
	Empty   string            `json:"empty,omitempty"`
	Zero    inner             `json:"zero,omitzero"`
	Skipped string            `json:"-"`
	Map     map[string]string `json:"map"`
	HTML    string            `json:"html"`
}

type inner struct {
	A string `json:"a"`
}

type embedded struct {
	inner
	*Extra
	Own string `json:"own"`
}

// Extra is embedded by pointer.
type Extra struct {
	B string `json:"b"`
}

// textKey is a map key type that marshals itself.
type textKey int

func (k textKey) MarshalText() ([]byte, error) { return []byte("k" + strings.Repeat("!", int(k))), nil }

// ptrMarshaler has a MarshalJSON on its pointer: encoding/json calls it
// only for a value it can address.
type ptrMarshaler struct{ V string }

func (p *ptrMarshaler) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]string{"via": "pointer", "v": p.V})
}

type holder struct {
	P ptrMarshaler `json:"p"`
}

// TestRebuildMatchesEncodingJSON logs values with an email somewhere in
// them and checks the JSON handler's line against encoding/json's
// encoding of the same value, with only the email replaced by its mask.
func TestRebuildMatchesEncodingJSON(t *testing.T) {
	const email = "alice@example.com"
	for _, tc := range []struct {
		name string
		v    any
	}{
		{"string option and omits", withOptions{Card: 4111111111111111, Skipped: "hidden", Map: map[string]string{"z": "1", "a": email}, HTML: "<b>&</b> " + email}},
		{"embedded structs", embedded{inner: inner{A: email}, Extra: &Extra{B: "x"}, Own: "y"}},
		{"text map keys", map[textKey]string{2: email, 1: "ok"}},
		{"pointer marshaler on an addressable value", &holder{P: ptrMarshaler{V: email}}},
		{"value marshaler not addressable", holder{P: ptrMarshaler{V: email}}},
		{"slice of structs", []inner{{A: "ok"}, {A: email}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(tc.v); err != nil {
				t.Fatal(err)
			}
			plain := strings.TrimSuffix(buf.String(), "\n")
			want := `{"level":"INFO","msg":"m","v":` + strings.ReplaceAll(strings.ReplaceAll(plain, email, "[REDACTED:email]"), "4111111111111111", "[REDACTED:credit-card]") + "}\n"
			var out bytes.Buffer
			slog.New(slogredact.New(slog.NewJSONHandler(&out, &slog.HandlerOptions{ReplaceAttr: removeTime}))).Info("m", "v", tc.v)
			if diff := cmp.Diff(want, out.String()); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// secretive hides a secret from encoding/json in two ways fmt's %+v does
// not: an unexported field, and a json tag that renames a field whose Go
// name says what it is.
type secretive struct {
	Name   string `json:"name"`
	Secret string `json:"s"`
	token  string
}

// TestTextView checks that the text handler never prints what the JSON
// handler hides: fields encoding/json leaves out, and values under Go
// field names that say they are secret.
func TestTextView(t *testing.T) {
	for _, tc := range []struct {
		name string
		v    any
		text string
		json string
	}{
		{"unexported field", secretive{Name: "bob", token: "bob@example.org"},
			`v="{name:bob s:}"`, `"v":{"name":"bob","s":""}`},
		{"Go name of a secret", secretive{Name: "bob", Secret: "hunter2"},
			`v="{name:bob s:[REDACTED:sensitive-key]}"`, `"v":{"name":"bob","s":"[REDACTED:sensitive-key]"}`},
		{"clean", secretive{Name: "bob"}, `v="{Name:bob Secret: token:}"`, `"v":{"name":"bob","s":""}`},
		{"Stringer text", handle{email: "alice@example.com"}, `v="handle of [REDACTED:email]"`, `"v":{}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var text, js bytes.Buffer
			opts := &slog.HandlerOptions{ReplaceAttr: removeTime}
			slog.New(slogredact.New(slog.NewTextHandler(&text, opts))).Info("m", "v", tc.v)
			slog.New(slogredact.New(slog.NewJSONHandler(&js, opts))).Info("m", "v", tc.v)
			if diff := cmp.Diff("level=INFO msg=m "+tc.text+"\n", text.String()); diff != "" {
				t.Errorf("text mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(`{"level":"INFO","msg":"m",`+tc.json+"}\n", js.String()); diff != "" {
				t.Errorf("JSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
