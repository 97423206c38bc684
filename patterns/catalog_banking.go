package patterns

// Bank accounts: IBANs, found by the scanner of scan_iban.go. The examples
// are the specimen IBANs that banks and the IBAN registry publish.

var _ = register(Detector{
	ID:          "iban",
	Description: "IBAN: length and BBAN structure of its country in the ISO 13616 registry, mod-97 check digits; compact or in groups of four",
	Category:    PII,
	anchor:      anchorIBAN,
	Positive: []Example{
		{Text: "GB82WEST12345698765432", Why: "compact"},
		{Text: "GB82 WEST 1234 5698 7654 32", Why: "printed in groups of four"},
		{Text: "iban=DE89370400440532013000", Secret: "DE89370400440532013000", Why: "all-digit BBAN after a key"},
		{Text: "pay to DE89 3704 0044 0532 0130 00 today", Secret: "DE89 3704 0044 0532 0130 00", Why: "in a sentence"},
		{Text: "FR1420041010050500013M02606", Why: "letters inside the account number"},
		{Text: "NL91ABNA0417164300", Why: "short BBAN"},
		{Text: "NO9386011117947", Why: "shortest IBAN"},
		{Text: "LC55HEMM000100010012001200023015", Why: "longest IBAN"},
		{Text: "MT84MALT011000012345MTLCAST001S", Why: "letters at the end"},
		{Text: `{"account":"CH9300762011623852957"}`, Secret: "CH9300762011623852957", Why: "JSON value"},
		{Text: "(BE68 5390 0754 7034)", Secret: "BE68 5390 0754 7034", Why: "in parentheses"},
	},
	Negative: []Example{
		{Text: "GB82WEST12345698765433", Why: "fails mod-97"},
		{Text: "GB82WEST1234569876543", Why: "one character short for GB"},
		{Text: "GB82WEST123456987654321", Why: "one character long for GB"},
		{Text: "XGB82WEST12345698765432", Why: "inside a longer word"},
		{Text: "GB82wEST12345698765432", Why: "mixed case, as base64 is"},
		{Text: "gb82west12345698765432", Why: "lower case: the standard writes IBANs in upper case"},
		{Text: "GB8212345698765432WEST", Why: "letters where the UK BBAN has digits"},
		{Text: "ZZ82WEST12345698765432", Why: "no such country"},
		{Text: "GB82 WEST 1234 5698 7654 3", Why: "a group short"},
		{Text: "GB82-WEST-1234-5698-7654-32", Why: "dashes are no IBAN grouping"},
		{Text: "ticket DE12 escalated", Why: "a country code and two digits alone"},
		{Text: "iban=[REDACTED:iban]", Why: "already masked"},
	},
})
