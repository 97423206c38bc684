package patternstest_test

import (
	"fmt"
	"testing"

	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/patterns/patternstest"
)

// printTB stands in for the *testing.T of a team's test, to show what a
// failing check reports.
type printTB struct{ testing.TB }

func (printTB) Helper()                           {}
func (printTB) Errorf(format string, args ...any) { fmt.Printf(format+"\n", args...) }

func ExampleCheckEngine() {
	e, err := patterns.New(patterns.WithSensitiveKeys("member_number"))
	if err != nil {
		panic(err)
	}
	// In a test: patternstest.CheckEngine(t, e, ...).
	patternstest.CheckEngine(printTB{}, e,
		patternstest.Case{In: "member_number=M-4411", Want: "member_number=[REDACTED:sensitive-key]", Secrets: []string{"M-4411"}},
		patternstest.Case{In: "deployed build 7f3a2c1"},
		patternstest.Case{Name: "a member number in prose", In: "member M-4411 joined", Secrets: []string{"M-4411"}},
	)
	// Output:
	// case 3 (a member number in prose), bare: the secret survives: "member «secret» joined"
	// case 3 (a member number in prose), mid-sentence: the secret survives: "request failed: member «secret» joined (will retry)"
	// case 3 (a member number in prose), as key=value: the secret survives: "level=info value=member «secret» joined status=500"
	// case 3 (a member number in prose), in a URL query: the secret survives: "GET https://api.example.com/v1/hook?id=7&v=member «secret» joined&x=1 HTTP/1.1"
	// case 3 (a member number in prose), in a JSON string: the secret survives: "{\"level\":\"error\",\"msg\":\"member «secret» joined\",\"status\":500}"
	// case 3 (a member number in prose), at the start of a line: the secret survives: "member «secret» joined was seen"
	// case 3 (a member number in prose), after a tab: the secret survives: "2026-11-30T09:39:28Z\tINFO\tmember «secret» joined"
}

func ExampleCheckDetectors() {
	e, err := patterns.New(patterns.WithDetector(patterns.Detector{
		ID:       "acme-token",
		Category: patterns.Secret,
		Keywords: []string{"acmetok_"},
		Match:    patterns.PrefixToken(patterns.CharsetAlnum, 32, 32),
		Positive: []patterns.Example{{Text: "acmetok_" + "0123456789abcdefABCDEF0123456789", Why: "bare token"}},
	}))
	if err != nil {
		panic(err)
	}
	// In a test: patternstest.CheckDetectors(t, e, "acme-token").
	patternstest.CheckDetectors(printTB{}, e, "acme-token")
	// Output:
	// detector "acme-token" has 1 positive and 0 negative examples: give it at least one of each
}
