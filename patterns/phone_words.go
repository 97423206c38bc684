package patterns

import (
	"sync"
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

// Kinds of word in phoneVocab.
const (
	phoneWord uint8 = 1 + iota
	phoneFiller
)

var (
	phoneVocabOnce sync.Once
	phoneVocab     map[string]uint8
)

// vocab returns phoneWords and phoneFillers as one map, so that a word is
// looked up once.
func vocab() map[string]uint8 {
	phoneVocabOnce.Do(func() {
		phoneVocab = make(map[string]uint8, len(phoneWords)+len(phoneFillers))
		for w := range phoneFillers {
			phoneVocab[w] = phoneFiller
		}
		for w := range phoneWords {
			phoneVocab[w] = phoneWord
		}
	})
	return phoneVocab
}

// phoneEnds has a bit set for the last two bytes of every phone word and
// filler, with ASCII case folded: most keys ("request_id", "user_agent",
// "remote_ip") are settled by it before any word of theirs is read.
var phoneEnds = func() (t [256][4]uint64) {
	for _, m := range []map[string]bool{phoneWords, phoneFillers} {
		for w := range m {
			if len(w) >= 2 {
				a, b := w[len(w)-2]|0x20, w[len(w)-1]|0x20
				t[a][b>>6] |= 1 << (b & 63)
			}
		}
	}
	return t
}()

// mayEndInPhoneWord reports whether key, of two bytes or more, may end in
// a phone word or filler. Other scripts' case is not folded here: a key
// that ends in them passes.
func mayEndInPhoneWord(key string) bool {
	// |0x20 folds ASCII letters; what it does to other bytes only lets
	// more keys through.
	a, b := key[len(key)-2]|0x20, key[len(key)-1]|0x20
	return a|b >= utf8.RuneSelf || phoneEnds[a][b>>6]&(1<<(b&63)) != 0
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

// contextSeps are the bytes that may stand between the words of a phone
// context and the number: spaces, key/value separators, quotes, brackets.
var contextSeps = [256]bool{' ': true, '\t': true, ':': true, '=': true, '"': true, '\'': true, '(': true, ')': true,
	'[': true, '{': true, '#': true, '-': true, '.': true, ',': true, '\\': true, '_': true, '/': true, '>': true}

func isContextSep(c byte) bool { return contextSeps[c] }

// wordMayPrecede reports whether a word ends just before s[end], past a
// few separators: what phoneContextBefore needs to find anything.
func wordMayPrecede(s string, end int) bool {
	k := end
	for n := 0; k > 0 && n < 4 && contextSeps[s[k-1]]; n++ {
		k--
	}
	if k == 0 {
		return false
	}
	return wordEnds[s[k-1]] && (s[k-1] != '4' || k >= 4 && hasFold(s, k-4, "e164"))
}

// wordEnds are the bytes a phone word or filler ends with: letters, the
// bytes of other scripts and the 4 of "e164".
var wordEnds = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isLetterASCII(byte(c)) || c >= utf8.RuneSelf || c == '4'
	}
	return t
}()

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
		if c := s[k-1]; c < utf8.RuneSelf && !isLetterASCII(c) && !(words == 0 && isDigit(c) && k > 3) {
			// Every phone word and filler ends in a letter but
			// "e164".
			return noPhoneContext
		}
		// Most words before a number ("order_id", "rows") end in no
		// phone word's last two bytes: settled before the word is
		// read back, lowered and looked up. A word of fewer than two
		// bytes is none either.
		if k < 2 || !mayEndInPhoneWord(s[k-2:k]) {
			return noPhoneContext
		}
		w := wordBefore(s, k)
		if k-w < 2 {
			return noPhoneContext
		}
		var buf [maxWordLen * 2]byte
		switch vocab()[string(lowerWord(&buf, s[w:k]))] {
		case phoneWord:
			if keySyntax {
				return phoneKeyContext
			}
			return phoneWordContext
		case phoneFiller:
			j = w
		default:
			return noPhoneContext
		}
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
		switch vocab()[string(lowerWord(&buf, key[w:k]))] {
		case phoneWord:
			return true
		case phoneFiller:
			j = w
		default:
			return false
		}
	}
	return false
}
