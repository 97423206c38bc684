package jsonredact

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAppendQuoted(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", `"plain"`},
		{`q"b\`, `"q\"b\\"`},
		{"nl\n\r\t\x01\x7f", `"nl\n\r\t\u0001\u007f"`},
		{"é \U0001F600 <&>", `"é ` + "\U0001F600" + ` <&>"`},
		{"bad \xff utf8", `"bad \ufffd utf8"`},
	}
	for _, tt := range tests {
		got := string(appendQuoted(nil, []byte(tt.in)))
		if got != tt.want {
			t.Errorf("appendQuoted(%q) = %s, want %s", tt.in, got, tt.want)
		}
		var back string
		if err := json.Unmarshal([]byte(got), &back); err != nil {
			t.Errorf("appendQuoted(%q) = %s: not JSON: %v", tt.in, got, err)
		} else if want := strings.ToValidUTF8(tt.in, "\uFFFD"); back != want {
			t.Errorf("appendQuoted(%q) decodes to %q, want %q", tt.in, back, want)
		}
	}
}

// FuzzAppendQuoted checks that every string encodes to JSON that decodes
// back to it, invalid UTF-8 aside.
func FuzzAppendQuoted(f *testing.F) {
	f.Add("a\"b\\c\x00\xff\u2028")
	f.Fuzz(func(t *testing.T, s string) {
		out := appendQuoted(nil, []byte(s))
		if !utf8.Valid(out) || !json.Valid(out) {
			t.Fatalf("appendQuoted(%q) = %q: not valid JSON", s, out)
		}
	})
}
