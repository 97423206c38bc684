package patterns

import "strings"

// IP addresses (opt-in: WithIPAddresses). IPv4 is four decimal parts of at
// most 255 ("10.1.2.3", "1.2.3.4:8080", "10.0.0.0/8"); IPv6 is hex groups
// with at most one "::" ("2001:db8::1", "[2001:db8::1]:443",
// "fe80::1%eth0", "::ffff:1.2.3.4"). Only the address is masked: a port,
// a prefix length or brackets stay.
//
// Never taken: a dotted run of five or more parts (OIDs such as
// 1.3.6.1.4.1.311, Windows build numbers), a version (a dotted quad right
// after "version", "ver", "build", "release", "firmware"), a part
// above 255 or with a leading zero, times ("12:34:56"), MAC addresses
// (groups of two hex digits, with no "::"), hex words with no digit
// ("dead::beef"), and "::1", "::" and "0.0.0.0", which name no host.

// ipAddressID is the ID of the opt-in IP detector.
const ipAddressID = "ip-address"

// readIPv4 reads a dotted quad at s[i] and returns its end.
func readIPv4(s string, i int) (int, bool) {
	j := i
	for part := 0; part < 4; part++ {
		if part > 0 {
			if j >= len(s) || s[j] != '.' {
				return 0, false
			}
			j++
		}
		k, v := j, 0
		for k < len(s) && isDigit(s[k]) && k-j < 4 {
			v = v*10 + int(s[k]-'0')
			k++
		}
		if n := k - j; n == 0 || n > 3 || v > 255 || n > 1 && s[j] == '0' {
			return 0, false
		}
		j = k
	}
	return j, true
}

// ipv4End reports whether an address may end at s[end]: not inside a
// word or a longer dotted run.
func ipv4End(s string, end int) bool {
	if end >= len(s) {
		return true
	}
	c := s[end]
	if isAlnum(c) || c == '_' {
		return false
	}
	return !(c == '.' && end+1 < len(s) && isDigit(s[end+1]))
}

// scanIPv4At examines the digit run at s[i] as an IPv4 address.
func (e *Engine) scanIPv4At(dst []Finding, s string, i int) []Finding {
	if i > 0 {
		if p := s[i-1]; isAlnum(p) || p == '.' || p == '_' || p == '-' || p == '+' {
			return dst
		}
	}
	end, ok := readIPv4(s, i)
	if !ok || !ipv4End(s, end) || versionBefore(s, i) || s[i:end] == "0.0.0.0" {
		return dst
	}
	d := &e.dets[e.ip]
	return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: i, End: end})
}

// scanIPv4After examines what follows the '/' at s[i]: the host of a URL
// ("http://10.1.2.3/"), the only place after a '/' where an address is
// looked for.
func (e *Engine) scanIPv4After(dst []Finding, s string, i int) []Finding {
	if i == 0 || s[i-1] != '/' {
		return dst
	}
	end, ok := readIPv4(s, i+1)
	if !ok || !ipv4End(s, end) {
		return dst
	}
	d := &e.dets[e.ip]
	return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: i + 1, End: end})
}

// versionWords before a dotted quad make it a version.
var versionWords = map[string]bool{
	"version": true, "ver": true, "build": true, "release": true, "rel": true, "firmware": true,
	"fw": true, "revision": true, "rev": true, "kernel": true,
}

// versionBefore reports whether the word before s[i] names a version.
func versionBefore(s string, i int) bool {
	k := i
	for k > 0 && i-k < 3 && (s[k-1] == ' ' || s[k-1] == ':' || s[k-1] == '=' || s[k-1] == '"') {
		k--
	}
	w := wordBefore(s, k)
	if w == k {
		return false
	}
	var buf [maxWordLen * 2]byte
	return versionWords[string(lowerWord(&buf, s[w:k]))]
}

func isHex(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// scanIPv6At examines the ':' at s[i] as the first colon of an IPv6
// address; the address is read once, from its first colon.
func (e *Engine) scanIPv6At(dst []Finding, s string, i int) []Finding {
	k := i
	for k > 0 && i-k <= 4 && isHex(s[k-1]) {
		k--
	}
	if i-k > 4 {
		return dst
	}
	if k > 0 {
		if p := s[k-1]; p == ':' || isAlnum(p) || p == '_' || p == '.' || p == '-' {
			return dst
		}
	}
	end, ok := readIPv6(s, k)
	if !ok {
		return dst
	}
	d := &e.dets[e.ip]
	return append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: k, End: end})
}

// readIPv6 reads an IPv6 address starting at s[k] and returns its end,
// zone included.
func readIPv6(s string, k int) (int, bool) {
	j := k
	groups, pairs := 0, 0
	compressed, digit := false, false
	if strings.HasPrefix(s[j:], "::") {
		compressed = true
		j += 2
	}
	for {
		// A dotted quad ends the address: "::ffff:1.2.3.4".
		if end, ok := readIPv4(s, j); ok && (compressed && groups <= 5 || groups == 6) {
			j, digit = end, true
			groups += 2
			break
		}
		g := j
		for j < len(s) && isHex(s[j]) && j-g <= 4 {
			if isDigit(s[j]) {
				digit = true
			}
			j++
		}
		n := j - g
		if n == 0 && compressed && s[j-1] == ':' && s[j-2] == ':' {
			break // the address ends with "::"
		}
		if n == 0 || n > 4 {
			return 0, false
		}
		if n == 2 {
			pairs++
		}
		if groups++; groups > 8 {
			return 0, false
		}
		if strings.HasPrefix(s[j:], "::") {
			if compressed {
				return 0, false
			}
			compressed = true
			j += 2
			continue
		}
		if j+1 < len(s) && s[j] == ':' && isHex(s[j+1]) {
			j++
			continue
		}
		break
	}
	if compressed && groups > 7 || !compressed && groups != 8 {
		return 0, false
	}
	// EUI-64 MAC addresses look like eight groups of two hex digits;
	// "::1" and "::" name no host; "dead::beef" is a word.
	if !compressed && pairs == 8 || !digit || groups < 2 {
		return 0, false
	}
	if j < len(s) && s[j] == '%' {
		z := j + 1
		for z < len(s) && (isAlnum(s[z]) || s[z] == '_' || s[z] == '.' || s[z] == '-') && z-j < 32 {
			z++
		}
		if z > j+1 {
			j = z
		}
	}
	if j < len(s) {
		if c := s[j]; isAlnum(c) || c == '_' || c == '.' && j+1 < len(s) && isDigit(s[j+1]) {
			return 0, false
		}
	}
	return j, true
}
