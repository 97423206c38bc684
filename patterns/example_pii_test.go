package patterns_test

import (
	"fmt"

	"github.com/logredact/logredact/patterns"
)

func ExampleWithIPAddresses() {
	e, err := patterns.New(patterns.WithIPAddresses(), patterns.WithMask(patterns.PartialMask()))
	if err != nil {
		panic(err)
	}
	fmt.Println(e.RedactString("client 192.0.2.17:52114 via [2001:db8:85a3::7]:443"))
	fmt.Println(e.RedactString("agent version 1.2.3.4, oid 1.3.6.1.4.1.311"))
	// Output:
	// client 192.0.2.***:52114 via [2001:db8:85a3:*:*:*:*:*]:443
	// agent version 1.2.3.4, oid 1.3.6.1.4.1.311
}

// Phone numbers are masked when a '+' or a phone word or key says what the
// digits are, and the country's numbering plan agrees.
func Example_phoneNumbers() {
	e := patterns.Default()
	fmt.Println(e.RedactString("SMS to +44 20 7946 0958 failed"))
	fmt.Println(e.RedactString("call me at (415) 867-5309"))
	fmt.Println(e.RedactString("order 4158675309 shipped"))
	out, _ := e.RedactIn(patterns.Scope{Key: "customer_phone"}, "020 7946 0958")
	fmt.Println(out)
	// Output:
	// SMS to [REDACTED:phone-number] failed
	// call me at [REDACTED:phone-number]
	// order 4158675309 shipped
	// [REDACTED:phone-number]
}

// Personal data under PartialMask keeps what the table in the package
// documentation says.
func ExamplePartialMask_personalData() {
	e, err := patterns.New(patterns.WithMask(patterns.PartialMask()))
	if err != nil {
		panic(err)
	}
	fmt.Println(e.RedactString("pay GB82 WEST 1234 5698 7654 32 from +1 415 867 5309"))
	fmt.Println(e.RedactString("alice&#64;example.com, ssn 123.45.6789, card ４１１１ １１１１ １１１１ １１１１"))
	// Output:
	// pay GB** **** **** **** **54 32 from +1 *** *** **09
	// ***&#64;example.com, ssn ***.**.6789, card **** **** **** １１１１
}
