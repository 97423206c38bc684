//go:build binary_log

package zerologredact_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/zerologredact"
	"github.com/rs/zerolog"
)

// TestCBORFailsClosed runs with zerolog built with -tags binary_log: every
// event is CBOR, and the writer replaces each, whole, with a CBOR event
// that keeps the level and holds zerologredact.CBORMarker as its message.
func TestCBORFailsClosed(t *testing.T) {
	rec := &recorder{n: -1}
	l := zerolog.New(zerologredact.New(rec))
	workload.ZerologFields(l.Warn(), workload.DirtyFields).Msg(workload.DirtyMessage)
	workload.ZerologFields(l.Info(), workload.CleanFields).Msg(workload.CleanMessage)
	l.Log().Str("email", "bob@example.org").Send()

	cbor := func(s string) string { return string(rune(0x60+len(s))) + s }
	warn := "\xbf" + cbor("level") + cbor("warn") + cbor("message") + cbor(zerologredact.CBORMarker) + "\xff"
	info := "\xbf" + cbor("level") + cbor("info") + cbor("message") + cbor(zerologredact.CBORMarker) + "\xff"
	none := "\xbf" + cbor("message") + cbor(zerologredact.CBORMarker) + "\xff"
	if diff := cmp.Diff([]string{warn, info, none}, rec.writes); diff != "" {
		t.Errorf("CBOR events mismatch (-want +got):\n%s", diff)
	}
	for _, w := range rec.writes {
		for _, s := range workload.Secrets {
			if bytes.Contains([]byte(w), []byte(s)) {
				t.Errorf("%q survived in %q", s, w)
			}
		}
	}
}
