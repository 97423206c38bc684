package patterns

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// timestamps returns timestamps in the layouts timestampEnd reads and in
// near misses of them: every separator, fraction length and zone, and
// lines that break off or run on where a layout allows neither.
func timestamps(r *rand.Rand, n int) []string {
	two := func() string { return fmt.Sprintf("%02d", r.IntN(100)) }
	frac := func() string {
		k := r.IntN(14)
		if k < 3 {
			return ""
		}
		sep := []string{".", ",", ".0", ".00"}[r.IntN(4)]
		return sep + fmt.Sprintf("%020d", r.Uint64())[:min(k-2, 12)]
	}
	zone := func() string {
		return []string{"", "Z", "+01:00", "-07:00", "+0530", "-0800", "+05", "Z2", "+0", "+01:0", "z", " UTC"}[r.IntN(12)]
	}
	// Layouts every run holds: dates a keyword spans, and fractions and
	// zones with a keyword's pair.
	out := append(make([]string, 0, n), "2026-12-03T12:10:27Z", "2026-12-03 12:10:27.05+01:00",
		"2026-12-01T00:00:00.0Z", "03/Dec/2026:12:10:27 +0000", "03/Dec/2026:12:10:27 +00001", "2026-11-30T09:00:00.003084Z", "2026-12-03T12:10:27.051Z",
		"2026-12-03T12:10:27+01:001", "2026-12-03T12:10:27-10:001",
		"5:2026-12-03T12:10:27Z") // a date the runs read from its first separator on
	for len(out) < n {
		var ts string
		switch r.IntN(3) {
		case 0, 1:
			sep := []string{"T", " ", "T", "t", "_"}[r.IntN(5)]
			ts = fmt.Sprintf("%04d-%s-%s%s%s:%s:%s", r.IntN(10000), two(), two(), sep, two(), two(), two()) + frac() + zone()
		default:
			mon := []string{"Jan", "Nov", "Dec", "Oct", "Sep", "May", "Xyz", "nov"}[r.IntN(8)]
			ts = fmt.Sprintf("%s/%s/%04d:%s:%s:%s", two(), mon, r.IntN(10000), two(), two(), two())
			ts += []string{"", " +0000", " -0700", " +05", " +000", "+0000"}[r.IntN(6)]
		}
		if r.IntN(8) == 0 {
			ts = ts[:r.IntN(len(ts)+1)] // broken off anywhere
		}
		out = append(out, ts)
	}
	return out
}

// timestampContexts are what logs write around a timestamp, and what the
// scanners might read together with one: numbers, a phone's country
// code, a card's groups, keywords whose pairs a timestamp holds.
var timestampContexts = [][2]string{
	{"", ""}, {"time=", " level=info"}, {`{"ts":"`, `","msg":"x"}`}, {"[", "] \"GET / HTTP/1.1\" 200"},
	{"+1 ", " 555 2671"}, {"call ", " 415 555 2671"}, {"4111 1111 ", " 1111"}, {"ssn ", "-6789"},
	{"v1", ""}, {"v", "-abc"}, {"--user ", "x"}, {"", "4111111111111111"}, {"", " 4111 1111 1111 1111"},
	{"", "@example.com"}, {"", "v1.0-abcdefghijklmnopqrstuvwxyz0123"}, {"", "ghp_aB3dE5fG7haB3dE5fG7haB3dE5fG7haB3dE5"},
	{"x ", ".0"}, {"AKIA ", "IQoJb3JpZ2luX2VjEJr"}, {"born ", ""}, {"password: ", ""}, {"", ":123-45-6789"},
	{"10.0.0.", " "}, {"-", "-"}, {"1", "1"}, {"phone ", ""}, {"DE89 ", "3704 0044 0532 0130 00"},
}

// TestTimestampSkipChangesNothing checks that reading a timestamp as one
// token finds exactly what reading it run by run finds, with and without
// keys (a phone key reads national numbers), on engines that skip the
// runs and on one that cannot (a keyword's pair starts with a digit).
func TestTimestampSkipChangesNothing(t *testing.T) {
	ip, err := New(WithIPAddresses())
	if err != nil {
		t.Fatal(err)
	}
	digits, err := New(WithDetector(Detector{
		ID: "digit-keyword", Category: Secret, Keywords: []string{"0000"},
		Pattern: `0000[a-z]{8}`,
	}))
	if err != nil {
		t.Fatal(err)
	}
	if !digits.pf.digitAnchors {
		t.Fatal("the engine with a digit keyword skips runs")
	}
	// Keywords a timestamp holds, each filed under one of its pairs that
	// start with a separator or a month's letter, and each in an engine
	// of its own, so that each of the reader's pair tests is needed.
	engines := []*Engine{Default(), ip, digits}
	for _, kw := range []string{"T12:1", " 12:1", "7.05", "+01:0", "0:00", "Dec/2", "6:12:", "7 +00", "7 +", "6-12-0", "2-0", "0:2", "2:1"} {
		e, err := New(WithDetector(Detector{ID: "timed", Category: Secret, Keywords: []string{kw}, Match: keywordAndDigit}))
		if err != nil {
			t.Fatal(err)
		}
		if e.pf.digitAnchors {
			t.Fatalf("the engine with keyword %q files it under a digit's pair", kw)
		}
		engines = append(engines, e)
	}
	r := rand.New(rand.NewPCG(17, 29))
	keys := []string{"", "phone", "mobile", "ts", "card_number", "ssn", "order_id", "date_of_birth"}
	for _, e := range engines {
		for k, ts := range timestamps(r, 3000) {
			c := timestampContexts[r.IntN(len(timestampContexts))]
			key := keys[r.IntN(len(keys))]
			if k < 10 {
				// The fixed layouts alone: a key rule that masks
				// the whole value would hide what changed.
				c, key = timestampContexts[0], ""
			}
			s := c[0] + ts + c[1]
			got := e.AppendFind(nil, Scope{Key: key}, s)
			runsOnly = true
			want := datePhonesDropped(e.AppendFind(nil, Scope{Key: key}, s), got, s)
			runsOnly = false
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("AppendFind(%q) under key %q, timestamps read whole (-runs +whole):\n%s", s, key, diff)
			}
		}
	}
}

