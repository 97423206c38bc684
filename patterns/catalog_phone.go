package patterns

// Phone numbers: found by the scanner of scan_phone.go and checked against
// the numbering plan of their country (phone_plan.go). The examples use
// numbers set aside for fiction and documentation where a country has
// them (Ofcom's 020 7946 0xxx, ACMA's 0491 570 xxx, ARCEP's 01 99 00 xx
// xx) and the long-public "867-5309" otherwise.

var _ = register(Detector{
	ID:          "phone-number",
	Description: "Phone number: international (+ or 00 and a calling code, tel: links), or national after a phone word or under a phone key, valid by its country's numbering plan",
	Category:    PII,
	anchor:      anchorPhone,
	Positive: []Example{
		{Text: "+44 20 7946 0958", Why: "international, grouped"},
		{Text: "+14158675309", Why: "E.164, one piece"},
		{Text: "call +1 (415) 867-5309 now", Secret: "+1 (415) 867-5309", Why: "area code in parentheses"},
		{Text: "tel:+1-415-867-5309", Secret: "+1-415-867-5309", Why: "tel: link"},
		{Text: "+44 (0)20 7946 0958", Why: "trunk prefix kept in parentheses"},
		{Text: "+61 491 570 156", Why: "Australian mobile"},
		{Text: "+33 1 99 00 12 34", Why: "French pairs"},
		{Text: "+44.20.7946.0958", Why: "dots between groups"},
		{Text: "dial 0044 20 7946 0958", Secret: "0044 20 7946 0958", Why: "00 call prefix, calling code set apart"},
		{Text: "011 44 20 7946 0958", Why: "North American call prefix"},
		{Text: "phone=020 7946 0958", Secret: "020 7946 0958", Why: "national, under a key in free text"},
		{Text: `{"mobile":"0491 570 156"}`, Secret: "0491 570 156", Why: "national, JSON key"},
		{Text: "call me at (415) 867-5309", Secret: "(415) 867-5309", Why: "national, after a phone word"},
		{Text: "Tel. 0161 496 0123", Secret: "0161 496 0123", Why: "abbreviated phone word"},
		{Text: "SMS to 02079460958 failed", Secret: "02079460958", Why: "trunk prefix, one piece, after a phone word"},
		{Text: "customer_phone=4158675309", Secret: "4158675309", Why: "compound phone key"},
		{Text: "phoneNumber: 415.867.5309", Secret: "415.867.5309", Why: "camelCase key, dots"},
		{Text: "mobile_no=0491570156", Secret: "0491570156", Why: "key ending in no"},
		{Text: "msisdn=61491570156", Secret: "61491570156", Why: "calling code without a plus, under a phone key"},
		{Text: "Téléphone : 01 99 00 12 34", Secret: "01 99 00 12 34", Why: "French phone word"},
		{Text: "Telefon: 030 901820", Secret: "030 901820", Why: "German phone word"},
		{Text: "phone=+44 20 7946 0958 (home)", Secret: "+44 20 7946 0958", Why: "followed by a note"},
	},
	Negative: []Example{
		{Text: "order 4158675309 shipped", Why: "bare digits without a phone word"},
		{Text: "ts=1700000000 took 1234567 ns", Why: "epoch and a duration"},
		{Text: "call 1700000000 returned", Why: "an epoch after a phone word is not a number people dial"},
		{Text: "phone_verified=1700000000", Why: "key describes a phone"},
		{Text: "hotel 020 7946 0958", Why: "hotel is not tel"},
		{Text: "+1 000 000 0000", Why: "no such number in the plan"},
		{Text: "+44 20 7946 095", Why: "one digit short"},
		{Text: "offset +0530 tz +05:30", Why: "time zone offsets"},
		{Text: "value 1e+15 and 2.5e+10", Why: "exponents"},
		{Text: "price +1234.56 EUR", Why: "a signed amount"},
		{Text: "phone: 12345", Why: "too short"},
		{Text: "listening on 8080 8443 9090", Why: "ports"},
		{Text: "released 2026-11-30, phone lookups 1234567", Why: "a date, and a count after a word that is not a filler"},
		{Text: "build 1.2.3.4567890", Why: "a version"},
		{Text: "session 0044207946 expired", Why: "00 run without separators or a phone word"},
		{Text: "phone=[REDACTED:phone-number]", Why: "already masked"},
	},
})
