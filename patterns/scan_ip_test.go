package patterns

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestIPAddresses(t *testing.T) {
	e := newEngine(t, WithIPAddresses())
	tests := []struct {
		name, in string
		want     []string
	}{
		{"IPv4", "192.0.2.1", []string{"ip-address:192.0.2.1"}},
		{"port", "client 198.51.100.23:8080 connected", []string{"ip-address:198.51.100.23"}},
		{"prefix length", "route 203.0.113.0/24", []string{"ip-address:203.0.113.0"}},
		{"URL host", "GET http://192.0.2.10/health", []string{"ip-address:192.0.2.10"}},
		{"access log", `192.0.2.7 - - [30/Nov/2026:09:39:28 +0000] "GET / HTTP/1.1" 200 5321`, []string{"ip-address:192.0.2.7"}},
		{"list", "peers=192.0.2.1,192.0.2.2", []string{"ip-address:192.0.2.1", "ip-address:192.0.2.2"}},
		{"JSON", `{"remote_ip":"198.51.100.7"}`, []string{"ip-address:198.51.100.7"}},
		{"full stop", "from 192.0.2.1.", []string{"ip-address:192.0.2.1"}},
		{"IPv6 compressed", "2001:db8::1", []string{"ip-address:2001:db8::1"}},
		{"IPv6 full", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", []string{"ip-address:2001:0db8:85a3:0000:0000:8a2e:0370:7334"}},
		{"IPv6 upper case", "2001:DB8::A", []string{"ip-address:2001:DB8::A"}},
		{"IPv6 brackets and port", "dial [2001:db8::1]:443", []string{"ip-address:2001:db8::1"}},
		{"IPv6 zone", "fe80::1ff:fe23:4567:890a%eth0 up", []string{"ip-address:fe80::1ff:fe23:4567:890a%eth0"}},
		{"IPv4-mapped", "from ::ffff:192.0.2.128 ok", []string{"ip-address:::ffff:192.0.2.128"}},
		{"IPv4 tail", "64:ff9b::192.0.2.33", []string{"ip-address:64:ff9b::192.0.2.33"}},
		{"ends with ::", "2001:db8::", []string{"ip-address:2001:db8::"}},
		{"in a URL", "http://[2001:db8::7]/x", []string{"ip-address:2001:db8::7"}},
		{"OID", "oid 1.3.6.1.4.1.311", nil},
		{"five parts", "build 10.0.19041.1", nil},
		{"version word", "version 1.2.3.4", nil},
		{"version key", "version=1.2.3.4", nil},
		{"firmware", "firmware: 4.2.1.0", nil},
		{"v prefix", "v1.2.3.4", nil},
		{"part above 255", "256.1.2.3", nil},
		{"leading zero", "10.01.2.3", nil},
		{"three parts", "10.1.2", nil},
		{"inside a word", "ip-10.1.2.3x", nil},
		{"product version", "Chrome/120.0.6099.109", nil},
		{"path", "/v1/10.1.2.3", nil},
		{"time", "at 12:34:56", nil},
		{"time with fraction", "12:34:56.789", nil},
		{"MAC", "mac 00:1a:2b:3c:4d:5e", nil},
		{"EUI-64", "eui 00:1a:2b:ff:fe:3c:4d:5e", nil},
		{"scope", "std::vector", nil},
		{"hex words", "dead::beef cafe:babe::", nil},
		{"loopback", "listen [::1]:8080", nil},
		{"unspecified", "bind ::", nil},
		{"unspecified IPv4", "listening on 0.0.0.0:8080", nil},
		{"hash with colons", "sha256:9b2a28eb47540823042a2ba401386845089bb7b62a9637d55816132c4c3c36eb", nil},
		{"too many groups", "1:2:3:4:5:6:7:8:9", nil},
		{"two ::", "2001::db8::1", nil},
		{"long group", "2001:db8a1::1", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, found(e, "", tt.in)); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestIPAddressesOptIn(t *testing.T) {
	in := "client 192.0.2.1 and 2001:db8::1"
	if fs := Default().Find(in); len(fs) > 0 {
		t.Errorf("Default().Find(%q) = %+v, want nothing: IP addresses are opt-in", in, fs)
	}
	for _, d := range Default().Detectors() {
		if d.ID == ipAddressID {
			t.Errorf("Default() runs %s", ipAddressID)
		}
	}
	for _, opts := range [][]Option{{WithIPAddresses()}, {WithDetectors(ipAddressID)}} {
		e := newEngine(t, opts...)
		if got := found(e, "", in); !slices.Equal(got, []string{"ip-address:192.0.2.1", "ip-address:2001:db8::1"}) {
			t.Errorf("Find(%q) = %v", in, got)
		}
	}
	// The other detectors stay on beside it.
	if got := found(newEngine(t, WithIPAddresses()), "", "alice@example.com from 192.0.2.1"); len(got) != 2 {
		t.Errorf("with IP addresses on, found %v", got)
	}
	if got := found(newEngine(t, WithIPAddresses(), WithoutDetectors(ipAddressID)), "", in); got != nil {
		t.Errorf("WithoutDetectors wins over WithIPAddresses: found %v", got)
	}
}

// TestOptInCatalog runs the examples of detectors that Default leaves
// out, as TestCatalog runs the others, with an engine that has them on.
func TestOptInCatalog(t *testing.T) {
	e := newEngine(t, WithIPAddresses())
	n := 0
	for _, d := range e.Detectors() {
		if !d.optIn {
			continue
		}
		n++
		t.Run(d.ID, func(t *testing.T) {
			if len(d.Positive) == 0 || len(d.Negative) == 0 {
				t.Fatalf("needs positive and negative examples")
			}
			for i, ex := range d.Positive {
				t.Run("positive/"+itoa(i), func(t *testing.T) { checkPositive(t, e, d, ex) })
			}
			for i, ex := range d.Negative {
				t.Run("negative/"+itoa(i), func(t *testing.T) {
					if ex.Why == "" {
						t.Errorf("example has no Why")
					}
					if fs := e.Find(ex.Text); len(fs) > 0 {
						t.Errorf("%s: Find(%q) = %+v, want nothing", ex.Why, ex.Text, fs)
					}
				})
			}
		})
	}
	if n == 0 {
		t.Fatal("no opt-in detector")
	}
}

// TestBenignFilesWithIPAddresses runs the personal-data benign corpus with
// IP addresses on: nothing in it is one.
func TestBenignFilesWithIPAddresses(t *testing.T) {
	e := newEngine(t, WithIPAddresses())
	for _, l := range readCorpus(t, "testdata/benign/pii.txt") {
		if out := e.RedactString(l.text); out != l.text {
			t.Errorf("pii.txt:%d: benign line changed:\n  in:  %s\n  out: %s", l.n, l.text, out)
		}
	}
}