// datePhonesDropped is fs, found run by run, without the one finding
// that timestamps read whole do not make: a phone number that is the
// date of a timestamp with a space for the T, where got does not hold it
// too (under a phone key, every run is read as a phone number whatever
// the scanners make of it).
func datePhonesDropped(fs, got []Finding, s string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.DetectorID == "phone-number" && spacedDateTime.MatchString(s[f.Start:]) && !slices.Contains(got, f) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// spacedDateTime is the start of a date and time with a space for the T.
var spacedDateTime = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}`)

// FuzzTimestampSkip compares, on arbitrary text, every finding of the
// default engine with timestamps read whole and read run by run.
func FuzzTimestampSkip(f *testing.F) {
	r := rand.New(rand.NewPCG(2, 3))
	for k, ts := range timestamps(r, 40) {
		c := timestampContexts[k%len(timestampContexts)]
		f.Add(c[0] + ts + c[1])
	}
	e := Default()
	f.Fuzz(func(t *testing.T, s string) {
		got := e.Find(s)
		runsOnly = true
		want := datePhonesDropped(e.Find(s), got, s)
		runsOnly = false
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("Find(%q), timestamps read whole (-runs +whole):\n%s", s, diff)
		}
	})
}

// TestTimestampNotPhone checks that a date followed by a time of day is
// not a phone number after a phone word, and that a phone number beside
// a timestamp still is.
func TestTimestampNotPhone(t *testing.T) {
	e := Default()
	for _, tt := range []struct{ in, want string }{
		{"phone call at 2026-12-03 12:10:27 ended", "phone call at 2026-12-03 12:10:27 ended"},
		{"mobile: 2026-12-03 12:10:27,123 INFO sync", "mobile: 2026-12-03 12:10:27,123 INFO sync"},
		{"tel 2026-12-03 12:10:27+01:00", "tel 2026-12-03 12:10:27+01:00"},
		{"phone 415 555 2671 at 2026-12-03 12:10:27", "phone [REDACTED:phone-number] at 2026-12-03 12:10:27"},
		{"2026-12-03 12:10:27 call +1 415 555 2671", "2026-12-03 12:10:27 call [REDACTED:phone-number]"},
	} {
		if got := e.RedactString(tt.in); got != tt.want {
			t.Errorf("RedactString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTimestampEnd checks where a timestamp is read to, and that one
// holding a keyword's pair ends before it.
func TestTimestampEnd(t *testing.T) {
	e := Default()
	for _, tt := range []struct {
		in   string
		want int // -1: not read as a timestamp
	}{
		{"2026-12-03T12:10:27", 19},
		{"2026-12-03 12:10:27 INFO", 19},
		{"2026-12-03T12:10:27Z", 19}, // the Z's pair is left
		{"2026-12-03T12:10:27.123456789Z", 29},
		{"2026-12-03T12:10:27,123 WARN", 23},
		{"2026-12-03T12:10:27.1234567890", -1},
		{"2026-12-03T12:10:27+01:00", 25},
		{"2026-12-03T12:10:27-0700", 24},
		{"2026-12-03T12:10:27+01", 19},
		{"2026-12-03T12:10:27.05Z", 19}, // ".0" is a keyword's pair
		{"2026-12-03T12:10", -1},
		{"2026-12-03X12:10:27", -1},
		{"2026-1-03T12:10:27", -1},
		{"30/Nov/2026:09:00:00 +0000]", 26},
		{"30/Nov/2026:09:00:00]", 20},
		{"30/Nov/2026:09:00:00 +000", 20},
		{"30/Now/2026:09:00:00", -1},
		{"30/Nov/26:09:00:00", -1},
	} {
		g := 0
		for g < len(tt.in) && isDigit(tt.in[g]) {
			g++
		}
		if got := e.pf.timestampEnd(tt.in, 0, g); got != tt.want {
			t.Errorf("timestampEnd(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// keywordAndDigit matches a keyword and the digit after it.
func keywordAndDigit(s string, at int, kw string) (int, int, bool) {
	end := at + len(kw)
	return at, end + 1, end < len(s) && isDigit(s[end])
}
