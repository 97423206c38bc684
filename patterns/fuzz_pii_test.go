package patterns

import (
	"sync"
	"testing"
	"unicode/utf8"
)

// Fuzz targets for the personal-data scanners. Each seeds the fuzzer with
// the forms its scanner reads and checks the engine's promises with every
// mask: no panic, nothing found survives redaction, redaction is
// idempotent, valid UTF-8 stays valid. Values are also tried under a key
// that turns on the key-driven rules (phone keys, ID keys).

var (
	fuzzEnginesOnce sync.Once
	fuzzEngines     []*Engine
)

func piiFuzzEngines(t testing.TB) []*Engine {
	fuzzEnginesOnce.Do(func() {
		for _, m := range []Mask{LabelMask(), PartialMask(), FixedMask("*"), HMACMask([]byte("0123456789abcdef"))} {
			e, err := New(WithMask(m), WithIPAddresses())
			if err != nil {
				panic(err)
			}
			fuzzEngines = append(fuzzEngines, e)
		}
	})
	return fuzzEngines
}

func checkPIIPromises(t *testing.T, s, key string) {
	for _, e := range piiFuzzEngines(t) {
		for _, sc := range []Scope{{}, {Key: key}} {
			out, _ := e.RedactIn(sc, s)
			if fs := e.AppendFind(nil, sc, out); len(fs) > 0 {
				t.Errorf("%s: RedactIn(%q, %q) = %q, in which Find still sees %+v", e.mask, sc.Key, s, out, fs)
			}
			if again, _ := e.RedactIn(sc, out); again != out {
				t.Errorf("%s: not idempotent: %q -> %q -> %q", e.mask, s, out, again)
			}
			if utf8.ValidString(s) && !utf8.ValidString(out) {
				t.Errorf("%s: valid UTF-8 became invalid: %q -> %q", e.mask, s, out)
			}
		}
	}
}

func FuzzPhone(f *testing.F) {
	for _, s := range []string{
		"+44 20 7946 0958", "+1 (415) 867-5309", "+14158675309", "tel:+1-415-867-5309", "+44 (0)20 7946 0958",
		"0044 20 7946 0958", "011 44 20 7946 0958", "phone=020 7946 0958", `{"mobile":"0491 570 156"}`,
		"call me at (415) 867-5309", "SMS to 02079460958", "Téléphone : 01 99 00 12 34", "+44 20 7946 0958 3 times",
		"+1 ((415) 867", "+(", "+9", "phone=(((", "call 0", "+44\u00a020\u00a07946", "phone: 2026-11-30",
	} {
		f.Add(s, "phone")
	}
	f.Fuzz(func(t *testing.T, s, key string) { checkPIIPromises(t, s, key) })
}

func FuzzIBAN(f *testing.F) {
	for _, s := range []string{
		"GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32", "gb82west12345698765432", "DE89 3704 0044 0532 0130 00",
		"iban=FR1420041010050500013M02606", "LC55HEMM000100010012001200023015", "GB82 WEST 1234", "ZZ12", "A1", "GB82WEST1234569876543",
	} {
		f.Add(s, "iban")
	}
	f.Fuzz(func(t *testing.T, s, key string) { checkPIIPromises(t, s, key) })
}

func FuzzIPAddress(f *testing.F) {
	for _, s := range []string{
		"192.0.2.1", "198.51.100.23:8080", "http://192.0.2.10/x", "2001:db8::1", "[2001:db8::1]:443", "fe80::1%eth0",
		"::ffff:192.0.2.128", "1.3.6.1.4.1.311", "12:34:56", "00:1a:2b:3c:4d:5e", "::", ":::", "1::2::3", "::ffff:1.2.3",
	} {
		f.Add(s, "remote_ip")
	}
	f.Fuzz(func(t *testing.T, s, key string) { checkPIIPromises(t, s, key) })
}

func FuzzNumberForms(f *testing.F) {
	for _, s := range []string{
		"4111.1111.1111.1111", "4111/1111/1111/1111", "4111\u00a01111\u00a01111\u00a01111", "４１１１ １１１１ １１１１ １１１１",
		"٤١١١١١١١١١١١١١١١", "4.111111111111111e+15", "4111111111111111.0", "123.45.6789", "１２３-４５-６７８９",
		"trace_id=4111111111111111", "{wall:1 ext:583521218251528}", "4.1e+", "１", "\u00a0\u00a0",
	} {
		f.Add(s, "trace_id")
	}
	f.Fuzz(func(t *testing.T, s, key string) { checkPIIPromises(t, s, key) })
}

func FuzzEmailForms(f *testing.F) {
	for _, s := range []string{
		"alice&#64;example.com", "alice&#x40;example.com", "alice&commat;example.com", "alice＠example.com",
		"alice%2540example.com", `alice\u0040example.com`, `alice\\u0040example.com`, "xpc_ben@163.com@https://caldav.163.com/",
		"https://13957525385%40163.com@p28-contacts.icloud.com/", "git@github.com:org/repo.git", "&#64;", "&commat", `\u004`,
	} {
		f.Add(s, "email")
	}
	f.Fuzz(func(t *testing.T, s, key string) { checkPIIPromises(t, s, key) })
}
