//go:build !binary_log

package zerologredact_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/logredact/logredact/zerologredact"
	"github.com/rs/zerolog"
)

// TestOutputIsJSON logs random events, built with zerolog's own field
// methods from a fixed seed, and checks that each comes out as valid JSON
// with none of the planted secrets in it, and byte for byte as plain
// zerolog wrote it when it had none.
func TestOutputIsJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	secrets := []string{"alice@example.com", "4111 1111 1111 1111", "123-45-6789", "AKIAIOSFODNN7EXAMPLE"}
	values := append([]string{"ok", "/api/v1", `q"uo\te`, "é\U0001F600", "a\x01b", "<&>", "10.1.2.3"}, secrets...)
	keys := []string{"a", "note", "password", "db", "to", "email", "id"}
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	var add func(e *zerolog.Event, depth int) *zerolog.Event
	add = func(e *zerolog.Event, depth int) *zerolog.Event {
		for range r.IntN(5) {
			k := pick(keys)
			switch r.IntN(8) {
			case 0:
				e = e.Str(k, pick(values))
			case 1:
				e = e.Int64(k, []int64{0, 42, 4111111111111111}[r.IntN(3)])
			case 2:
				e = e.Strs(k, []string{pick(values), pick(values)})
			case 3:
				e = e.Interface(k, map[string]any{"v": pick(values), "n": r.IntN(9)})
			case 4:
				raw, _ := json.Marshal(map[string]string{pick(keys): pick(values)})
				e = e.RawJSON(k, raw)
			case 5:
				e = e.Err(errors.New(pick(values)))
			case 6:
				if depth < 3 {
					e = e.Dict(k, add(zerolog.Dict(), depth+1))
				}
			default:
				e = e.Bool(k, r.IntN(2) == 0).Float64(k+"_f", 1.5)
			}
		}
		return e
	}
	for i := range 3000 {
		seed := r.Uint64()
		var plain, redacted bytes.Buffer
		for _, w := range []struct {
			buf    *bytes.Buffer
			redact bool
		}{{&plain, false}, {&redacted, true}} {
			r = rand.New(rand.NewPCG(seed, 1))
			var l zerolog.Logger
			if w.redact {
				l = zerolog.New(zerologredact.New(w.buf))
			} else {
				l = zerolog.New(w.buf)
			}
			add(l.Info(), 0).Msg(pick(values))
		}
		out := redacted.String()
		if !json.Valid(plain.Bytes()) {
			continue // zerolog itself wrote no JSON: nothing to compare
		}
		if !json.Valid(redacted.Bytes()) {
			t.Fatalf("event %d: not JSON after redaction:\n%s\n%s", i, plain.String(), out)
		}
		found := false
		for _, s := range append(secrets, "4111111111111111") {
			if strings.Contains(out, s) {
				t.Fatalf("event %d: %q survived:\n%s", i, s, out)
			}
			found = found || strings.Contains(plain.String(), s)
		}
		if !found && !strings.Contains(plain.String(), "password") && out != plain.String() {
			t.Fatalf("event %d: clean event changed:\n%s\n%s", i, plain.String(), out)
		}
	}
}
