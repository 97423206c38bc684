package patterns

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPersonalDataMasks runs every kind of personal data through every
// mask. PartialMask must keep exactly what the table in doc.go says.
func TestPersonalDataMasks(t *testing.T) {
	tests := []struct {
		id, in, partial string
	}{
		{"email", "alice@example.com", "***@example.com"},
		{"email", "alice&#64;example.com", "***&#64;example.com"},
		{"email", "alice＠example.com", "***＠example.com"},
		{"email", "alice%2540example.com", "***%2540example.com"},
		{"email", `alice\u0040example.com`, `***\u0040example.com`},
		{"credit-card", "4111 1111 1111 1111", "**** **** **** 1111"},
		{"credit-card", "4111.1111.1111.1111", "****.****.****.1111"},
		{"credit-card", "４１１１ １１１１ １１１１ １１１１", "**** **** **** １１１１"},
		{"credit-card", "4.111111111111111e+15", "************1111"},
		{"credit-card", "4111111111111111.0", "************1111.0"},
		{"us-ssn", "123-45-6789", "***-**-6789"},
		{"us-ssn", "１２３-４５-６７８９", "***-**-６７８９"},
		{"phone-number", "+44 20 7946 0958", "+44 ** **** **58"},
		{"phone-number", "+1 (415) 867-5309", "+1 (***) ***-**09"},
		{"phone-number", "+14158675309", "+1********09"},
		{"phone-number", "+61 491 570 156", "+61 *** *** *56"},
		{"phone-number", "0044 20 7946 0958", "0044 ** **** **58"},
		{"phone-number", "011 44 20 7946 0958", "011 44 ** **** **58"},
		{"iban", "GB82WEST12345698765432", "GB****************5432"},
		{"iban", "GB82 WEST 1234 5698 7654 32", "GB** **** **** **** **54 32"},
		{ipAddressID, "192.0.2.123", "192.0.2.***"},
		{ipAddressID, "2001:db8:85a3::8a2e:370:7334", "2001:db8:85a3:*:*:*:*:*"},
		{ipAddressID, "2001:db8::1", "2001:db8:0:*:*:*:*:*"},
		{ipAddressID, "fe80::1ff:fe23:4567:890a%eth0", "fe80:0:0:*:*:*:*:*%eth0"},
		{ipAddressID, "::ffff:192.0.2.128", "::ffff:192.0.2.***"},
	}
	key := []byte("0123456789abcdef")
	masks := []struct {
		name string
		mask Mask
	}{{"label", LabelMask()}, {"fixed", FixedMask("***")}, {"partial", PartialMask()}, {"hmac", HMACMask(key)}}
	for _, m := range masks {
		e := newEngine(t, WithMask(m.mask), WithIPAddresses())
		for _, tt := range tests {
			in := "value " + tt.in + " seen"
			fs := e.Find(in)
			if len(fs) != 1 || fs[0].DetectorID != tt.id || in[fs[0].Start:fs[0].End] != tt.in {
				t.Errorf("%s: Find(%q) = %+v, want %s at %q", m.name, in, fs, tt.id, tt.in)
				continue
			}
			got := e.RedactString(in)
			var want string
			switch m.name {
			case "label":
				want = "value [REDACTED:" + tt.id + "] seen"
			case "fixed":
				want = "value *** seen"
			case "partial":
				want = "value " + tt.partial + " seen"
			case "hmac":
				if !strings.HasPrefix(got, "value [REDACTED:"+tt.id+":") || strings.Contains(got, tt.in) {
					t.Errorf("hmac: RedactString(%q) = %q", in, got)
				}
				if again := e.RedactString(in); again != got {
					t.Errorf("hmac: RedactString(%q) is not stable: %q, %q", in, got, again)
				}
				want = got
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: RedactString(%q) mismatch (-want +got):\n%s", m.name, in, diff)
			}
			if fs := e.Find(got); len(fs) > 0 {
				t.Errorf("%s: the mask %q is found again: %+v", m.name, got, fs)
			}
		}
	}
}

// TestPartialMaskUnderKeys checks kinds that a field's key decides.
func TestPartialMaskUnderKeys(t *testing.T) {
	e := newEngine(t, WithMask(PartialMask()))
	tests := []struct{ key, in, want string }{
		{"phone", "020 7946 0958", "*** **** **58"},
		{"msisdn", "61491570156", "*********56"},
		{"trace_id", "4111111111111111", "4111111111111111"},
	}
	for _, tt := range tests {
		got, _ := e.RedactIn(Scope{Key: tt.key}, tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("RedactIn(%q, %q) mismatch (-want +got):\n%s", tt.key, tt.in, diff)
		}
	}
}
