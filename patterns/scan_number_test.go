package patterns

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// group writes digits in groups of the given sizes joined by sep.
func group(digits, sep string, sizes ...int) string {
	var parts []string
	for _, n := range sizes {
		parts = append(parts, digits[:n])
		digits = digits[n:]
	}
	return strings.Join(parts, sep)
}

// toDigits writes the ASCII digits of s in the script whose zero is zero.
func toDigits(s string, zero rune) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r = zero + r - '0'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestCardForms(t *testing.T) {
	e := Default()
	visa := "4111111111111111"
	visa13 := withLuhn("411111111111")
	visa19 := withLuhn("411111111111111111")
	amex := "378282246310005"
	uatp := withLuhn("12345678901234")
	tests := []struct {
		name, key, in string
		want          []string
	}{
		{"spaces", "", group(visa, " ", 4, 4, 4, 4), []string{"credit-card:4111 1111 1111 1111"}},
		{"dashes", "", group(visa, "-", 4, 4, 4, 4), []string{"credit-card:4111-1111-1111-1111"}},
		{"dots", "", group(visa, ".", 4, 4, 4, 4), []string{"credit-card:4111.1111.1111.1111"}},
		{"slashes", "", group(visa, "/", 4, 4, 4, 4), []string{"credit-card:4111/1111/1111/1111"}},
		{"no-break space", "", group(visa, "\u00a0", 4, 4, 4, 4), []string{"credit-card:" + group(visa, "\u00a0", 4, 4, 4, 4)}},
		{"narrow no-break space", "", group(visa, "\u202f", 4, 4, 4, 4), []string{"credit-card:" + group(visa, "\u202f", 4, 4, 4, 4)}},
		{"13 digits 4-4-5", "", group(visa13, " ", 4, 4, 5), []string{"credit-card:" + group(visa13, " ", 4, 4, 5)}},
		{"19 digits 4-4-4-4-3", "", group(visa19, " ", 4, 4, 4, 4, 3), []string{"credit-card:" + group(visa19, " ", 4, 4, 4, 4, 3)}},
		{"Amex 4-6-5", "", group(amex, " ", 4, 6, 5), []string{"credit-card:3782 822463 10005"}},
		{"Diners 4-6-4", "", group("30569309025904", "-", 4, 6, 4), []string{"credit-card:3056-930902-5904"}},
		{"fullwidth digits", "", toDigits(group(visa, " ", 4, 4, 4, 4), '０'), []string{"credit-card:" + toDigits(group(visa, " ", 4, 4, 4, 4), '０')}},
		{"fullwidth with ideographic spaces", "", toDigits(group(visa, "\u3000", 4, 4, 4, 4), '０'), []string{"credit-card:" + toDigits(group(visa, "\u3000", 4, 4, 4, 4), '０')}},
		{"Arabic-Indic digits", "", "card " + toDigits(visa, '٠'), []string{"credit-card:" + toDigits(visa, '٠')}},
		{"Devanagari digits", "", toDigits(group(visa, "-", 4, 4, 4, 4), '०'), []string{"credit-card:" + toDigits(group(visa, "-", 4, 4, 4, 4), '०')}},
		{"float", "", "card=4.111111111111111e+15", []string{"credit-card:4.111111111111111e+15"}},
		{"float upper case", "", "4.111111111111111E15", []string{"credit-card:4.111111111111111E15"}},
		{"float with trailing zeros", "", "5.5e+15", nil},
		{"float written in full", "", "amount 4111111111111111.0", []string{"credit-card:4111111111111111.0"}},
		{"UATP", "", uatp, []string{"credit-card:" + uatp}},
		{"UATP 4-6-5", "", group(uatp, " ", 4, 6, 5), []string{"credit-card:" + group(uatp, " ", 4, 6, 5)}},
		{"Mir", "", withLuhn("220070000000000"), []string{"credit-card:" + withLuhn("220070000000000")}},
		{"Mir 19 digits", "", withLuhn("220412345678901234"), []string{"credit-card:" + withLuhn("220412345678901234")}},
		{"RuPay", "", withLuhn("608200000000000"), []string{"credit-card:" + withLuhn("608200000000000")}},
		{"RuPay 82", "", withLuhn("820000000000000"), []string{"credit-card:" + withLuhn("820000000000000")}},
		{"Verve", "", withLuhn("506099000000000"), []string{"credit-card:" + withLuhn("506099000000000")}},
		{"Verve 19 digits", "", withLuhn("650002000000000000"), []string{"credit-card:" + withLuhn("650002000000000000")}},
		{"Elo", "", withLuhn("636368000000000"), []string{"credit-card:" + withLuhn("636368000000000")}},
		{"Troy", "", withLuhn("979200000000000"), []string{"credit-card:" + withLuhn("979200000000000")}},
		{"UnionPay 81", "", withLuhn("810000000000000"), []string{"credit-card:" + withLuhn("810000000000000")}},
		{"Humo", "", withLuhn("986000000000000"), []string{"credit-card:" + withLuhn("986000000000000")}},
		{"Uzcard", "", withLuhn("860000000000000"), []string{"credit-card:" + withLuhn("860000000000000")}},
		{"BORICA", "", withLuhn("220500000000000"), []string{"credit-card:" + withLuhn("220500000000000")}},
		{"Napas", "", withLuhn("970400000000000"), []string{"credit-card:" + withLuhn("970400000000000")}},

		{"mixed separators", "", "4111-1111 1111 1111", nil},
		{"fails Luhn", "", "4111.1111.1111.1112", nil},
		{"UATP of 16 digits", "", withLuhn("123456789012345"), nil},
		{"Mir of 15 digits", "", withLuhn("22007000000000"), nil},
		{"Troy of 19 digits", "", withLuhn("979200000000000000"), nil},
		{"no issuer starts with 9", "", withLuhn("999900000000000"), nil},
		{"trace ID in free text", "", "trace_id=" + visa, nil},
		{"span ID in JSON", "", `{"spanId":"` + visa + `"}`, nil},
		{"order number", "", "order_no: " + visa, nil},
		{"request ID", "", "X-Request-ID: " + visa, nil},
		{"card ID is a card", "", "card_id=" + visa, []string{"credit-card:" + visa}},
		{"Go time dump", "", "{wall:13867213848376721408 ext:583521218251528 loc:0x5f2d40}", nil},
		{"field under an ID key", "trace_id", visa, nil},
		{"field under an order key", "order.order_number", group(visa, " ", 4, 4, 4, 4), nil},
		{"field under a card key", "card", visa, []string{"credit-card:" + visa}},
		{"field under a plain key", "note", "paid " + visa, []string{"credit-card:" + visa}},
		{"decimal fraction", "", "0.4111111111111111", nil},
		{"float of an ID", "", "1.7000000000000001e+15", nil},
		{"Unicode digits inside a word", "", "x" + toDigits(visa, '０'), nil},
		{"fullwidth, fails Luhn", "", toDigits("4111111111111112", '０'), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, found(e, tt.key, tt.in)); diff != "" {
				t.Errorf("Find(%q under %q) mismatch (-want +got):\n%s", tt.in, tt.key, diff)
			}
		})
	}
}

