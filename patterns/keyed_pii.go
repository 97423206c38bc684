package patterns

// A field's key says things about personal data in its value that the
// value alone does not: under "phone" or "msisdn" digits are a phone
// number with no phone word before them, and under "trace_id" or
// "order_no" a Luhn-valid number is still an identifier. Layers that pass
// the key of every field get this from RedactIn; KeyMatters tells layers
// that leave out the keys of plain fields which ones to pass.

// KeyMatters reports whether the key a value is logged under changes what
// the detectors find in it, beyond the key rules of [Engine.SensitiveKey]
// and [Engine.AllowedKey]: a phone key ("phone", "customer_phone",
// "mobile_no"), under which national numbers are read, or an identifier's
// key ("trace_id", "X-Request-ID", "order_number"), under which card-like
// numbers are left alone; or a key that names a provider whose keys have
// no format of their own ("datadog_key", "AccountKey"). A layer that checks
// values of plain keys without their key must pass the key for these.
func (e *Engine) KeyMatters(key string) bool {
	if key == "" {
		return false
	}
	// Settled once per key, in the key cache: the event path asks for
	// every field.
	switch e.keyCode(key) {
	case keyCodeContext, keyCodePIIField:
		return true
	}
	return false
}

// keyedPII applies what a field's key says about personal data to the
// findings fs[n:] of its value s: a number under an ID key ("trace_id",
// "order_no") is no card, and a value under a phone key ("phone",
// "mobile_no") is read for national numbers. It costs a look at the
// value's first bytes when neither applies.
func (e *Engine) keyedPII(fs []Finding, n int, key, s string, first bool) []Finding {
	if key == "" {
		return fs
	}
	return e.keyedFindings(fs, n, key, s, first)
}

func (e *Engine) keyedFindings(fs []Finding, n int, key, s string, first bool) []Finding {
	if len(fs) == n && (len(key) < 2 || !mayEndInPhoneWord(key)) {
		return fs
	}
	if len(fs) > n && e.card >= 0 {
		fs = dropCardsUnderIDKey(fs, n, key, e.dets[e.card].ID)
	}
	if e.phone < 0 || len(s) > maxPhoneField || len(s) < minPhoneDigits || first && len(fs) > n {
		return fs
	}
	if len(key) < 2 || !mayEndInPhoneWord(key) || !mayHoldNational(s) || !phoneKey(lastKeyPart(key)) {
		return fs
	}
	m := len(fs)
	fs = e.scanKeyedPhones(fs, s, first)
	if len(fs) > m && m > n {
		return mergeFindings(fs, n)
	}
	return fs
}

// mayHoldNational reports whether s holds seven digits, the fewest a
// phone number read under a key has.
func mayHoldNational(s string) bool {
	d := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if d++; d == minPhoneDigits {
				return true
			}
		}
	}
	return false
}

// lastKeyPart returns the last component of a key path ("user.phone").
func lastKeyPart(key string) string {
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == '.' {
			return key[i+1:]
		}
	}
	return key
}

// dropCardsUnderIDKey removes card findings from fs[n:] when key names an
// identifier.
func dropCardsUnderIDKey(fs []Finding, n int, key, cardID string) []Finding {
	has := false
	for _, f := range fs[n:] {
		if f.DetectorID == cardID {
			has = true
			break
		}
	}
	if !has || !idField(key) {
		return fs
	}
	out := fs[:n]
	for _, f := range fs[n:] {
		if f.DetectorID != cardID {
			out = append(out, f)
		}
	}
	return out
}

// phoneField reports whether values under key are read for phone numbers.
func (e *Engine) phoneField(key string) bool {
	return e.phone >= 0 && len(key) >= 2 && mayEndInPhoneWord(key) && phoneKey(lastKeyPart(key))
}

// idField reports whether a field key names an identifier.
func idField(key string) bool {
	k := lastKeyPart(key)
	return k != "" && idKey(k, len(k))
}
