package patterns

import (
	"unicode"
	"unicode/utf8"
)

// A national number ("020 7946 0958") has no mark of its own: counts,
// IDs, epochs and prices have the same digits. It is a phone number only
// when the words just before it, or the key it is logged under, say so:
// "call", "tel:", "Mobile no.", "phone=", "customer_phone", "phoneNumber".
// Words are read backwards from the number, split on separators and on
// case changes, and compared whole, so "hotel" and "telemetry" are not
// "tel" and "phone_verified" is not a phone.

// phoneWords name a phone number, in the languages logs are written in.
var phoneWords = map[string]bool{
	"phone": true, "phones": true, "telephone": true, "tel": true, "tele": true, "mobile": true, "mob": true,
	"cell": true, "cellphone": true, "cellular": true, "fax": true, "sms": true, "msisdn": true, "whatsapp": true,
	"landline": true, "hotline": true, "helpline": true, "call": true, "dial": true, "phonenumber": true,
	"mobilephone": true, "homephone": true, "workphone": true, "telno": true,
	// German, Dutch, Scandinavian, Polish, Turkish.
	"telefon": true, "telefonnummer": true, "handy": true, "handynummer": true, "mobil": true,
	"mobilnummer": true, "rufnummer": true, "faxnummer": true, "telefoon": true, "telefoonnummer": true,
	"mobiel": true, "bel": true, "cep": true, "komórka": true, "komorka": true,
	// French, Spanish, Portuguese, Italian.
	"téléphone": true, "telephoner": true, "tél": true, "portable": true, "teléfono": true, "telefono": true,
	"móvil": true, "movil": true, "celular": true, "telefone": true, "telemóvel": true, "telemovel": true,
	"cellulare": true, "llamar": true, "ligar": true, "appeler": true, "chiamare": true,
	// Russian, Ukrainian.
	"телефон": true, "тел": true, "моб": true, "мобильный": true, "мобільний": true,
}

// phoneFillers may stand between a phone word and the number: "phone
// number:", "call me at", "Mobile no.", "SMS to", "tel (home)".
var phoneFillers = map[string]bool{
	"number": true, "numbers": true, "no": true, "nr": true, "num": true, "nº": true, "e164": true,
	"at": true, "on": true, "me": true, "us": true, "to": true, "is": true, "of": true, "the": true,
	"my": true, "your": true, "his": true, "her": true, "their": true,
	"home": true, "work": true, "office": true, "main": true, "alt": true, "primary": true, "contact": true,
	"numero": true, "número": true, "numéro": true, "nummer": true, "numer": true, "номер": true,
	"de": true, "du": true, "di": true, "da": true, "do": true,
}

// maxWordLen bounds a word read backwards; longer runs of letters are no
// word of the lists.
const maxWordLen = 24

// wordBefore returns the start of the word that ends at s[end], reading
// back over letters (and the digits of words such as "e164") and stopping
// at a case change ("phoneNumber" is "phone" and "Number").
func wordBefore(s string, end int) int {
	i := end
	for i > 0 && end-i <= maxWordLen {
		c := s[i-1]
		if c < utf8.RuneSelf {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				break
			}
			if c >= 'A' && c <= 'Z' && i < end && s[i] >= 'a' && s[i] <= 'z' {
				// "Number" in "phoneNumber": the upper-case letter
				// starts the word.
				return i - 1
			}
			if c >= 'a' && c <= 'z' && i < end && s[i] >= 'A' && s[i] <= 'Z' {
				return i
			}
			i--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return i
}

// lowerWord writes the lower-case form of w into buf, or returns nil when
// w does not fit. Callers index maps with string(lowerWord(...)), which
// does not allocate.
func lowerWord(buf *[maxWordLen * 2]byte, w string) []byte {
	if len(w) > len(buf) {
		return nil
	}
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		buf[i] = lower(c)
	}
	if ascii {
		return buf[:len(w)]
	}
	n := 0
	for _, r := range w {
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > len(buf) {
			return nil
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	return buf[:n]
}

// isContextSep reports bytes that may stand between the words of a phone
// context and the number: spaces, key/value separators, quotes, brackets.
func isContextSep(c byte) bool {
	switch c {
	case ' ', '\t', ':', '=', '"', '\'', '(', ')', '[', '{', '#', '-', '.', ',', '\\', '_', '/', '>':
		return true
	}
	return false
}

// maxContext bounds how far before a number its context is looked for.
const maxContext = 48

// phoneContext is how surely the words before a number make it a phone
// number.
type phoneContext uint8

const (
	noPhoneContext phoneContext = iota
	// phoneWordContext: a phone word in a sentence ("call 020 7946
	// 0958", "SMS to ...").
	phoneWordContext
	// phoneKeyContext: a phone word as the key of a key/value pair
	// ("phone=...", `"mobile":"..."`, "Tel: ..."), or a field's key.
	phoneKeyContext
)

// phoneContextBefore reports whether the words that end at s[end] say
// that what follows is a phone number: a phone word, possibly followed by
// a few fillers.
func phoneContextBefore(s string, end int) phoneContext {
	var buf [maxWordLen * 2]byte
	keySyntax := false
	j := end
	for words := 0; words < 4 && end-j < maxContext; words++ {
		k := j
		for k > 0 && j-k < 4 && isContextSep(s[k-1]) {
			if words == 0 && (s[k-1] == '=' || s[k-1] == ':') {
				keySyntax = true
			}
			k--
		}
		if k == 0 {
			return noPhoneContext
		}
		w := wordBefore(s, k)
		if w == k {
			return noPhoneContext
		}
		lw := lowerWord(&buf, s[w:k])
		if phoneWords[string(lw)] {
			if keySyntax {
				return phoneKeyContext
			}
			return phoneWordContext
		}
		if !phoneFillers[string(lw)] {
			return noPhoneContext
		}
		j = w
	}
	return noPhoneContext
}

// phoneKey reports whether a field key names a phone number: its last
// word, or the one before a filler such as "number" or "no", is a phone
// word ("phone", "customer_phone", "phoneNumber", "mobile_no", "msisdn").
// A key path is judged by its last component.
func phoneKey(key string) bool {
	if len(key) < 3 {
		return false
	}
	var buf [maxWordLen * 2]byte
	j := len(key)
	for words := 0; words < 2; words++ {
		k := j
		for k > 0 && (key[k-1] == '_' || key[k-1] == '-' || key[k-1] == '.' || key[k-1] == ' ') {
			k--
		}
		w := wordBefore(key, k)
		if w == k {
			return false
		}
		lw := lowerWord(&buf, key[w:k])
		if phoneWords[string(lw)] {
			return true
		}
		if !phoneFillers[string(lw)] {
			return false
		}
		j = w
	}
	return false
}
