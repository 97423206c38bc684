package patterns

import "strings"

// A card number is 13 to 19 digits, Luhn-valid and in a real issuer's
// range. Requiring the issuer range as well as Luhn is what keeps random
// order numbers and IDs (one in ten of which pass Luhn) intact.

// cardGrouping accepts a bare run or the groupings printed on cards:
// fours (the last group may be shorter: 4-4-4-4-3 for 19 digits), 4-4-5
// for 13 digits, Amex and UATP 4-6-5 and Diners 4-6-4.
func cardGrouping(r *digitRun) bool {
	if r.ngroups == 1 {
		return true
	}
	g := r.groups[:r.ngroups]
	if len(g) == 3 && g[0] == 4 && (g[1] == 6 && (g[2] == 5 || g[2] == 4) || g[1] == 4 && g[2] == 5) {
		return true
	}
	for i, n := range g {
		if i < len(g)-1 && n != 4 || n == 0 || n > 4 {
			return false
		}
	}
	return true
}

// validCard runs Luhn and the issuer check over the digits of v, ignoring
// separators.
func validCard(v string) bool {
	// One pass from the front: Luhn doubles every second digit counted
	// from the last, which is the odd or the even ones from the front
	// as the count turns out, so both sums are kept.
	n, prefix, even, odd := 0, 0, 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !isDigit(c) {
			continue
		}
		d := int(c - '0')
		if n < 6 {
			prefix = prefix*10 + d
		}
		if n&1 == 0 {
			even += luhnDoubled[d]
			odd += d
		} else {
			even += d
			odd += luhnDoubled[d]
		}
		n++
	}
	if n < 13 || n > 19 {
		return false
	}
	// With an even count the first digit is doubled.
	sum := odd
	if n&1 == 0 {
		sum = even
	}
	return sum%10 == 0 && cardIssuer(prefix, n)
}

// luhnDoubled is a digit doubled, less 9 when that has two digits.
var luhnDoubled = [10]int{0, 2, 4, 6, 8, 1, 3, 5, 7, 9}

// cardIssuer checks the first six digits and the length against the
// published ranges: the networks' own documentation and the ISO/IEC 7812
// registrations gathered on Wikipedia's "Payment card number" page.
// Ranges that lie inside a wider one with the same lengths are named in
// its comment.
func cardIssuer(p6, n int) bool {
	p1, p2, p3, p4 := p6/100000, p6/10000, p6/1000, p6/100
	switch {
	case p1 == 1: // UATP (airlines)
		return n == 15
	case p4 >= 2200 && p4 <= 2204: // Mir
		return n >= 16 && n <= 19
	case p4 == 2205: // BORICA
		return n == 16
	case p1 == 4: // Visa, and Elo's ranges inside it
		return n == 13 || n == 16 || n == 19
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720: // Mastercard
		return n == 16
	case p2 == 34 || p2 == 37: // American Express
		return n == 15
	case p4 == 6011, p3 >= 644 && p3 <= 649, p2 == 65, p6 >= 622126 && p6 <= 622925: // Discover; RuPay, Troy, Elo and Verve in 65
		return n >= 16 && n <= 19
	case p4 >= 3528 && p4 <= 3589: // JCB; RuPay in 353 and 356, LankaPay in 357111
		return n >= 16 && n <= 19
	case p3 >= 300 && p3 <= 305, p4 == 3095, p2 == 36, p2 == 38, p2 == 39: // Diners Club
		return n >= 14 && n <= 19
	case p2 == 62: // UnionPay
		return n >= 16 && n <= 19
	case p2 == 60: // RuPay, UkrCard, NPS Pridnestrovie
		return n >= 16 && n <= 19
	case p4 == 5018, p4 == 5020, p4 == 5038, p4 == 5893, p4 == 6304, p4 == 6759,
		p4 == 6761, p4 == 6762, p4 == 6763, p2 == 50, p2 >= 56 && p2 <= 58, p2 == 67: // Maestro; Elo, Verve, RuPay and Dankort in 50, Uzcard in 5614
		return n >= 13 && n <= 19
	case p3 >= 636 && p3 <= 639: // InterPayment, InstaPayment, Elo
		return n >= 16 && n <= 19
	case p2 == 81: // UnionPay (810-817), RuPay
		return n == 16 || p3 <= 817 && n >= 16 && n <= 19
	case p2 == 82: // RuPay
		return n == 16
	case p4 == 8600, p4 == 9860, p4 == 9792: // Uzcard, Humo, Troy
		return n == 16
	case p4 == 9704: // Napas
		return n == 16 || n == 19
	}
	return false
}

