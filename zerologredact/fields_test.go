//go:build !binary_log

package zerologredact_test

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rs/zerolog"

	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/zerologredact"
)

// TestFieldKinds covers the zerolog fields whose bytes do not show their
// text: Hex, Bytes, RawCBOR, and a RawJSON that is not JSON.
func TestFieldKinds(t *testing.T) {
	hexOf := func(s string) string { return hex.EncodeToString([]byte(s)) }
	// {"to": "alice@example.com"} in CBOR.
	cbor := []byte("\xa1\x62to\x71alice@example.com")
	tests := []struct {
		name    string
		log     func(l zerolog.Logger)
		want    string
		allowed []string
	}{
		{"hex", func(l zerolog.Logger) {
			l.Info().Hex("h", []byte("from alice@example.com")).Hex("sum", []byte{0x9f, 0x86, 0xd0, 0x81, 0x88, 0x4c}).Send()
		},
			`{"level":"info","h":"` + hexOf("from [REDACTED:email]") + `","sum":"9f86d081884c"}`, nil},
		{"bytes", func(l zerolog.Logger) { l.Info().Bytes("b", []byte("to alice@example.com")).Send() },
			`{"level":"info","b":"to [REDACTED:email]"}`, nil},
		{"raw CBOR", func(l zerolog.Logger) { l.Info().RawCBOR("c", cbor).Send() },
			`{"level":"info","c":"data:application/cbor;base64,` + base64.StdEncoding.EncodeToString([]byte("\xa1\x62to\x70[REDACTED:email]")) + `"}`, nil},
		// One bad RawJSON does not make the rest of the event text: the
		// key rules still apply to every other field.
		{"bad raw JSON", func(l zerolog.Logger) {
			l.Info().RawJSON("raw", []byte(`{oops alice@example.com`)).Str("password", "hunter2").Str("db_host", "db1").Send()
		}, `{"level":"info","raw":{oops [REDACTED:email],"password":"[REDACTED:sensitive-key]","db_host":"db1"}`, nil},
		// Map keys are data; field names are the program's.
		{"map keys", func(l zerolog.Logger) {
			l.Info().Interface("counts", map[string]int{"alice@example.com": 1}).Int("alice@example.com", 2).Send()
		}, `{"level":"info","counts":{"[REDACTED:email]":1},"alice@example.com":2}`, nil},
		// An allowed key above a sensitive one exempts nothing under it.
		{"dict under an allowed key", func(l zerolog.Logger) {
			l.Info().Dict("user", zerolog.Dict().Str("password", "hunter2")).Send()
		}, `{"level":"info","user":{"password":"[REDACTED:sensitive-key]"}}`, []string{"user"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			e := patterns.Default()
			if tt.allowed != nil {
				var err error
				if e, err = patterns.New(patterns.WithAllowedKeys(tt.allowed...)); err != nil {
					t.Fatal(err)
				}
			}
			tt.log(zerolog.New(zerologredact.New(&buf, zerologredact.WithEngine(e))))
			if diff := cmp.Diff(tt.want+"\n", buf.String()); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTextIsNotCBOR checks that a line of text that starts with a byte of
// a CBOR map head is redacted as text, not replaced by the CBOR marker.
func TestTextIsNotCBOR(t *testing.T) {
	var buf bytes.Buffer
	w := zerologredact.New(&buf)
	in := "\xa0 note for alice@example.com\n"
	if _, err := w.Write([]byte(in)); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("\xa0 note for [REDACTED:email]\n", buf.String()); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
