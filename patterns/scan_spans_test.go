package patterns

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// spanSeparators sit between the values of a joined text. Several end or
// start with bytes that form candidate pairs with a value's edge ("1",
// "@", "=", "_"), so that a pass reading across a value's bounds would
// find what the value alone does not hold.
var spanSeparators = []string{`","k":"`, `"`, "1", "@", "=", "_x", " 4111 ", "", ":", "%40", "ghp_"}

// joinSpans joins texts with separators drawn from r and returns the
// joined text and the span of each text in it.
func joinSpans(r *rand.Rand, texts []string) (string, []int32) {
	var b strings.Builder
	spans := make([]int32, 0, 2*len(texts))
	b.WriteString(spanSeparators[r.IntN(len(spanSeparators))])
	for _, t := range texts {
		spans = append(spans, int32(b.Len()))
		b.WriteString(t)
		spans = append(spans, int32(b.Len()))
		b.WriteString(spanSeparators[r.IntN(len(spanSeparators))])
	}
	return b.String(), spans
}

// anyContains is what ContainsSpans must answer: Contains of each value.
func anyContains(e *Engine, texts []string) bool {
	for _, t := range texts {
		if e.Contains(t) {
			return true
		}
	}
	return false
}

// eachFind is what FindSpans must append: AppendFind under no key of
// each value alone, its offsets moved to the value's place in the text.
func eachFind(e *Engine, spans []int32, texts []string) []Finding {
	var fs []Finding
	for k, t := range texts {
		n := len(fs)
		fs = e.AppendFind(fs, Scope{}, t)
		for i := n; i < len(fs); i++ {
			fs[i].Start += int(spans[2*k])
			fs[i].End += int(spans[2*k])
		}
	}
	return fs
}

// agreeSpans fails t unless ContainsSpans and FindSpans answer for
// joined what Contains and AppendFind answer for each value alone.
func agreeSpans(t *testing.T, e *Engine, joined string, spans []int32, vals []string) {
	t.Helper()
	if got, want := e.ContainsSpans(joined, spans), anyContains(e, vals); got != want {
		t.Fatalf("ContainsSpans(%q, %v) = %v, want %v", joined, spans, got, want)
	}
	if diff := cmp.Diff(eachFind(e, spans, vals), e.FindSpans(nil, joined, spans), cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("FindSpans(%q, %v) differs from AppendFind of each value (-want +got):\n%s", joined, spans, diff)
	}
}

// TestContainsSpansAgrees checks ContainsSpans against Contains of each
// value alone, on every catalog example and benign line, joined in
// groups with separators that would change the answer if a value's
// neighbours were read with it.
func TestContainsSpansAgrees(t *testing.T) {
	e := Default()
	allow, err := New(WithAllowedKeys("note"))
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(7, 11))
	for _, eng := range []*Engine{e, allow} {
		texts := pathTexts(t, eng)
		for i, s := range texts {
			joined, spans := joinSpans(r, []string{s})
			agreeSpans(t, eng, joined, spans, []string{s})
			group := []string{s}
			for k := 0; k < r.IntN(8); k++ {
				group = append(group, texts[(i+1+r.IntN(len(texts)-1))%len(texts)])
			}
			joined, spans = joinSpans(r, group)
			agreeSpans(t, eng, joined, spans, group)
		}
	}
}

// TestContainsSpansClean checks that a clean event's values, many of them
// holding candidates, are all read: a value that holds a finding at the
// end of the event is not missed after many clean ones.
func TestContainsSpansClean(t *testing.T) {
	e := Default()
	vals := []string{"GET", "/api/v1/orders/12345", "200", "u_8f3a2c", "3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b", "10.1.2.3",
		"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"}
	r := rand.New(rand.NewPCG(1, 2))
	joined, spans := joinSpans(r, vals)
	if e.ContainsSpans(joined, spans) {
		t.Fatalf("ContainsSpans(%q) = true for clean values", joined)
	}
	for _, dirty := range []string{"bob@example.org", "4111 1111 1111 1111", "AKIAIOSFODNN7EXAMPLE"} {
		for at := 0; at <= len(vals); at++ {
			group := append(append(append([]string(nil), vals[:at]...), dirty), vals[at:]...)
			joined, spans := joinSpans(r, group)
			if !e.ContainsSpans(joined, spans) {
				t.Errorf("ContainsSpans(%q) = false with %q as value %d", joined, dirty, at)
			}
		}
	}
	if e.ContainsSpans("", nil) {
		t.Error("ContainsSpans with no spans = true")
	}
}