// cardFloat reads a card number logged as a floating-point number at
// s[i]: "4.111111111111111e+15", one digit, a fraction and an exponent
// that make a whole number of 13 to 19 digits. It returns the end of the
// float when that number is a valid card.
func cardFloat(s string, i int) (int, bool) {
	var buf [19]byte
	buf[0] = s[i]
	n := 1
	j := i + 2
	for j < len(s) && isDigit(s[j]) {
		if n == len(buf) {
			return 0, false
		}
		buf[n] = s[j]
		n++
		j++
	}
	if n == 1 || j+1 >= len(s) || s[j] != 'e' && s[j] != 'E' {
		return 0, false
	}
	j++
	if s[j] == '+' {
		j++
	}
	exp := 0
	for k := 0; j < len(s) && isDigit(s[j]) && k < 2; k++ {
		exp = exp*10 + int(s[j]-'0')
		j++
	}
	total := exp + 1
	if total < 13 || total > 19 || total < n || !rightBoundary(s, j) {
		return 0, false
	}
	for ; n < total; n++ {
		buf[n] = '0'
	}
	return j, validCard(string(buf[:n]))
}

// idKeys are keys, normalized to one lower-case word, whose values are
// identifiers whatever their digits: a number under "trace_id", "spanId",
// "X-Request-ID", "order_no" or "traceparent" that passes Luhn is still an
// ID. A bare "id" is not among them: it names too many things.
var idKeys = map[string]bool{
	"trace": true, "span": true, "traceparent": true, "tracestate": true,
}

// idQualifiers are the words that make "id", "uuid", "number" or "no"
// after them an identifier's key.
var idQualifiers = map[string]bool{
	"trace": true, "span": true, "request": true, "req": true, "order": true, "correlation": true,
	"message": true, "msg": true, "transaction": true, "txn": true, "event": true, "parent": true,
	"job": true, "task": true, "batch": true, "invoice": true, "tracking": true, "shipment": true,
	"booking": true, "ticket": true, "reference": true, "confirmation": true,
}

// idNouns end identifier keys after a qualifier.
var idNouns = map[string]bool{"id": true, "ids": true, "uuid": true, "guid": true, "number": true, "no": true, "num": true, "nr": true}

// cardWords in a key say that an identifier there may be a card number
// after all ("card_id", "pan_ref").
var cardWords = map[string]bool{"card": true, "cards": true, "pan": true, "cc": true, "credit": true, "debit": true}

// idKey reports whether the key that ends at key[end] names an
// identifier, not a card: its last words are a qualifier and an ID noun
// ("trace_id", "orderNumber", "X-Request-ID") or one of idKeys, written
// as one word or several ("traceparent", "traceId", "requestid").
func idKey(key string, end int) bool {
	var buf [maxWordLen * 2]byte
	var store [3][maxWordLen * 2]byte
	var words [3][]byte
	n := 0
	j := end
	for n < len(words) {
		k := j
		for k > 0 && (key[k-1] == '_' || key[k-1] == '-' || key[k-1] == '.') {
			k--
		}
		w := wordBefore(key, k)
		if w == k {
			break
		}
		words[n] = append(store[n][:0], lowerWord(&buf, key[w:k])...)
		n++
		j = w
	}
	if n == 0 {
		return false
	}
	for _, w := range words[:n] {
		if cardWords[string(w)] {
			return false
		}
	}
	last := string(words[0])
	if idKeys[last] {
		return true
	}
	if n > 1 && idNouns[last] && idQualifiers[string(words[1])] {
		return true
	}
	// One word: "traceid", "requestid", "ordernumber".
	for noun := range idNouns {
		if len(noun) > 1 && strings.HasSuffix(last, noun) && idQualifiers[last[:len(last)-len(noun)]] {
			return true
		}
	}
	return false
}

// cardExcluded reports whether the number at s[start] is an identifier by
// its context: a value after an ID key in free text ("trace_id=...",
// `"order_no":"..."`), or a field of a Go struct dump such as time.Time's
// "{wall:13867213848376721408 ext:583521218251528 loc:...}".
func cardExcluded(s string, start int) bool {
	k := start
	for k > 0 && start-k < 3 && (s[k-1] == '"' || s[k-1] == '\'' || s[k-1] == ' ') {
		k--
	}
	if k == 0 || s[k-1] != '=' && s[k-1] != ':' {
		return false
	}
	sep := k - 1
	k = sep
	if k > 0 && (s[k-1] == '"' || s[k-1] == '\'') {
		k--
	}
	if k == 0 || !isAlnum(s[k-1]) {
		return false
	}
	if s[sep] == ':' && sep+1 == start && k == sep {
		w := wordBefore(s, k)
		if v := s[w:k]; (v == "ext" || v == "wall") && (w == 0 || !isAlnum(s[w-1])) {
			return true
		}
	}
	return idKey(s, k)
}
