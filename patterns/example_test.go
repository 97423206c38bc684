package patterns_test

import (
	"fmt"
	"strings"

	"github.com/logredact/logredact/patterns"
)

func ExampleDefault() {
	e := patterns.Default()
	fmt.Println(e.RedactString("login failed for alice@example.com from 10.1.2.3"))
	fmt.Println(e.RedactString("card 4111 1111 1111 1111, order 4111111111111112"))
	fmt.Println(e.RedactString(`{"user":"bob","password":"hunter2"}`))
	// Output:
	// login failed for [REDACTED:email] from 10.1.2.3
	// card [REDACTED:credit-card], order 4111111111111112
	// {"user":"bob","password":"[REDACTED:sensitive-key]"}
}

func ExampleNew() {
	e, err := patterns.New(
		patterns.WithSensitiveKeys("member_number"),
		patterns.WithMask(patterns.PartialMask()),
	)
	if err != nil {
		panic(err)
	}
	out, _ := e.RedactIn(patterns.Scope{Key: "memberNumber"}, "M-0042")
	fmt.Println(out)
	fmt.Println(e.RedactString("to alice@example.com, card 4111 1111 1111 1111"))

	_, err = patterns.New(patterns.WithoutDetectors("emial"))
	fmt.Println(err)
	// Output:
	// [REDACTED:sensitive-key]
	// to ***@example.com, card **** **** **** 1111
	// patterns.WithoutDetectors: unknown detector "emial"; did you mean "email"?
}

func ExampleEngine_RedactIn() {
	e := patterns.Default()
	for _, f := range []struct{ key, value string }{
		{"db.password", "correct-horse"},
		{"max_tokens", "4096"},
		{"note", "mail bob@example.org"},
	} {
		out, changed := e.RedactIn(patterns.Scope{Key: f.key}, f.value)
		fmt.Println(f.key, out, changed)
	}
	// Output:
	// db.password [REDACTED:sensitive-key] true
	// max_tokens 4096 false
	// note mail [REDACTED:email] true
}

func ExampleEngine_Find() {
	for _, f := range patterns.Default().Find("ssn 123-45-6789 for carol@example.net") {
		fmt.Println(f.DetectorID, f.Category, f.Start, f.End)
	}
	// Output:
	// us-ssn pii 4 15
	// email pii 20 37
}

func ExampleHMACMask() {
	e, err := patterns.New(patterns.WithMask(patterns.HMACMask([]byte("a key of at least 16 bytes"))))
	if err != nil {
		panic(err)
	}
	a := e.RedactString("alice@example.com")
	b := e.RedactString("alice@example.com")
	fmt.Println(strings.HasPrefix(a, "[REDACTED:email:"), a == b)
	// Output:
	// true true
}

func ExampleFixedMask() {
	e, _ := patterns.New(patterns.WithMask(patterns.FixedMask("***")))
	fmt.Println(e.RedactString("ssn 123-45-6789"))
	// Output:
	// ssn ***
}

func ExampleLabelMask() {
	e, _ := patterns.New(patterns.WithMask(patterns.LabelMask()))
	fmt.Println(e.RedactString("key AKIAIOSFODNN7EXAMPLE used"))
	// Output:
	// key [REDACTED:aws-access-key-id] used
}

func ExamplePartialMask() {
	e, _ := patterns.New(patterns.WithMask(patterns.PartialMask()))
	fmt.Println(e.RedactString("ssn 123-45-6789"))
	// Output:
	// ssn ***-**-6789
}

func ExampleWithDetector() {
	e, err := patterns.New(patterns.WithDetector(patterns.Detector{
		ID:          "acme-ticket-key",
		Description: "Acme internal ticket key",
		Category:    patterns.Secret,
		Keywords:    []string{"acmetk_"},
		Pattern:     `acmetk_[a-z0-9]{12}\b`,
	}))
	if err != nil {
		panic(err)
	}
	fmt.Println(e.RedactString("using acmetk_0a1b2c3d4e5f for ticket 7"))
	// Output:
	// using [REDACTED:acme-ticket-key] for ticket 7
}

func ExampleWithKnownSecrets() {
	e, _ := patterns.New(patterns.WithKnownSecrets("tr0ub4dor&3"))
	fmt.Println(e.RedactString("connecting with tr0ub4dor&3 as admin"))
	// Output:
	// connecting with [REDACTED:known-secret] as admin
}

func ExampleWithObserver() {
	counts := map[string]int{}
	e, _ := patterns.New(patterns.WithObserver(func(o patterns.Observation) {
		counts[o.DetectorID+" under "+o.Key]++
	}))
	e.RedactIn(patterns.Scope{Layer: "example", Key: "contact"}, "a@example.com, b@example.com")
	fmt.Println(counts)
	// Output:
	// map[email under contact:2]
}
