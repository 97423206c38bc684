package patterns

// Network addresses: IP addresses, found by the scanner of scan_ip.go.
// Off by default (WithIPAddresses turns it on): most services log client
// addresses on purpose, and access logs without them lose their use. The
// examples use the documentation ranges of RFC 5737 and RFC 3849.

var _ = register(Detector{
	ID:          ipAddressID,
	Description: "IP address, IPv4 and IPv6 (off by default: WithIPAddresses)",
	Category:    PII,
	anchor:      anchorIP,
	optIn:       true,
	Positive: []Example{
		{Text: "192.0.2.1", Why: "IPv4"},
		{Text: "client 198.51.100.23:8080 connected", Secret: "198.51.100.23", Why: "with a port"},
		{Text: "allow 203.0.113.0/24", Secret: "203.0.113.0", Why: "with a prefix length"},
		{Text: "GET http://192.0.2.10/health", Secret: "192.0.2.10", Why: "host of a URL"},
		{Text: "2001:db8::1", Why: "compressed IPv6"},
		{Text: "2001:0db8:85a3:0000:0000:8a2e:0370:7334", Why: "full IPv6"},
		{Text: "dial [2001:db8::1]:443", Secret: "2001:db8::1", Why: "bracketed, with a port"},
		{Text: "fe80::1ff:fe23:4567:890a%eth0", Why: "link-local with a zone"},
		{Text: "from ::ffff:192.0.2.128 ok", Secret: "::ffff:192.0.2.128", Why: "IPv4-mapped"},
		{Text: "2001:db8::", Why: "ends with ::"},
		{Text: `{"remote_ip":"198.51.100.7"}`, Secret: "198.51.100.7", Why: "JSON value"},
	},
	Negative: []Example{
		{Text: "oid 1.3.6.1.4.1.311", Why: "an OID"},
		{Text: "version 1.2.3.4", Why: "a version after its word"},
		{Text: "v1.2.3.4", Why: "a version"},
		{Text: "256.1.2.3", Why: "part above 255"},
		{Text: "10.01.2.3", Why: "leading zero"},
		{Text: "at 12:34:56", Why: "a time"},
		{Text: "mac 00:1a:2b:3c:4d:5e", Why: "a MAC address"},
		{Text: "eui 00:1a:2b:ff:fe:3c:4d:5e", Why: "an EUI-64"},
		{Text: "std::vector and dead::beef", Why: "C++ scope and hex words"},
		{Text: "listen [::1]:8080 and ::", Why: "loopback and unspecified"},
		{Text: "Chrome/120.0.6099.109", Why: "a browser version"},
		{Text: "10.1.2", Why: "three parts"},
	},
})
