package patterns

import (
	"strings"
	"testing"
)

func TestKeyMatters(t *testing.T) {
	e := Default()
	tests := []struct {
		key  string
		want bool
	}{
		{"phone", true}, {"customer_phone", true}, {"user.mobile_no", true}, {"msisdn", true}, {"MSISDN", true},
		{"mobileNo", true}, {"phoneNr", true}, {"tel", true}, {"phone_e164", true}, {"телефон", true}, {"Telefonnummer", true},
		{"contact.phone_number", true}, {"fax", true}, {"user_agent", false}, {"remote_ip", false},
		{"trace_id", true}, {"spanId", true}, {"X-Request-ID", true}, {"order_number", true}, {"traceparent", true},
		{"id", false}, {"user_id", false}, {"card_id", false}, {"note", false}, {"password", false}, {"", false},
	}
	for _, tt := range tests {
		if got := e.KeyMatters(tt.key); got != tt.want {
			t.Errorf("KeyMatters(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
	off := newEngine(t, WithoutDetectors("phone-number", "credit-card"))
	for _, key := range []string{"phone", "trace_id"} {
		if off.KeyMatters(key) {
			t.Errorf("KeyMatters(%q) with phone numbers and cards off = true", key)
		}
	}
}

func TestIDKey(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{"trace_id", true}, {"traceId", true}, {"TraceID", true}, {"traceid", true}, {"trace", true}, {"span", true},
		{"span_id", true}, {"parent_span_id", true}, {"X-Request-ID", true}, {"requestid", true}, {"correlation_id", true},
		{"order_no", true}, {"orderNumber", true}, {"tracking_number", true}, {"dd.trace_id", true}, {"traceparent", true},
		{"id", false}, {"user_id", false}, {"card_id", false}, {"order_card_number", false}, {"number", false},
		{"phone_number", false}, {"account_no", false}, {"", false},
	}
	for _, tt := range tests {
		if got := idField(tt.key); got != tt.want {
			t.Errorf("idField(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

// TestPhoneSuffixFilter checks that the filter that settles most keys by
// their last bytes lets through every key the word rules accept.
func TestPhoneSuffixFilter(t *testing.T) {
	var keys []string
	for w := range phoneWords {
		keys = append(keys, w, "customer_"+w, "contact."+w, strings.ToUpper(w))
		for f := range phoneFillers {
			keys = append(keys, w+"_"+f, w+"-"+f, w+strings.ToUpper(f[:1])+f[1:])
		}
	}
	for _, k := range keys {
		if phoneKey(lastKeyPart(k)) && !mayEndInPhoneWord(k) {
			t.Errorf("mayEndInPhoneWord(%q) = false for a phone key", k)
		}
	}
}
