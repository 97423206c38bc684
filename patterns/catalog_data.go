package patterns

import "strings"

// Data platforms and databases as a service: ClickHouse Cloud, Confluent
// Cloud, Looker, Airtable and Algolia. ClickHouse Cloud secrets and
// Airtable personal access tokens whose third byte is a capital or a
// digit have a distinctive form; the rest rely on the key name in front
// of them.

var _ = register(token(tokenSpec{
	id:       "clickhouse-cloud-api-secret",
	desc:     "ClickHouse Cloud API key secret",
	prefixes: []string{"4b1d"},
	body:     setAlnum,
	chars:    charsAlnum,
	min:      38,
	max:      38,
	valid:    mixedClasses,
}))

var (
	_ = register(keyedSecret(keyedSpec{
		id:    "confluent-api-key",
		desc:  "Confluent Cloud API key (16 upper-case letters and digits) or secret (64 bytes)",
		keys:  []string{"confluent"},
		hot:   []string{"confluent", "Confluent"},
		body:  firstOf(run(newCharset("A-Za-z0-9+/"), 64, 64), run(setUpperNum, 16, 16)),
		value: func(seed string) string { return fakeMixed(charsBase64, 64, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "looker-api-secret",
		desc:  "Looker API client ID (20 bytes) or secret (24 bytes)",
		keys:  []string{"looker"},
		hot:   []string{"looker"},
		body:  firstOf(run(setAlnum, 24, 24), run(setAlnum, 20, 20)),
		value: func(seed string) string { return fakeMixed(charsAlnum, 24, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "algolia-api-key",
		desc:  "Algolia admin or search API key (32 hex digits)",
		keys:  []string{"algolia"},
		hot:   []string{"Algolia", "ALGOLIA"},
		body:  run(setLowerNum, 32, 32),
		value: func(seed string) string { return fake(charsHex, 31, seed) + "a" },
	}))
)

// airtableBody reads a personal access token ("pat", 14 bytes, '.', 64
// hex digits) or a legacy API key ("key" and 14 bytes).
func airtableBody(s string, i int) (int, bool) {
	switch {
	case hasAt(s, i, "pat"):
		j := span(s, i+3, setAlnum, 15)
		if j-i-3 != 14 || !hasAt(s, j, ".") {
			return 0, false
		}
		return run(setHex, 64, 64)(s, j+1)
	case hasAt(s, i, "key"):
		return run(setAlnum, 14, 14)(s, i+3)
	}
	return 0, false
}

// airtableBareKeywords are "pat" and a capital or a digit: a personal
// access token is found alone only when its fourth byte is one, because
// "pat" and a lower-case letter starts "path" and "pattern".
func airtableBareKeywords() []string {
	var kws []string
	for _, c := range charsUpperNum {
		kws = append(kws, "pat"+string(c))
	}
	return kws
}

// airtableKeys leave out the lower-case spelling, whose "bl" is the one
// of "table" and "blob".
// airtableValid checks a match: the hex part of a personal access token
// mixes letters and digits, and so does the body of a legacy key.
func airtableValid(m string) bool {
	if i := strings.IndexByte(m, '.'); i >= 0 {
		return hexSecret(m[i+1:]) && randomLooking(m[3:i]) || hexSecret(m[i+1:]) && strings.Count(m[3:i], m[3:4]) != i-3
	}
	return randomLooking(m[3:])
}

var airtableKeys = []string{"AIRTABLE", "Airtable"}

var _ = register(Detector{
	ID:          "airtable-token",
	Description: "Airtable personal access token (pat + 14 bytes . 64 hex digits), or a legacy API key after a key name holding airtable",
	Category:    Secret,
	Keywords:    append(airtableBareKeywords(), airtableKeys...),
	Match: func(s string, at int, kw string) (int, int, bool) {
		if len(kw) == 4 {
			if !boundaryBefore(s, at) {
				return 0, 0, false
			}
			end, ok := airtableBody(s, at)
			return at, end, ok
		}
		return keyed(nil, airtableBody)(s, at, kw)
	},
	Validate: airtableValid,
	Positive: []Example{
		{Text: "patQ" + fakeMixed(charsAlnum, 13, "airtable") + "." + fake(charsHex, 64, "airtable"), Why: "bare token"},
		{Text: "AIRTABLE_PAT=pat" + fake(charsLowerNum, 14, "airtable-2") + "." + fake(charsHex, 64, "airtable-2"), Secret: "pat" + fake(charsLowerNum, 14, "airtable-2") + "." + fake(charsHex, 64, "airtable-2"), Why: "a token whose fourth byte is a lower-case letter, after its key"},
		{Text: `{"Airtable":"key` + fakeMixed(charsAlnum, 14, "airtable-3") + `"}`, Secret: "key" + fakeMixed(charsAlnum, 14, "airtable-3"), Why: "legacy API key"},
	},
	Negative: []Example{
		{Text: "patQ" + fakeMixed(charsAlnum, 13, "airtable-6") + "." + fake(charsHex, 65, "airtable-6"), Why: "hex part one byte long"},
		{Text: "xpatQ" + fakeMixed(charsAlnum, 13, "airtable-7") + "." + fake(charsHex, 64, "airtable-7"), Why: "prefix inside a word"},
		{Text: "patXXXXXXXXXXXXXX." + strings.Repeat("0", 64), Why: "a placeholder"},
		{Text: "patQ" + fakeMixed(charsAlnum, 13, "airtable-4") + "." + fake(charsHex, 63, "airtable-4"), Why: "hex part one byte short"},
		{Text: "GET /patterns/patX" + fakeMixed(charsAlnum, 13, "airtable-5") + " 404", Why: "no hex part"},
		{Text: "path=/var/lib/pattern.d", Why: "words that start with the prefix"},
	},
})
