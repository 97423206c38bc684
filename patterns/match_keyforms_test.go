package patterns

import "testing"

// TestKeyedForms runs a detector that relies on its key name over the
// ways code and configuration quoted in logs write a key and its value.
func TestKeyedForms(t *testing.T) {
	e := Default()
	v := fake(charsHex, 23, "keyforms") + "a"
	tests := []struct {
		name, in string
		found    bool
	}{
		{"assignment", "kucoin_client=" + v, true},
		{"Go short declaration", `kucoinClient := "` + v + `"`, true},
		{"Go raw string", "kucoinClient := `" + v + "`", true},
		{"Makefile simple", `KUCOIN_CLIENT ::= "` + v + `"`, true},
		{"Makefile POSIX", `KUCOIN_CLIENT :::= "` + v + `"`, true},
		{"PHP concatenation", `$kucoinClient .= "` + v + `"`, true},
		{"conditional", "KUCOIN_CLIENT ?= " + v, true},
		{"argument list", `System.setProperty("KUCOIN_CLIENT", "` + v + `")`, true},
		{"Logstash", `"kucoinClient" => "` + v + `"`, true},
		{"XML element", "<kucoinClient>\n    " + v + "\n</kucoinClient>", true},
		{"XML element on one line", "<kucoinClient>" + v + "</kucoinClient>", true},
		{"typed declaration", `var kucoinClient string = "` + v + `"`, true},
		{"typed declaration, comparison", `if kucoinClient string == "` + v + `"`, false},
		{"unquoted comma", "kucoin, " + v, false},
		{"greater-than outside markup", "kucoin > " + v, false},
		{"words between", "kucoin stream " + v, false},
	}
	for _, tt := range tests {
		found := false
		for _, f := range e.Find(tt.in) {
			if f.DetectorID == "kucoin-api-key" && tt.in[f.Start:f.End] == v {
				found = true
			}
		}
		if found != tt.found {
			t.Errorf("%s: Find(%q) found kucoin-api-key = %v, want %v", tt.name, tt.in, found, tt.found)
		}
	}
}
