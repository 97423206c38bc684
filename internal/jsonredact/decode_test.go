package jsonredact

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAppendDecoded(t *testing.T) {
	tests := []struct {
		raw      string
		inString string // "" with okString false means invalid
		okString bool
		inText   string
	}{
		{`plain`, "plain", true, "plain"},
		{`a\u0040b`, "a@b", true, "a@b"},
		{`a\u0040B\u002e`, "a@B.", true, "a@B."},
		{`\"q\" \\ \/`, `"q" \ /`, true, `\"q\" \\ /`},
		{`\b\f\n\r\t`, "\b\f\n\r\t", true, `\b\f\n\r\t`},
		{`\u0022\u005c\u000a`, "\"\\\n", true, `\u0022\u005c\u000a`},
		{`\ud83d\ude00`, "\U0001F600", true, "\U0001F600"},
		{`\ud83d x`, "\uFFFD x", true, `\ud83d x`},
		{`\ude00`, "\uFFFD", true, `\ude00`},
		{`\u00e9`, "é", true, "é"},
		{`\x`, "", false, `\x`},
		{`\u12`, "", false, `\u12`},
		{`end\`, "end\\", true, "end\\"},
	}
	for _, tt := range tests {
		got, ok := appendDecoded(nil, []byte(tt.raw), inString)
		if ok != tt.okString || ok && string(got) != tt.inString {
			t.Errorf("appendDecoded(%q, inString) = %q, %v; want %q, %v", tt.raw, got, ok, tt.inString, tt.okString)
		}
		if tt.okString && tt.raw != `end\` {
			var want string
			if err := json.Unmarshal([]byte(`"`+tt.raw+`"`), &want); err != nil || want != string(got) {
				t.Errorf("appendDecoded(%q) = %q, encoding/json says %q (%v)", tt.raw, got, want, err)
			}
		}
		got, _ = appendDecoded(nil, []byte(tt.raw), inText)
		if diff := cmp.Diff(tt.inText, string(got)); diff != "" {
			t.Errorf("appendDecoded(%q, inText) mismatch (-want +got):\n%s", tt.raw, diff)
		}
	}
}

func TestRawOffset(t *testing.T) {
	raw := []byte(`ab\u0040c\ud83d\ude00d`)
	// decoded: a b @ c [4 bytes of U+1F600] d
	tests := []struct {
		d    int
		end  bool
		want int
	}{
		{0, false, 0}, {2, false, 2}, {3, false, 8}, {3, true, 8},
		{4, false, 9}, {5, false, 9}, {5, true, 21}, {8, false, 21}, {9, true, 22},
	}
	for _, tt := range tests {
		if got := rawOffset(raw, tt.d, inString, tt.end); got != tt.want {
			t.Errorf("rawOffset(%d, end=%v) = %d, want %d", tt.d, tt.end, got, tt.want)
		}
	}
}
