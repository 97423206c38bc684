package patterns

// Personal data: found by hand-written scanners anchored on structure (an
// '@', a digit run), not by keywords, since email addresses, card numbers
// and SSNs carry no distinctive literal.

var _ = register(Detector{
	ID:          "email",
	Description: "Email address, also percent-encoded in a URL",
	Category:    PII,
	anchor:      anchorEmail,
	Positive: []Example{
		{Text: "alice@example.com", Why: "plain address"},
		{Text: "login failed for alice@example.com", Secret: "alice@example.com", Why: "inside a sentence"},
		{Text: "Bob.Smith+billing@mail.example.co.uk", Why: "dots, plus-addressing, subdomains"},
		{Text: "first-last99@sub-domain.example.io", Why: "hyphens and digits"},
		{Text: "ALICE@EXAMPLE.COM", Why: "upper case"},
		{Text: "j@example.technology", Why: "long TLD"},
		{Text: "mail to info@xn--bcher-kva.example then", Secret: "info@xn--bcher-kva.example", Why: "punycode domain"},
		{Text: "user@xn--mnchen-3ya.xn--p1ai", Why: "punycode TLD"},
		{Text: "GET /subscribe?email=alice%40example.com&x=1", Secret: "alice%40example.com", Why: "percent-encoded in a query string"},
		{Text: "<bob@example.org>", Secret: "bob@example.org", Why: "in angle brackets"},
		{Text: "from zoë@bücher.example today", Secret: "zoë@bücher.example", Why: "internationalized address"},
		{Text: "contact: carol@example.net.", Secret: "carol@example.net", Why: "trailing full stop is not part of the domain"},
	},
	Negative: []Example{
		{Text: "go: downloading golang.org/x/net@v0.1.0", Why: "Go module version"},
		{Text: "npm install @types/node@20.1.0", Why: "npm scoped package version"},
		{Text: "ssh user@localhost", Why: "no domain"},
		{Text: "image alpine@sha256:9b2a28eb47540823042a2ba401386845089bb7b62a9637d55816132c4c3c36eb", Why: "image digest"},
		{Text: "require example.com/mod@v1.2.3-rc.beta", Why: "pre-release module version"},
		{Text: "@channel deploy done", Why: "a mention"},
		{Text: "a@b.c", Why: "one-letter TLD"},
		{Text: "***@example.com", Why: "already masked"},
		{Text: "dial postgres://app:[REDACTED:url-credentials]@db.example.com:5432/app", Why: "the host of a URL with credentials"},
	},
})

var _ = register(Detector{
	ID:          "credit-card",
	Description: "Payment card number: 13-19 digits, Luhn-valid, in an issuer's range",
	Category:    PII,
	anchor:      anchorCard,
	Validate:    validCard,
	Positive: []Example{
		{Text: "4111 1111 1111 1111", Why: "Visa test card, grouped with spaces"},
		{Text: "card=4111111111111111 ok", Secret: "4111111111111111", Why: "bare, in key=value"},
		{Text: "5500-0000-0000-0004", Why: "Mastercard, grouped with dashes"},
		{Text: withLuhn("222300312200322"), Why: "Mastercard 2-series"},
		{Text: "378282246310005", Why: "Amex test card"},
		{Text: "3782 822463 10005", Why: "Amex 4-6-5 grouping"},
		{Text: "6011111111111117", Why: "Discover test card"},
		{Text: "3530111333300000", Why: "JCB test card"},
		{Text: "30569309025904", Why: "Diners Club test card, 14 digits"},
		{Text: withLuhn("620000000000000"), Why: "UnionPay"},
		{Text: withLuhn("675964982643845"), Why: "Maestro"},
		{Text: "paid with 4012888888881881.", Secret: "4012888888881881", Why: "followed by a full stop"},
		{Text: withLuhn("411111111111"), Why: "13-digit Visa"},
	},
	Negative: []Example{
		{Text: "4111111111111112", Why: "fails Luhn"},
		{Text: withLuhn("123456789012345"), Why: "Luhn-valid but no issuer starts with 1"},
		{Text: "id_4111111111111111", Why: "part of an identifier"},
		{Text: "x4111111111111111", Why: "part of a word"},
		{Text: "41111111111111111111", Why: "slice of a longer digit run"},
		{Text: "4111 1111 1111 1111 1111", Why: "too many groups"},
		{Text: "GET /orders/4111111111111111", Why: "a path segment is an ID"},
		{Text: "elapsed 0.4111111111111111", Why: "decimal fraction"},
		{Text: "trace 4111111111111111-01", Why: "continues with a dash and digits"},
		{Text: "411 1111 1111 1111", Why: "grouping no card uses"},
		{Text: "**** **** **** 1111", Why: "already masked"},
	},
})

var _ = register(Detector{
	ID:          "us-ssn",
	Description: "US Social Security number written AAA-GG-SSSS or AAA GG SSSS, valid by SSA rules",
	Category:    PII,
	anchor:      anchorSSN,
	Validate:    validSSN,
	Positive: []Example{
		{Text: "123-45-6789", Why: "dashed"},
		{Text: "ssn 123 45 6789 on file", Secret: "123 45 6789", Why: "spaced, in a sentence"},
		{Text: "applicant:219-09-9998", Secret: "219-09-9998", Why: "after a colon"},
		{Text: "(665-01-0001)", Secret: "665-01-0001", Why: "highest area below 666"},
	},
	Negative: []Example{
		{Text: "000-12-3456", Why: "area 000"},
		{Text: "666-12-3456", Why: "area 666"},
		{Text: "900-12-3456", Why: "area 900-999"},
		{Text: "123-00-4567", Why: "group 00"},
		{Text: "123-45-0000", Why: "serial 0000"},
		{Text: "123456789", Why: "bare nine digits outside an SSN key"},
		{Text: "2026-11-30", Why: "a date"},
		{Text: "123-45-67890", Why: "serial too long"},
		{Text: "1123-45-6789", Why: "area too long"},
		{Text: "123-45-6789-1", Why: "part of a longer number"},
		{Text: "123-45 6789", Why: "mixed separators"},
		{Text: "***-**-6789", Why: "already masked"},
	},
})
