package patterns

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// redactSkipping is RedactFind with or without the skip of masks: the
// findings, then the output as a last finding's detector ID.
func redactSkipping(e *Engine, sc Scope, s string, skip bool) []Finding {
	skipMasks = skip
	defer func() { skipMasks = true }()
	out, fs := e.RedactFind(nil, sc, s)
	return append(fs, Finding{DetectorID: out})
}

// maskContexts are the texts around a mask that could join it to a
// finding: an assignment before or after it, an address, a digit group,
// a second mask.
var maskContexts = [][2]string{
	{"", ""}, {"password=", ""}, {"key ", " used"}, {"", "=hunter2x9"}, {"", ": hunter2x9"}, {"token ", "x"},
	{"", "@example.com"}, {"4111 ", " 1111"}, {"", "-6789"}, {"Bearer ", ""}, {"a=", "&b=c"}, {"", "[REDACTED:email]"},
	{`{"secret":"`, `"}`}, {"user:", "@db.example.com"}, {"x", "y"},
}

// TestMaskSkipAgrees checks that skipping the inside of this engine's
// masks changes nothing the engine finds or writes, for every label the
// engine writes, with and without an HMAC tag, in every context of
// maskContexts.
func TestMaskSkipAgrees(t *testing.T) {
	e := Default()
	for _, d := range e.Detectors() {
		m := maskPrefix + ":" + d.ID + "]"
		for _, c := range maskContexts {
			s := c[0] + m + c[1]
			for _, sc := range []Scope{{}, {Key: "note"}, {Key: "password"}} {
				if diff := cmp.Diff(redactSkipping(e, sc, s, false), redactSkipping(e, sc, s, true)); diff != "" {
					t.Fatalf("RedactFind(%q, %q): skipping the mask changes the result (-read +skipped):\n%s", sc.Key, s, diff)
				}
			}
		}
	}
}

// TestHMACMaskSettled checks that an HMAC mask of any of the engine's
// labels is left as it is: read, the tag after some labels
// ("linkedin-client-secret:9f86…") looked like the secret those labels
// name, so that a redacted line changed when it was redacted again.
func TestHMACMaskSettled(t *testing.T) {
	e, err := New(WithMask(HMACMask([]byte("0123456789abcdef0123"))))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range e.Detectors() {
		m := maskPrefix + ":" + d.ID + ":9f86d081884c7d65]"
		for _, c := range [][2]string{{"", ""}, {"key ", " used"}, {"x", ""}} {
			s := c[0] + m + c[1]
			if fs := e.Find(s); len(fs) > 0 {
				t.Errorf("Find(%q) = %v, want nothing: a mask hides nothing", s, fs)
			}
		}
	}
}

// TestMaskSkipSkips checks that the scan does skip the inside of a mask
// of this engine, and only of one: not of a label the engine does not
// write, which may be a secret written to look like a mask.
func TestMaskSkipSkips(t *testing.T) {
	e := Default()
	for _, tc := range []struct {
		s    string
		skip int
	}{
		{"[REDACTED:aws-access-key-id]", len("[REDACTED:aws-access-key-id]")},
		{"[REDACTED:email:9f86d081884c7d65] x", len("[REDACTED:email:9f86d081884c7d65]")},
		{"[REDACTED:email:9f86d08] x", 0},
		{"[REDACTED:no-such-detector]", 0},
		{"[REDACTED:email", 0},
		{"[REDACTED:Email]", 0},
	} {
		sc := scanCursor{lastDet: -1}
		e.visit(nil, tc.s, 0, &sc)
		if sc.skip != tc.skip {
			t.Errorf("after the mask at the start of %q the scan goes on at %d, want %d", tc.s, sc.skip, tc.skip)
		}
	}
	// A secret the catalog finds, written as a label, is found still.
	for _, d := range e.Detectors() {
		for _, ex := range d.Positive {
			for _, f := range e.Find(ex.Text) {
				v := ex.Text[f.Start:f.End]
				if strings.Trim(v, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" || e.maskIDs.has(v) {
					continue
				}
				if s := maskPrefix + ":" + v + "]"; len(e.Find(s)) == 0 && len(e.Find(v)) > 0 {
					t.Errorf("Find(%q) = nothing: a secret written as a label is skipped as a mask", s)
				}
			}
		}
	}
}

// FuzzMaskSkip compares the scan with and without the skip of masks on
// arbitrary text, and on the text with a mask of this engine written
// into it.
func FuzzMaskSkip(f *testing.F) {
	f.Add("key [REDACTED:aws-access-key-id] used", uint8(4))
	f.Add("password=x", uint8(9))
	e := Default()
	f.Fuzz(func(t *testing.T, s string, at uint8) {
		i := int(at) % (len(s) + 1)
		for _, v := range []string{s, s[:i] + "[REDACTED:sensitive-key]" + s[i:]} {
			if diff := cmp.Diff(redactSkipping(e, Scope{}, v, false), redactSkipping(e, Scope{}, v, true)); diff != "" {
				t.Fatalf("RedactFind(%q): skipping the mask changes the result (-read +skipped):\n%s", v, diff)
			}
		}
	})
}

// TestIDSet checks the set of labels against a map, past the point where
// every probe runs into a neighbour's slot.
func TestIDSet(t *testing.T) {
	var set idSet
	want := map[string]bool{}
	for i := 0; i < idSlots+10; i++ {
		id := fmt.Sprintf("id-%d", i*7)
		set.add(id)
		if i < idSlots-1 {
			want[id] = true
		}
	}
	for i := 0; i < 2*idSlots; i++ {
		id := fmt.Sprintf("id-%d", i)
		if got := set.has(id); got != want[id] {
			t.Errorf("has(%q) = %v, want %v", id, got, want[id])
		}
	}
	if set.has("") {
		t.Error(`has("") = true`)
	}
}
