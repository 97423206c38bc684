package jsonredact

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/logredact/logredact/patterns"
)

func TestScan(t *testing.T) {
	type hit struct {
		ID, Raw, Key string
	}
	tests := []struct {
		in   string
		want []hit
	}{
		{`{"message":"to alice@example.com","n":1}`, []hit{{"email", "alice@example.com", "message"}}},
		{`{"a":"x alice\u0040example.com y"}`, []hit{{"email", `alice\u0040example.com`, "a"}}},
		{`{"a":"\ud83d\ude00alice@example.com"}`, []hit{{"email", "alice@example.com", "a"}}},
		{`{"db":{"password":{"x":1}},"card":4111111111111111}`, []hit{
			{"sensitive-key", `{"x":1}`, "db.password"}, {"credit-card", "4111111111111111", "card"}}},
		{`{"to":["a@example.com","b@example.com"]}`, []hit{{"email", "a@example.com", "to"}, {"email", "b@example.com", "to"}}},
		{`{"note":"retry password=hunter2"}`, []hit{{"sensitive-key", "hunter2", "password"}}},
		{"user alice@example.com\n", []hit{{"email", "alice@example.com", ""}}},
		{`see https:\/\/alice@example.com\/x`, []hit{{"email", "alice@example.com", ""}}},
		{`x alice\u0040example.com`, []hit{{"email", `alice\u0040example.com`, ""}}},
		{`{"b":"{\"e\":\"x\\u0040example.com\"}"}`, []hit{{"email", `x\\u0040example.com`, "b.e"}}},
		// A key that holds a finding is reported, and named by its label
		// in the paths below it.
		{`{"u":{"alice@example.com":{"password":"x"}}}`, []hit{
			{"email", "alice@example.com", "u"}, {"sensitive-key", "x", "u.[REDACTED:email].password"}}},
		{`{"m":"ok"}`, nil},
	}
	for _, tt := range tests {
		var got []hit
		Scan(nil, "cli", []byte(tt.in), func(f patterns.Finding) {
			got = append(got, hit{f.DetectorID, tt.in[f.Start:f.End], f.Key})
		})
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Scan(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}
