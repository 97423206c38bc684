package patterns

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPhoneNumbers(t *testing.T) {
	e := Default()
	tests := []struct {
		name, key, in string
		want          []string
	}{
		// International: a '+' and a calling code.
		{"grouped", "", "+44 20 7946 0958", []string{"phone-number:+44 20 7946 0958"}},
		{"E.164", "", "+14158675309", []string{"phone-number:+14158675309"}},
		{"parentheses", "", "call +1 (415) 867-5309 now", []string{"phone-number:+1 (415) 867-5309"}},
		{"dashes", "", "+1-415-867-5309", []string{"phone-number:+1-415-867-5309"}},
		{"dots", "", "+44.20.7946.0958", []string{"phone-number:+44.20.7946.0958"}},
		{"no-break spaces", "", "+44\u00a020\u00a07946\u00a00958", []string{"phone-number:+44\u00a020\u00a07946\u00a00958"}},
		{"trunk prefix in parentheses", "", "+44 (0)20 7946 0958", []string{"phone-number:+44 (0)20 7946 0958"}},
		{"trunk prefix written after the code", "", "+44 020 7946 0958", []string{"phone-number:+44 020 7946 0958"}},
		{"tel link", "", "href=tel:+1-415-867-5309", []string{"phone-number:+1-415-867-5309"}},
		{"Australian mobile", "", "+61 491 570 156", []string{"phone-number:+61 491 570 156"}},
		{"French pairs", "", "+33 1 99 00 12 34", []string{"phone-number:+33 1 99 00 12 34"}},
		{"in parentheses", "", "(+44 20 7946 0958)", []string{"phone-number:+44 20 7946 0958"}},
		{"note after", "", "+44 20 7946 0958 (home)", []string{"phone-number:+44 20 7946 0958"}},
		{"extension after", "", "+1 415 867 5309 ext. 12", []string{"phone-number:+1 415 867 5309"}},
		{"count after", "", "+44 20 7946 0958 3 times", []string{"phone-number:+44 20 7946 0958"}},
		{"full stop after", "", "ring +44 20 7946 0958.", []string{"phone-number:+44 20 7946 0958"}},
		{"JSON value", "", `{"to":"+14158675309"}`, []string{"phone-number:+14158675309"}},
		{"escaped JSON", "", `{"msg":"sent to \"+14158675309\""}`, []string{"phone-number:+14158675309"}},
		{"00 prefix", "", "0044 20 7946 0958", []string{"phone-number:0044 20 7946 0958"}},
		{"00 prefix apart", "", "00 44 20 7946 0958", []string{"phone-number:00 44 20 7946 0958"}},
		{"011 prefix", "", "011 44 20 7946 0958", []string{"phone-number:011 44 20 7946 0958"}},
		{"00 prefix in one piece after a phone word", "", "fax 00442079460958", []string{"phone-number:00442079460958"}},

		// National: after a phone word or key.
		{"key in free text", "", "phone=020 7946 0958", []string{"phone-number:020 7946 0958"}},
		{"JSON key", "", `{"mobile":"0491 570 156"}`, []string{"phone-number:0491 570 156"}},
		{"compound key", "", "customer_phone=4158675309", []string{"phone-number:4158675309"}},
		{"camelCase key", "", "phoneNumber: (415) 867-5309", []string{"phone-number:(415) 867-5309"}},
		{"key ending in no", "", "mobile_no=0491570156", []string{"phone-number:0491570156"}},
		{"msisdn without plus", "", "msisdn=61491570156", []string{"phone-number:61491570156"}},
		{"sentence", "", "call me at (415) 867-5309 tomorrow", []string{"phone-number:(415) 867-5309"}},
		{"abbreviation", "", "Tel. 0161 496 0123", []string{"phone-number:0161 496 0123"}},
		{"SMS to", "", "SMS to 020 7946 0958 failed", []string{"phone-number:020 7946 0958"}},
		{"trunk prefix in one piece", "", "SMS to 02079460958 failed", []string{"phone-number:02079460958"}},
		{"North American in one piece", "", "call 4158675309 now", []string{"phone-number:4158675309"}},
		{"filler words", "", "Phone number (home): 020 7946 0958", []string{"phone-number:020 7946 0958"}},
		{"French", "", "Téléphone : 01 99 00 12 34", []string{"phone-number:01 99 00 12 34"}},
		{"German", "", "Telefon: 030 901820", []string{"phone-number:030 901820"}},
		{"Spanish", "", "teléfono 0491 570 156", []string{"phone-number:0491 570 156"}},
		{"Russian", "", "телефон: 0491 570 156", []string{"phone-number:0491 570 156"}},
		{"upper case", "", "MOBILE: 0491 570 156", []string{"phone-number:0491 570 156"}},

		// Fields under a phone key.
		{"field", "phone", "020 7946 0958", []string{"phone-number:020 7946 0958"}},
		{"field compound", "customer_phone", "07946 095800", []string{"phone-number:07946 095800"}},
		{"field no number of any plan", "customer_phone", "0000 000000", nil},
		{"field compact", "mobile", "0491570156", []string{"phone-number:0491570156"}},
		{"field path", "user.phoneNumber", "(415) 867-5309", []string{"phone-number:(415) 867-5309"}},
		{"field msisdn too long", "msisdn", "99999999999999", nil},
		{"field msisdn valid", "msisdn", "61491570156", []string{"phone-number:61491570156"}},
		{"field with words", "contact_phone", "home 020 7946 0958, work +61 491 570 156", []string{"phone-number:020 7946 0958", "phone-number:+61 491 570 156"}},
		{"field tel", "tel", "tel:020-7946-0958", []string{"phone-number:020-7946-0958"}},

		// No signal, or not a number of any plan: never a phone.
		{"bare digits", "", "order 4158675309 shipped", nil},
		{"bare grouped", "", "ids 020 7946 0958", nil},
		{"epoch", "", "ts=1700000000", nil},
		{"epoch after a phone word", "", "call 1700000000 returned", nil},
		{"count after a phone word", "", "call 12345678 took", nil},
		{"key that describes a phone", "", "phone_verified=1700000000", nil},
		{"field that describes a phone", "phone_verified_at", "1700000000", nil},
		{"field not a phone key", "request_id", "4158675309", nil},
		{"hotel", "", "hotel 020 7946 0958", nil},
		{"telemetry", "", "telemetry 020 7946 0958", nil},
		{"no such number", "", "+1 000 000 0000", nil},
		{"one digit short", "", "+44 20 7946 095", nil},
		{"time zones", "", "offset +0530 tz +05:30 +0000", nil},
		{"exponents", "", "1e+15 2.5E+10", nil},
		{"signed amount", "", "delta +1234.56", nil},
		{"signed count", "", "retries +12345", nil},
		{"sum", "", "12+4158675309", nil},
		{"too short", "", "phone: 12345", nil},
		{"date after a phone word", "", "phone: 2026-11-30", nil},
		{"version after a phone word", "", "phone 1.2.3.4", nil},
		{"IP after a phone word", "", "phone 10.11.12.13", nil},
		{"decimal after a phone word", "", "phone 1234567.89", nil},
		{"00 run in one piece", "", "session 0044207946 expired", nil},
		{"date, time and count", "", "081110 011352 5321 INFO", nil},
		{"ports", "", "listening on 8080 8443 9090 9443", nil},
		{"masked", "", "phone=+44 ** **** **58", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, found(e, tt.key, tt.in)); diff != "" {
				t.Errorf("Find(%q under %q) mismatch (-want +got):\n%s", tt.in, tt.key, diff)
			}
		})
	}
}

