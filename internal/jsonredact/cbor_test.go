package jsonredact

import (
	"encoding/base64"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/logredact/logredact/patterns"
)

// cborMap encodes a CBOR map of text keys to items already encoded.
func cborMap(kv ...[]byte) []byte {
	b := []byte{0xbf}
	for _, x := range kv {
		b = append(b, x...)
	}
	return append(b, 0xff)
}

func ct(s string) []byte { return AppendCBORText(nil, s) }

func TestIsCBOR(t *testing.T) {
	tests := []struct {
		in   []byte
		want bool
	}{
		{cborMap(ct("level"), ct("info"), ct("message"), ct("hi")), true},
		{[]byte{0xa1, 0x61, 'a', 0x01}, true},
		// Text that starts with a byte of a CBOR map is not CBOR.
		{[]byte("\xbf\x65email alice@example.com"), false},
		{[]byte("\xa0 plain text\n"), false},
		{cborMap(ct("a"), ct("b")), true},
		{append(cborMap(ct("a"), ct("b")), '\n'), false},
		{[]byte{0xbf, 0x61, 'a'}, false},
	}
	for _, tt := range tests {
		if got := IsCBOR(tt.in); got != tt.want {
			t.Errorf("IsCBOR(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestRawCBOR checks that zerolog's RawCBOR, written as a data URL in a
// JSON event, is read item by item with its key paths.
func TestRawCBOR(t *testing.T) {
	var keys []string
	e, err := patterns.New(patterns.WithObserver(func(o patterns.Observation) { keys = append(keys, o.DetectorID+" "+o.Key) }))
	if err != nil {
		t.Fatal(err)
	}
	url := func(b []byte) string { return cborDataURL + base64.StdEncoding.EncodeToString(b) }
	in := cborMap(ct("to"), ct("alice@example.com"), ct("password"), ct("hunter2"), ct("n"), []byte{0x01}, ct("ok"), ct("fine"))
	want := cborMap(ct("to"), ct("[REDACTED:email]"), ct("password"), ct("[REDACTED:sensitive-key]"), ct("n"), []byte{0x01}, ct("ok"), ct("fine"))
	line := `{"level":"info","c":"` + url(in) + `"}`
	got, changed := (&Rewriter{Engine: e}).Append(nil, []byte(line))
	if diff := cmp.Diff(`{"level":"info","c":"`+url(want)+`"}`, string(got)); diff != "" || !changed {
		t.Errorf("Append mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"email c.to", "sensitive-key c.password"}, keys); diff != "" {
		t.Errorf("observations mismatch (-want +got):\n%s", diff)
	}
	clean := `{"c":"` + url(cborMap(ct("a"), ct("b"))) + `"}`
	if !Clean(e, "", []byte(clean)) {
		t.Errorf("Clean(%s) = false", clean)
	}
	var n int
	Scan(e, "", []byte(line), func(patterns.Finding) { n++ })
	if n != 2 {
		t.Errorf("Scan found %d, want 2", n)
	}
}

// FuzzCBOR feeds arbitrary bytes to the CBOR reader, alone and as a
// RawCBOR value: it must not panic, and what it rewrites must be CBOR
// again with nothing left to find.
func FuzzCBOR(f *testing.F) {
	f.Add(cborMap(ct("to"), ct("alice@example.com"), ct("card"), []byte{0x1b, 0, 0x0e, 0x9a, 0x44, 0x80, 0x7a, 0xe3, 0x67}))
	f.Add([]byte{0x9f, 0x5f, 0x41, 'a', 0xff, 0xff})
	f.Add([]byte{0xa1, 0x68, 'p', 'a', 's', 's', 'w', 'o', 'r', 'd', 0xfb, 0, 0, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		IsCBOR(b)
		line := []byte(`{"c":"` + cborDataURL + base64.StdEncoding.EncodeToString(b) + `"}`)
		out, changed := Append(nil, nil, "", line)
		if changed && !Clean(nil, "", out) {
			t.Fatalf("Append(%q) = %q still holds findings", line, out)
		}
	})
}
