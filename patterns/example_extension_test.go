package patterns_test

import (
	"fmt"
	"strings"

	"github.com/logredact/logredact/patterns"
)

// Tokens in these examples are built at run time, as everywhere in the
// tests: no literal looks like a live credential.
var acmeBody = strings.Repeat("a1B2", 8)

func ExamplePrefixToken() {
	e, err := patterns.New(patterns.WithDetector(patterns.Detector{
		ID:       "acme-token",
		Category: patterns.Secret,
		Keywords: []string{"acmetok_"},
		Match:    patterns.PrefixToken(patterns.CharsetAlnum, 32, 32),
	}))
	if err != nil {
		panic(err)
	}
	fmt.Println(e.RedactString("auth acmetok_" + acmeBody + " ok"))
	fmt.Println(e.RedactString("xacmetok_" + acmeBody))                             // inside a word
	fmt.Println(e.RedactString("acmetok_"+acmeBody+"c") == "acmetok_"+acmeBody+"c") // longer than 32
	// Output:
	// auth [REDACTED:acme-token] ok
	// xacmetok_a1B2a1B2a1B2a1B2a1B2a1B2a1B2a1B2
	// true
}

func ExampleDottedToken() {
	e, err := patterns.New(patterns.WithDetector(patterns.Detector{
		ID:       "acme-routed-token",
		Category: patterns.Secret,
		Keywords: []string{"acmert-"},
		Match:    patterns.DottedToken(patterns.MustCharset("A-Za-z0-9."), 20, 64),
	}))
	if err != nil {
		panic(err)
	}
	fmt.Println(e.RedactString("use acmert-" + acmeBody + ".eu1."))
	// Output:
	// use [REDACTED:acme-routed-token].
}

func ExampleKeyedValue() {
	e, err := patterns.New(patterns.WithDetector(patterns.Detector{
		ID:         "acme-license-key",
		Category:   patterns.Secret,
		Keywords:   []string{"acme_license"},
		IgnoreCase: true,
		Match:      patterns.KeyedValue(patterns.CharsetHex, 32, 32),
	}))
	if err != nil {
		panic(err)
	}
	hex := strings.Repeat("0f3c", 8)
	fmt.Println(e.RedactString("ACME_LICENSE_KEY=" + hex))
	fmt.Println(e.RedactString(`{"acme_license": "` + hex + `"}`))
	fmt.Println(e.RedactString("checksum " + hex)) // no key name: a hash
	// Output:
	// ACME_LICENSE_KEY=[REDACTED:acme-license-key]
	// {"acme_license": "[REDACTED:acme-license-key]"}
	// checksum 0f3c0f3c0f3c0f3c0f3c0f3c0f3c0f3c
}

func ExampleBlock() {
	e, err := patterns.New(patterns.WithDetector(patterns.Detector{
		ID:       "acme-license-file",
		Category: patterns.Secret,
		Keywords: []string{"-----BEGIN ACME LICENSE"},
		Match:    patterns.Block("ACME LICENSE"),
	}))
	if err != nil {
		panic(err)
	}
	block := "-----BEGIN ACME LICENSE-----\\n" + strings.Repeat("QUNNRQ", 12) + "\\n-----END ACME LICENSE-----"
	fmt.Println(e.RedactString(`{"license":"` + block + `","ok":true}`))
	// Output:
	// {"license":"[REDACTED:acme-license-file]","ok":true}
}

func ExampleURLCredential() {
	e, err := patterns.New(
		// The catalog's url-credentials already finds every scheme; a
		// detector of its own names one scheme's credentials.
		patterns.WithDetector(patterns.Detector{
			ID:       "acme-queue-password",
			Category: patterns.Secret,
			Keywords: []string{"amqp://"},
			Match:    patterns.URLCredential(),
		}))
	if err != nil {
		panic(err)
	}
	fmt.Println(e.RedactString("dial amqp://app:Qv7" + acmeBody + "@mq:5672/prod"))
	// Output:
	// dial amqp://app:[REDACTED:acme-queue-password]@mq:5672/prod
}