func TestPhoneInts(t *testing.T) {
	e := Default()
	tests := []struct {
		key  string
		v    int64
		want string
	}{
		{"phone", 4158675309, "[REDACTED:phone-number]"},
		{"msisdn", 61491570156, "[REDACTED:phone-number]"},
		{"user.mobile_number", 491570156, "[REDACTED:phone-number]"},
		{"phone", 99999999999999, ""},
		{"bytes", 4158675309, ""},
		{"phone", 12345, ""},
		{"trace_id", 4111111111111111, ""},
		{"card", 4111111111111111, "[REDACTED:credit-card]"},
	}
	for _, tt := range tests {
		got, _ := e.RedactInt(Scope{Key: tt.key}, tt.v)
		if got != tt.want {
			t.Errorf("RedactInt(%q, %d) = %q, want %q", tt.key, tt.v, got, tt.want)
		}
		if tt.v > 0 {
			if got, _ := e.RedactUint(Scope{Key: tt.key}, uint64(tt.v)); got != tt.want {
				t.Errorf("RedactUint(%q, %d) = %q, want %q", tt.key, tt.v, got, tt.want)
			}
		}
	}
}

func TestPhoneKey(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{"phone", true}, {"Phone", true}, {"PHONE", true}, {"phones", true}, {"telephone", true}, {"tel", true},
		{"mobile", true}, {"cell", true}, {"fax", true}, {"msisdn", true}, {"MSISDN", true},
		{"customer_phone", true}, {"phoneNumber", true}, {"PhoneNumber", true}, {"phone_number", true},
		{"mobile_no", true}, {"mobileNo", true}, {"phone-number", true}, {"tel_nr", true}, {"phone_e164", true},
		{"contact.phone", true}, {"billing.mobilePhone", true}, {"telefon", true}, {"telefono", true},
		{"phone_verified", false}, {"phone_country_code", false}, {"telemetry", false}, {"hotel", false},
		{"cell_id", false}, {"call_id", false}, {"mobile_app_version", false}, {"fax_enabled", false},
		{"number", false}, {"no", false}, {"id", false}, {"", false}, {"request_id", false}, {"cellar", false},
	}
	for _, tt := range tests {
		if got := phoneKey(lastKeyPart(tt.key)); got != tt.want {
			t.Errorf("phoneKey(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

func TestPhoneContextBefore(t *testing.T) {
	tests := []struct {
		text string
		want phoneContext
	}{
		{"phone=", phoneKeyContext},
		{`"mobile":"`, phoneKeyContext},
		{"Tel: ", phoneKeyContext},
		{"customer_phone=", phoneKeyContext},
		{"phone number: ", phoneKeyContext},
		{"call ", phoneWordContext},
		{"call me at ", phoneWordContext},
		{"SMS to ", phoneWordContext},
		{"Tel. ", phoneWordContext},
		{"Mobile no. ", phoneWordContext},
		{"phone (home) ", phoneWordContext},
		{"hotel ", noPhoneContext},
		{"phone_verified=", noPhoneContext},
		{"call count ", noPhoneContext},
		{"the phone app version is ", noPhoneContext},
		{"", noPhoneContext},
		{"= ", noPhoneContext},
	}
	for _, tt := range tests {
		if got := phoneContextBefore(tt.text, len(tt.text)); got != tt.want {
			t.Errorf("phoneContextBefore(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