func TestSSNForms(t *testing.T) {
	e := Default()
	tests := []struct {
		name, in string
		want     []string
	}{
		{"dashes", "123-45-6789", []string{"us-ssn:123-45-6789"}},
		{"spaces", "123 45 6789", []string{"us-ssn:123 45 6789"}},
		{"dots", "ssn 123.45.6789", []string{"us-ssn:123.45.6789"}},
		{"no-break spaces", "123\u00a045\u00a06789", []string{"us-ssn:123\u00a045\u00a06789"}},
		{"fullwidth", toDigits("123-45-6789", '０'), []string{"us-ssn:" + toDigits("123-45-6789", '０')}},
		{"fullwidth dashes", toDigits("123－45－6789", '０'), []string{"us-ssn:" + toDigits("123－45－6789", '０')}},
		{"Arabic-Indic", toDigits("123 45 6789", '٠'), []string{"us-ssn:" + toDigits("123 45 6789", '٠')}},
		{"area 000", "000.12.3456", nil},
		{"area 666", "666.12.3456", nil},
		{"area 900", "900.12.3456", nil},
		{"group 00", "123.00.4567", nil},
		{"serial 0000", "123.45.0000", nil},
		{"area 666 fullwidth", toDigits("666-12-3456", '０'), nil},
		{"slashes", "123/45/6789", nil},
		{"mixed", "123.45-6789", nil},
		{"inside a version", "1.123.45.6789", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, found(e, "", tt.in)); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
