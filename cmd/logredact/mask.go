package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// spanMasker writes the engine's mask for a span that the command found
// itself: lines longer than -max-line are scanned in windows, and only the
// command knows which findings of a window are its own, so it masks them
// itself. It renders exactly what patterns.Mask renders; a test compares
// the two for every mask kind, so the copies cannot drift apart silently.
type spanMasker struct {
	kind string // "label", "partial", "hmac" or "fixed"
	text string
	key  []byte
}

const maskLabelPrefix = "[REDACTED:"

// newSpanMasker mirrors the mask of s; settings.mask has checked it.
func newSpanMasker(s *settings, env lookupEnv) spanMasker {
	m := spanMasker{kind: s.Mask, text: s.MaskText}
	if m.kind == "" {
		m.kind = "label"
	}
	if m.kind == "hmac" {
		name := s.HMACKeyEnv
		if name == "" {
			name = defaultHMACKeyEnv
		}
		k, _ := env(name)
		m.key = []byte(k)
	}
	return m
}

// appendMask appends the replacement of value, found by detector id.
func (m *spanMasker) appendMask(dst []byte, id string, value []byte) []byte {
	switch m.kind {
	case "fixed":
		return append(dst, m.text...)
	case "partial":
		switch id {
		case "credit-card", "us-ssn":
			return appendStarDigits(dst, value, 4)
		case "email":
			if at := lastAt(value); at >= 0 {
				dst = append(dst, "***"...)
				return append(dst, value[at:]...)
			}
		}
	case "hmac":
		mac := hmac.New(sha256.New, m.key)
		mac.Write(value)
		sum := mac.Sum(nil)
		dst = append(dst, maskLabelPrefix...)
		dst = append(dst, id...)
		dst = append(dst, ':')
		return hex.AppendEncode(dst, sum[:8])
	}
	dst = append(dst, maskLabelPrefix...)
	dst = append(dst, id...)
	return append(dst, ']')
}

// lastAt finds the '@' of an email, also percent-encoded.
func lastAt(v []byte) int {
	for i := len(v) - 1; i >= 0; i-- {
		if v[i] == '@' {
			return i
		}
		if v[i] == '%' && i+2 < len(v) && v[i+1] == '4' && v[i+2] == '0' {
			return i
		}
	}
	return -1
}

// appendStarDigits stars every digit but the last keep, keeping separators.
func appendStarDigits(dst, v []byte, keep int) []byte {
	digits := 0
	for _, c := range v {
		if c >= '0' && c <= '9' {
			digits++
		}
	}
	seen := 0
	for _, c := range v {
		if c >= '0' && c <= '9' {
			seen++
			if seen <= digits-keep {
				c = '*'
			}
		}
		dst = append(dst, c)
	}
	return dst
}
