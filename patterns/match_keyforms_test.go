package patterns

import "testing"

// TestKeyedForms runs a detector that relies on its key name over the
// ways code and configuration quoted in logs write a key and its value.
func TestKeyedForms(t *testing.T) {
	e := Default()
	v := fakeMixed(charsLowerNum, 30, "keyforms")
	tests := []struct {
		name, in string
		found    bool
	}{
		{"assignment", "twitch_client=" + v, true},
		{"Go short declaration", `twitchClient := "` + v + `"`, true},
		{"Go raw string", "twitchClient := `" + v + "`", true},
		{"Makefile simple", `TWITCH_CLIENT ::= "` + v + `"`, true},
		{"Makefile POSIX", `TWITCH_CLIENT :::= "` + v + `"`, true},
		{"PHP concatenation", `$twitchClient .= "` + v + `"`, true},
		{"conditional", "TWITCH_CLIENT ?= " + v, true},
		{"argument list", `System.setProperty("TWITCH_CLIENT", "` + v + `")`, true},
		{"Logstash", `"twitchClient" => "` + v + `"`, true},
		{"XML element", "<twitchClient>\n    " + v + "\n</twitchClient>", true},
		{"XML element on one line", "<twitchClient>" + v + "</twitchClient>", true},
		{"typed declaration", `var twitchClient string = "` + v + `"`, true},
		{"typed declaration, comparison", `if twitchClient string == "` + v + `"`, false},
		{"unquoted comma", "twitch, " + v, false},
		{"greater-than outside markup", "twitch > " + v, false},
		{"words between", "twitch stream " + v, false},
	}
	for _, tt := range tests {
		found := false
		for _, f := range e.Find(tt.in) {
			if f.DetectorID == "twitch-api-token" && tt.in[f.Start:f.End] == v {
				found = true
			}
		}
		if found != tt.found {
			t.Errorf("%s: Find(%q) found twitch-api-token = %v, want %v", tt.name, tt.in, found, tt.found)
		}
	}
}
