package zerologredact

import (
	"github.com/rs/zerolog"

	"github.com/logredact/logredact/internal/jsonredact"
)

// zerolog built with the binary_log tag encodes events as CBOR, not JSON.
// The writer does not rewrite CBOR: it fails closed. An event that is a
// CBOR map is replaced, whole, by a CBOR event that keeps only the
// level and says in its message that the event was withheld, so that
// nothing in it can leak and the stream stays valid CBOR that zerolog's
// tools decode.

// CBORMarker is the message of the event written in place of a CBOR
// event: the event's own fields were withheld.
const CBORMarker = "[REDACTED:cbor]"

// isCBOR reports whether p is a CBOR event: one well-formed CBOR map and
// nothing else, as zerolog's CBOR encoder writes it. A line of text that
// merely starts with a byte of a CBOR map head (0xa0 to 0xbf) is text.
func isCBOR(p []byte) bool {
	return len(p) > 0 && p[0]>>5 == 5 && jsonredact.IsCBOR(p)
}

// appendCBORMarker appends the CBOR event that replaces a CBOR event of
// level l: {level: l, message: CBORMarker}, with zerolog's field names.
func appendCBORMarker(dst []byte, l zerolog.Level) []byte {
	dst = append(dst, 0xbf) // a map of indefinite length, as zerolog writes
	if l != zerolog.NoLevel {
		dst = jsonredact.AppendCBORText(dst, zerolog.LevelFieldName)
		dst = jsonredact.AppendCBORText(dst, zerolog.LevelFieldMarshalFunc(l))
	}
	dst = jsonredact.AppendCBORText(dst, zerolog.MessageFieldName)
	dst = jsonredact.AppendCBORText(dst, CBORMarker)
	return append(dst, 0xff)
}