// TestContainsSpansBadSpans checks that spans out of order fail loudly.
func TestContainsSpansBadSpans(t *testing.T) {
	long := strings.Repeat("plain words ", 400)
	for _, c := range []struct {
		name  string
		s     string
		spans []int32
	}{
		{"descending", "abcdef", []int32{3, 5, 0, 2}},
		{"negative start", "abcdef", []int32{-1, 2}},
		{"past the end", "abcdef", []int32{1, 9}},
		{"end before start", "abcdef", []int32{4, 2}},
		{"descending past a window", long, []int32{3000, 3010, 0, 2}},
		{"past the end of a long text", long, []int32{0, 3000, 4000, 9000}},
	} {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != spansOutOfOrder {
					t.Errorf("ContainsSpans(%v) panicked with %v, want %q", c.spans, r, spansOutOfOrder)
				}
			}()
			Default().ContainsSpans(c.s, c.spans)
		})
	}
}

// FuzzContainsSpans cuts arbitrary text into values at arbitrary points
// and compares ContainsSpans with Contains of each value.
func FuzzContainsSpans(f *testing.F) {
	f.Add("user=bob 4111111111111111 alice@example.com ghp_0123456789abcdefABCDEF0123456789abcd", uint64(1))
	f.Add(`{"a":"123-45-6789","b":"x@y.io"}`, uint64(42))
	e := Default()
	f.Fuzz(func(t *testing.T, s string, seed uint64) {
		r := rand.New(rand.NewPCG(seed, seed>>7))
		var spans []int32
		var vals []string
		for i := 0; i < len(s); {
			st := i + r.IntN(4)
			en := min(len(s), st+r.IntN(64))
			if st > en {
				break
			}
			spans = append(spans, int32(st), int32(en))
			vals = append(vals, s[st:en])
			i = max(en, i+1) + r.IntN(3)
		}
		agreeSpans(t, e, s, spans, vals)
	})
}

// TestContainsSpansWindows reads groups of values placed so that they
// fall in the first window of a line, in a window that starts past a
// long value, across the edge of two windows, and after a value longer
// than a window that is itself read (alone), at every offset in a block,
// and compares each answer with Contains of each value.
func TestContainsSpansWindows(t *testing.T) {
	e := Default()
	texts := pathTexts(t, e)
	r := rand.New(rand.NewPCG(9, 4))
	window := 32 * maxSpanBlocks
	long := strings.Repeat("plain words ", window/12+1)
	for i := 0; i < len(texts); i++ {
		group := []string{texts[i]}
		for k := 0; k < r.IntN(6); k++ {
			group = append(group, texts[r.IntN(len(texts))])
		}
		near := strings.Repeat("w", window-1-r.IntN(64))
		for _, c := range []struct {
			first string
			read  bool // the first value is one of the spans
		}{{"", false}, {long, false}, {near, false}, {long, true}, {near, true}, {long + texts[i], true}} {
			pad := strings.Repeat("x", r.IntN(40))
			values := append([]string{pad + c.first}, group...)
			joined, spans := joinSpans(r, values)
			if !c.read {
				spans, values = spans[2:], values[1:]
			}
			agreeSpans(t, e, joined, spans, values)
		}
	}
}

// TestRedactFound checks that RedactFound, given what FindSpans found in
// a value, masks it as RedactIn does under keys of every class, and
// tells the observer the same, on every catalog example and benign line.
func TestRedactFound(t *testing.T) {
	keys := []string{"", "note", "customer_id", "order_id", "password", "phone", "email", "user_agent", "msg"}
	var seen [2][]Observation
	newEngine := func(k int, opts ...Option) *Engine {
		e, err := New(append(opts, WithObserver(func(o Observation) {
			seen[k] = append(seen[k], o)
		}))...)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	for _, opts := range [][]Option{nil, {WithReportOnly()}} {
		ref, e := newEngine(0, opts...), newEngine(1, opts...)
		for _, v := range pathTexts(t, e) {
			if v == "" {
				continue
			}
			joined := "<" + v + ">"
			fs := e.FindSpans(nil, joined, []int32{1, int32(1 + len(v))})
			for i := range fs {
				fs[i].Start--
				fs[i].End--
			}
			for _, key := range keys {
				seen = [2][]Observation{}
				sc := Scope{Layer: "test", Key: key}
				want, wantChanged := ref.RedactIn(sc, v)
				got, changed := e.RedactFound(sc, v, append([]Finding(nil), fs...))
				if got != want || changed != wantChanged {
					t.Fatalf("RedactFound(%q, %q) = %q, %v; RedactIn = %q, %v", key, v, got, changed, want, wantChanged)
				}
				if diff := cmp.Diff(seen[0], seen[1]); diff != "" {
					t.Fatalf("RedactFound(%q, %q) observed otherwise than RedactIn (-RedactIn +RedactFound):\n%s", key, v, diff)
				}
			}
		}
	}
}
