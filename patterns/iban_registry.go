package patterns

import (
	"strconv"
	"strings"
	"sync"
)

// ibanRegistry is the SWIFT IBAN registry (ISO 13616, release 101): for
// each country its IBAN length and the structure of its BBAN, the part
// after the country code and check digits, as runs of digits (n), upper-
// case letters (a) and either (c). Checking the structure as well as the
// length and the mod-97 check digits is what keeps base64 and other
// identifiers that happen to start with a country code and two digits
// from passing for IBANs.
const ibanRegistry = `AD24 8n12c AE23 19n AL28 8n16c AT20 16n AZ28 4a20c BA20 16n BE16 12n
BG22 4a6n8c BH22 4a14c BI27 23n BR29 23n1a1c BY28 4c4n16c CH21 5n12c CR22 18n
CY28 8n16c CZ24 20n DE22 18n DJ27 23n DK18 14n DO28 4c20n EE20 16n EG29 25n
ES24 20n FI18 14n FK18 2a12n FO18 14n FR27 10n11c2n GB22 4a14n GE22 2a16n
GI23 4a15c GL18 14n GR27 7n16c GT28 24c HN28 4a20n HR21 17n HU28 24n IE22 4a14n
IL23 19n IQ23 4a15n IS26 22n IT27 1a10n12c JO30 4a4n18c KW30 4a22c KZ20 3n13c
LB28 4n20c LC32 4a24c LI21 5n12c LT20 16n LU20 3n13c LV21 4a13c LY25 21n
MC27 10n11c2n MD24 20c ME22 18n MK19 3n10c2n MN20 16n MR27 23n MT31 4a5n18c
MU30 4a19n3a NI28 4a20n NL18 4a10n NO15 11n OM23 3n16c PK24 4a16c PL28 24n
PS29 4a21c PT25 21n QA29 4a21c RO24 4a16c RS22 18n RU33 14n15c SA24 2n18c
SC31 4a20n3a SD18 14n SE24 20n SI19 15n SK24 20n SM27 1a10n12c SO23 19n
ST25 21n SV28 4a20n TL23 19n TN24 20n TR26 6n16c UA29 6n19c VA22 18n VG24 4a16n
XK20 16n YE30 4a4n18c`

// maxBBAN is the longest BBAN of the registry (Russia's, 29 characters).
const maxBBAN = 29

var (
	ibanOnce sync.Once
	// ibanBBAN maps a country code (index 26*first+second letter) to
	// its BBAN structure, one class letter per character, or "".
	ibanBBAN [26 * 26]string
)

// bbanFormat returns the BBAN structure of the country whose code is the
// upper-case letters a, b, or "" for a country without IBANs.
func bbanFormat(a, b byte) string {
	ibanOnce.Do(func() {
		fields := strings.Fields(ibanRegistry)
		for k := 0; k+1 < len(fields); k += 2 {
			cc, spec := fields[k], fields[k+1]
			var b strings.Builder
			for n := 0; n < len(spec); {
				m := n
				for m < len(spec) && isDigit(spec[m]) {
					m++
				}
				count, _ := strconv.Atoi(spec[n:m])
				b.WriteString(strings.Repeat(spec[m:m+1], count))
				n = m + 1
			}
			// The length written beside the code must add up.
			if want, err := strconv.Atoi(cc[2:]); err != nil || b.Len()+4 != want || b.Len() > maxBBAN {
				panic("patterns: IBAN registry entry " + cc + " does not add up")
			}
			ibanBBAN[int(cc[0]-'A')*26+int(cc[1]-'A')] = b.String()
		}
	})
	if a < 'A' || a > 'Z' || b < 'A' || b > 'Z' {
		return ""
	}
	return ibanBBAN[int(a-'A')*26+int(b-'A')]
}
