package patterns

import (
	"encoding/base64"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestIBAN(t *testing.T) {
	e := Default()
	tests := []struct {
		name, in string
		want     []string
	}{
		{"compact", "GB82WEST12345698765432", []string{"iban:GB82WEST12345698765432"}},
		{"grouped", "GB82 WEST 1234 5698 7654 32", []string{"iban:GB82 WEST 1234 5698 7654 32"}},
		{"lower case", "gb82west12345698765432", nil},
		{"lower-case letters in the BBAN", "GB82west12345698765432", nil},
		{"after a key", "iban=DE89370400440532013000", []string{"iban:DE89370400440532013000"}},
		{"JSON", `{"iban":"DE89 3704 0044 0532 0130 00"}`, []string{"iban:DE89 3704 0044 0532 0130 00"}},
		{"sentence", "pay FR1420041010050500013M02606 now", []string{"iban:FR1420041010050500013M02606"}},
		{"full stop", "to NL91ABNA0417164300.", []string{"iban:NL91ABNA0417164300"}},
		{"path", "/accounts/CH9300762011623852957/balance", []string{"iban:CH9300762011623852957"}},
		{"two", "from BE68539007547034 to NO9386011117947", []string{"iban:BE68539007547034", "iban:NO9386011117947"}},
		{"word after groups", "DE89 3704 0044 0532 0130 00 EUR", []string{"iban:DE89 3704 0044 0532 0130 00"}},
		{"fails mod-97", "GB82WEST12345698765433", nil},
		{"short", "GB82WEST1234569876543", nil},
		{"long", "GB82WEST123456987654321", nil},
		{"inside a word", "XGB82WEST12345698765432", nil},
		{"inside a longer run", "GB82WEST12345698765432X", nil},
		{"after a dash", "acct-GB82WEST12345698765432", nil},
		{"mixed case", "GB82WeST12345698765432", nil},
		{"wrong structure", "GB8212345698765432WEST", nil},
		{"no such country", "ZZ82WEST12345698765432", nil},
		{"country without IBANs", "US82WEST12345698765432", nil},
		{"group short", "GB82 WEST 1234 5698 7654 3", nil},
		{"dashes", "GB82-WEST-1234-5698-7654-32", nil},
		{"two spaces", "GB82  WEST 1234 5698 7654 32", nil},
		{"header alone", "ticket DE12 escalated", nil},
		{"masked", "GB** **** **** **** **54 32", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, found(e, "", tt.in)); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestIBANEveryCountry builds an IBAN for every country of the registry,
// from its BBAN structure and with computed check digits, and checks each
// written every way, and broken every way.
func TestIBANEveryCountry(t *testing.T) {
	e := Default()
	countries := 0
	for _, f := range strings.Fields(ibanRegistry) {
		if len(f) < 4 || f[0] < 'A' || f[0] > 'Z' {
			continue
		}
		countries++
		cc := f[:2]
		format := bbanFormat(cc[0], cc[1])
		if want, _ := strconv.Atoi(f[2:]); len(format)+4 != want {
			t.Errorf("%s: BBAN of %d characters for an IBAN of %d", cc, len(format), want)
		}
		iban := testIBAN(cc, format, cc)
		grouped := groupFours(iban)
		cases := []struct {
			in    string
			found bool
		}{
			{iban, true},
			{grouped, true},
			{strings.ToLower(iban), false},
			{"iban: " + grouped + ".", true},
			{iban[:len(iban)-1], false},
			{iban + "7", false},
			{iban[:2] + otherCheck(iban[2:4]) + iban[4:], false},
			{"x" + iban, false},
		}
		for _, c := range cases {
			fs := e.Find(c.in)
			got := len(fs) == 1 && fs[0].DetectorID == "iban"
			if got != c.found {
				t.Errorf("%s: Find(%q) = %+v, want found=%v", cc, c.in, fs, c.found)
			}
		}
	}
	if countries != 89 {
		t.Errorf("registry has %d countries, the ISO 13616 registry 89", countries)
	}
}

// testIBAN fills format with characters of its classes, determined by
// seed, and computes the check digits.
func testIBAN(cc, format, seed string) string {
	digits := fake("0123456789", len(format), seed+"-n")
	letters := fake("ABCDEFGHIJKLMNOPQRSTUVWXYZ", len(format), seed+"-a")
	alnum := fake(charsUpperNum, len(format), seed+"-c")
	b := []byte(format)
	for i, c := range b {
		switch c {
		case 'n':
			b[i] = digits[i]
		case 'a':
			b[i] = letters[i]
		default:
			b[i] = alnum[i]
		}
	}
	for check := 2; check <= 98; check++ {
		d := strconv.Itoa(check)
		if check < 10 {
			d = "0" + d
		}
		if ibanChecksum(cc[0], cc[1], d[0], d[1], b) {
			return cc + d + string(b)
		}
	}
	panic("no check digits for " + cc)
}

func groupFours(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[i:min(i+4, len(s))])
	}
	return b.String()
}

func otherCheck(d string) string {
	if d == "97" {
		return "96"
	}
	n, _ := strconv.Atoi(d)
	s := strconv.Itoa(n + 1)
	if len(s) < 2 {
		s = "0" + s
	}
	return s
}

// TestIBANBase64 feeds base64 tokens that start like an IBAN (a country
// code and two digits, and the length of its IBANs): none is one.
func TestIBANBase64(t *testing.T) {
	e := Default()
	for i := 0; i < 100; i++ {
		raw := fake(charsAlnum, 40, "iban-b64-"+strconv.Itoa(i))
		body := base64.RawURLEncoding.EncodeToString([]byte(raw))
		for _, f := range strings.Fields(ibanRegistry) {
			if len(f) < 4 || f[0] < 'A' || f[0] > 'Z' {
				continue
			}
			n, _ := strconv.Atoi(f[2:])
			tok := f[:2] + strconv.Itoa(10+i%90) + body[:n-4]
			if fs := e.Find("token " + tok); len(fs) > 0 {
				t.Errorf("Find(%q) = %+v, want nothing", tok, fs)
			}
		}
	}
}