func ExampleNewCharset() {
	body, err := patterns.NewCharset("A-Z2-7") // base32
	if err != nil {
		panic(err)
	}
	e, err := patterns.New(patterns.WithDetector(patterns.Detector{
		ID:       "acme-otp-seed",
		Category: patterns.Secret,
		Keywords: []string{"acmeotp_"},
		Match:    patterns.PrefixToken(body, 16, 32),
	}))
	if err != nil {
		panic(err)
	}
	fmt.Println(e.RedactString("seed acmeotp_JBSWY3DPEHPK3PXP"))
	_, err = patterns.NewCharset("z-a")
	fmt.Println(err)
	// Output:
	// seed [REDACTED:acme-otp-seed]
	// charset spec "z-a": range "z-a" is reversed
}

func ExampleMustCharset() {
	m := patterns.PrefixToken(patterns.MustCharset("A-Za-z0-9_-"), 24, 24)
	start, end, ok := m("key acme-"+strings.Repeat("x_Y-", 6)+" set", 4, "acme-")
	fmt.Println(start, end, ok)
	// Output:
	// 4 33 true
}

func ExampleWithDetector_examples() {
	tok := "acmetok_" + acmeBody
	_, err := patterns.New(patterns.WithDetector(patterns.Detector{
		ID:       "acme-token",
		Category: patterns.Secret,
		Keywords: []string{"acmetok_"},
		Match:    patterns.PrefixToken(patterns.CharsetAlnum, 32, 32),
		Positive: []patterns.Example{
			{Text: tok, Why: "bare token"},
			{Text: "token " + tok + "c", Secret: tok, Why: "wrongly positive: one byte long"},
		},
	}))
	fmt.Println(err)
	// Output:
	// patterns.WithDetector: detector "acme-token": positive example 2 ("token acme…"): not found
}

func ExampleEngine_CheckExamples() {
	e := patterns.Default()
	err := e.CheckExamples(patterns.Detector{
		ID: "acme-token",
		Negative: []patterns.Example{
			{Text: "reset link sent to alice@example.com", Why: "an email is no token"},
		},
	})
	fmt.Println(err)
	// Output:
	// detector "acme-token": negative example 1 ("reset link…"): found by "email" at bytes 19-36
}

func ExampleMaskFunc() {
	// Keep the issuer's six digits and the last four of a card, as
	// payment teams do; label everything else.
	keepBIN := func(id, v string) string {
		if id != "credit-card" {
			return "[" + id + "]"
		}
		d := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, v)
		return d[:6] + strings.Repeat("*", len(d)-10) + d[len(d)-4:]
	}
	e, err := patterns.New(patterns.WithMask(patterns.MaskFunc(keepBIN)))
	if err != nil {
		panic(err)
	}
	fmt.Println(e.RedactString("card 4111 1111 1111 1111 for alice@example.com"))

	// A replacement the engine would find is replaced by the label.
	leaky, _ := patterns.New(patterns.WithMask(patterns.MaskFunc(func(id, v string) string { return "ops@example.com" })))
	fmt.Println(leaky.RedactString("card 4111 1111 1111 1111"))
	// Output:
	// card 411111******1111 for [email]
	// card [REDACTED:credit-card]
}

func ExampleWithReportOnly() {
	counts := map[string]int{}
	e, err := patterns.New(
		patterns.WithReportOnly(), // nothing is redacted
		patterns.WithObserver(func(o patterns.Observation) { counts[o.DetectorID]++ }),
	)
	if err != nil {
		panic(err)
	}
	line := "login failed for alice@example.com, card 4111 1111 1111 1111"
	fmt.Println(e.RedactString(line))
	fmt.Println(e.ReportOnly(), counts)
	// Output:
	// login failed for alice@example.com, card 4111 1111 1111 1111
	// true map[credit-card:1 email:1]
}
