package main

import (
	"fmt"
	"strings"
	"testing"
)

// TestLongLineValuesOfAnyLength plants values longer than a window's
// overlap, and longer than whole windows, in long lines: each must be
// masked to its end, and what follows it kept, whether the line streams
// or sits in a chunk.
func TestLongLineValuesOfAnyLength(t *testing.T) {
	const maxLine = minMaxLine // overlap 512, context 256
	val := func(n int) string { return strings.Repeat("Zq9x", n/4) }
	body := strings.Repeat("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 60)
	tests := []struct {
		name   string
		value  string // planted after 1500 bytes of text
		marker string // what must not survive
		after  string // what must
	}{
		{"a bare value longer than the overlap", "password=" + val(3000) + " next=1", "Zq9x", " next=1"},
		{"a bare value over many windows", "password=" + val(40000) + "&next=1", "Zq9x", "&next=1"},
		{"a quoted value", `{"password":"` + val(3000) + `","next":1}`, "Zq9x", `","next":1}`},
		{"a quoted value with escapes", `{"password":"` + val(2000) + `\"\\` + val(2000) + `","next":1}`, "Zq9x", `","next":1}`},
		{"an escaped quoted value", `msg="{\"password\":\"` + val(3000) + `\"}" next=1`, "Zq9x", `\"}" next=1`},
		{"a single-quoted value", `password='` + val(3000) + `' next=1`, "Zq9x", `' next=1`},
		{"a key block", `key -----BEGIN PRIVATE KEY-----\n` + body + `\n-----END PRIVATE KEY----- ok`, "MIIEv", "KEY----- ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for off := 1500; off < 1500+maxLine; off += 333 {
				line := strings.Repeat("w", off) + " " + tt.value + " " + strings.Repeat("tail words ", 300)
				in := "first line alice@example.com\n" + line + "\nlast line\n"
				streamed := inProcess(strings.NewReader(in), "-max-line", fmt.Sprint(maxLine))
				whole := inProcess(strings.NewReader(in), "-max-line", fmt.Sprint(maxLine), "-chunk-size", "16M")
				if streamed.code != exitClean || streamed.stdout != whole.stdout {
					t.Fatalf("at %d: exit %d, streamed and whole lines differ at byte %d", off, streamed.code, firstDiff(streamed.stdout, whole.stdout))
				}
				out := streamed.stdout
				if n := strings.Count(out, tt.marker); n > 0 {
					t.Errorf("at %d: %d pieces of the value survive", off, n)
				}
				if !strings.Contains(out, tt.after+" tail words ") || !strings.HasSuffix(out, " tail words \nlast line\n") ||
					!strings.HasPrefix(out, "first line [REDACTED:email]\n"+strings.Repeat("w", off)+" ") {
					t.Errorf("at %d: the text around the value was not kept", off)
				}
				scan := inProcess(strings.NewReader(in), "scan", "-max-line", fmt.Sprint(maxLine))
				if scan.code != exitFindings || strings.Count(scan.stdout, "-:2:") != 1 {
					t.Errorf("at %d: scan found the value %d times, want once:\n%s", off, strings.Count(scan.stdout, "-:2:"), scan.stdout)
				}
			}
		})
	}
}
