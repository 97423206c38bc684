package jsonredact

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/logredact/logredact/patterns"
)

// shapeWalker is one walker that outlives its events, as a pooled one
// does in a service: what quickShape remembers of one event is there for
// the next.
type shapeWalker struct{ w *walker }

func newShapeWalker() *shapeWalker {
	return &shapeWalker{w: &walker{path: make([]byte, 0, 128), keys: make(map[string]string)}}
}

// quick runs quickClean on src under r's settings with the walker s
// keeps, and reports whether it called src clean.
func (s *shapeWalker) quick(r *Rewriter, src []byte) bool {
	w := s.w
	w.e, w.layer, w.mode, w.src = r.Engine, layerName(r.Layer), modeCheck, src
	w.msgKey, w.fieldKeys, w.extra = r.MessageKey, r.FieldKeys, r.Sensitive
	w.path, w.base, w.nest, w.marked, w.valid = w.path[:0], 0, 0, false, false
	w.cur = w.path
	return w.quickClean()
}

// TestQuickShapeSettlesChanges pins that an event is judged afresh where
// it differs from the shape the last clean event left: a key that became
// sensitive, a key that is data and now holds a secret, a message key or
// an engine that changed between events.
func TestQuickShapeSettlesChanges(t *testing.T) {
	allowNote, err := patterns.New(patterns.WithAllowedKeys("note"))
	if err != nil {
		t.Fatal(err)
	}
	def := patterns.Default()
	for _, tc := range []struct {
		name        string
		first, then *Rewriter
		a, b        string
	}{
		{"key turns sensitive", &Rewriter{Engine: def, FieldKeys: true}, nil,
			`{"level":"info","user":"hunter2x"}`, `{"level":"info","password":"hunter2x"}`},
		{"key that is data holds a secret", &Rewriter{Engine: def}, nil,
			`{"a":"b","c":"d"}`, `{"a":"b","AKIAIOSFODNN7EXAMPLE":"d"}`},
		{"key that is data holds a secret, longer event", &Rewriter{Engine: def}, nil,
			`{"a":"b"}`, `{"a":"b","bob.smith@example.org":"d"}`},
		{"keys turn code", &Rewriter{Engine: def, FieldKeys: true}, &Rewriter{Engine: def},
			`{"bob.smith@example.org":"d"}`, `{"bob.smith@example.org":"d"}`},
		{"engine changes", &Rewriter{Engine: allowNote, FieldKeys: true}, &Rewriter{Engine: def, FieldKeys: true},
			`{"note":"bob.smith@example.org"}`, `{"note":"bob.smith@example.org"}`},
		{"message key changes", &Rewriter{Engine: def, FieldKeys: true, MessageKey: "phone"}, &Rewriter{Engine: def, FieldKeys: true},
			`{"phone":"4155550132"}`, `{"phone":"4155550132"}`},
		{"same keys, dirty value", &Rewriter{Engine: def, FieldKeys: true}, nil,
			`{"level":"info","n":1,"note":"ok"}`, `{"level":"info","n":1,"note":"bob.smith@example.org"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			then := tc.then
			if then == nil {
				then = tc.first
			}
			if walkClean(then, []byte(tc.b)) {
				t.Fatalf("the walk finds %s clean: the case tests nothing", tc.b)
			}
			s := newShapeWalker()
			if !s.quick(tc.first, []byte(tc.a)) {
				t.Fatalf("quickClean(%s) = false, want clean, so that its shape is remembered", tc.a)
			}
			if s.quick(then, []byte(tc.b)) {
				t.Errorf("quickClean(%s) after %s = true, but the walk finds it dirty", tc.b, tc.a)
			}
		})
	}
}

// TestQuickShapeRemembers checks that a clean event's keys are what the
// next event is compared with, and that they are learnt again when the
// event's shape changes.
func TestQuickShapeRemembers(t *testing.T) {
	r := &Rewriter{Engine: patterns.Default(), MessageKey: "message", FieldKeys: true}
	s := newShapeWalker()
	for _, tc := range []struct {
		src  string
		keys []string
	}{
		{`{"level":"info","status":200,"message":"ok"}`, []string{"level", "status", "message"}},
		{`{"level":"warn","status":503,"message":"slow"}`, []string{"level", "status", "message"}},
		{`{"level":"warn","path":"/","message":"slow"}`, []string{"level", "path", "message"}},
		{`{"level":"warn"}`, []string{"level", "path", "message"}},
		{`{"level":"warn","path":"/","message":"bob.smith@example.org"}`, []string{"level", "path", "message"}},
	} {
		s.quick(r, []byte(tc.src))
		sh := &s.w.shapes[s.w.shapeAt]
		var got []string
		for k := 0; k < sh.n; k++ {
			got = append(got, string(sh.key(k)))
		}
		if !slices.Equal(got, tc.keys) {
			t.Errorf("after %s the shape holds %q, want %q", tc.src, got, tc.keys)
		}
	}
	if info := s.w.shapes[s.w.shapeAt].info[2]; !info.msg {
		t.Errorf("the message's key is not remembered as the message's: %+v", info)
	}
}

// TestQuickShapesInterleaved checks that the shapes of a few call sites
// whose events interleave are all remembered: once each was seen, none
// is learnt again, whether they differ at the first member or later.
func TestQuickShapesInterleaved(t *testing.T) {
	r := &Rewriter{Engine: patterns.Default(), MessageKey: "message", FieldKeys: true}
	events := []string{
		`{"level":"info","status":200,"message":"request completed"}`,
		`{"level":"info","component":"cache","hits":1200,"message":"cache stats"}`,
		`{"time":1796029200356,"level":"debug","message":"tick"}`,
		`{"level":"info","status":200,"path":"/healthz","message":"probe"}`,
	}
	if len(events) > quickShapes {
		t.Fatalf("%d shapes, but a walker remembers %d", len(events), quickShapes)
	}
	s := newShapeWalker()
	for _, ev := range events {
		if !s.quick(r, []byte(ev)) {
			t.Fatalf("quickClean(%s) = false, want clean", ev)
		}
	}
	learnt := s.w.shapeNext
	for round := range 3 {
		for _, ev := range events {
			if !s.quick(r, []byte(ev)) {
				t.Fatalf("round %d: quickClean(%s) = false, want clean", round, ev)
			}
			if s.w.shapeNext != learnt {
				t.Fatalf("round %d: %s was learnt again", round, ev)
			}
		}
	}
}

// TestQuickShapeAgreesWithWalk runs streams of events of a few shapes,
// with keys of every class and values from the catalog and the benign
// corpora, through one walker: whatever the previous events left, an
// event is called clean only when the walk finds it clean.
func TestQuickShapeAgreesWithWalk(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 11))
	e := patterns.Default()
	vals := quickValues(t, e)
	for _, fieldKeys := range []bool{true, false} {
		r := &Rewriter{Engine: e, Layer: "zerolog", MessageKey: "message", FieldKeys: fieldKeys}
		s := newShapeWalker()
		var shapes [][]string
		for range 4 {
			keys := make([]string, 1+rng.IntN(8))
			for j := range keys {
				keys[j] = shapeKeys[rng.IntN(len(shapeKeys))]
			}
			shapes = append(shapes, keys)
		}
		clean := 0
		for range 4000 {
			keys := append([]string(nil), shapes[rng.IntN(len(shapes))]...)
			if rng.IntN(4) == 0 {
				keys[rng.IntN(len(keys))] = []string{quickKeys[rng.IntN(len(quickKeys))], "AKIAIOSFODNN7EXAMPLE", "bob.smith@example.org"}[rng.IntN(3)]
			}
			vs := make([]string, len(keys))
			for j := range vs {
				if rng.IntN(5) == 0 {
					vs[j] = vals[rng.IntN(len(vals))]
				} else {
					vs[j] = "ok"
				}
			}
			src := quickEvent(rng, keys, vs)
			if s.quick(r, src) {
				clean++
				if !walkClean(r, src) {
					t.Fatalf("quickClean(%s) = true after the stream before it, but the walk finds it dirty (FieldKeys %v)", src, fieldKeys)
				}
			}
		}
		if clean < 1000 {
			t.Errorf("FieldKeys %v: %d of 4000 events called clean, want the stream to exercise the shape", fieldKeys, clean)
		}
	}
}

// shapeKeys are the keys the streams' shapes are made of: keys that
// leave most events clean, of every class quick settles itself (plain,
// the message, a pair's member, an ID key, a key read with its value).
var shapeKeys = []string{"path", "user_agent", "note", "message", "msg", "level", "status", "", "name", "value", "customer_id", "phone"}

// FuzzQuickShape checks on arbitrary pairs of lines that what one event
// leaves in the walker never makes the next one clean when the walk finds
// it dirty.
func FuzzQuickShape(f *testing.F) {
	f.Add([]byte(`{"a":"b","c":"d"}`), []byte(`{"a":"b","AKIAIOSFODNN7EXAMPLE":"d"}`), false)
	f.Add([]byte(`{"level":"info","user":"x"}`), []byte(`{"level":"info","password":"x"}`), true)
	e := patterns.Default()
	f.Fuzz(func(t *testing.T, a, b []byte, fieldKeys bool) {
		r := &Rewriter{Engine: e, Layer: "zerolog", MessageKey: "message", FieldKeys: fieldKeys}
		s := newShapeWalker()
		s.quick(r, a)
		if s.quick(r, b) && !walkClean(r, b) {
			t.Fatalf("quickClean(%q) after %q = true, but the walk finds it dirty", b, a)
		}
	})
}

// TestQuickShapeHeads checks the comparison of a member's head with the
// remembered one, as words and as bytes: keys of every length up to past
// 16 bytes that differ from the remembered key in one byte, in length, or
// in the space before the colon, at the start and at the end of the
// line, are each learnt anew; and a sensitive key that shares a plain
// key's first bytes is never settled as the plain one. (More space after
// the colon than the remembered head has makes quick give up: the value
// does not start where the head ends.)
func TestQuickShapeHeads(t *testing.T) {
	e := patterns.Default()
	r := &Rewriter{Engine: e, FieldKeys: true}
	line := func(head string, atEnd bool) []byte {
		if atEnd {
			return []byte(`{"pad":"` + strings.Repeat("p", 40) + `",` + head + `1}`)
		}
		return []byte(`{` + head + `1,"pad":"` + strings.Repeat("p", 40) + `"}`)
	}
	keyAt := 1
	for _, atEnd := range []bool{false, true} {
		if atEnd {
			keyAt = 0
		}
		for n := 1; n <= 22; n++ {
			base := strings.Repeat("k", n)
			var variants []string
			for p := range n {
				variants = append(variants, `"`+base[:p]+"j"+base[p+1:]+`":`)
			}
			variants = append(variants, `"`+base+`k":`, `"`+base[:n-1]+`":`, `"`+base+`" :`, `"`+base+"\"\t:")
			for _, v := range variants {
				s := newShapeWalker()
				if !s.quick(r, line(`"`+base+`":`, atEnd)) {
					t.Fatalf("the line with key %q is not clean", base)
				}
				if !s.quick(r, line(v, atEnd)) {
					t.Fatalf("the line with head %s is not clean", v)
				}
				got := string(s.w.shapes[s.w.shapeAt].key(1 - keyAt))
				if want := v[1:strings.LastIndexByte(v, '"')]; got != want {
					t.Errorf("after the head %s (at the end %v) the shape holds the key %q, want %q", v, atEnd, got, want)
				}
			}
		}
	}
	for _, pair := range [][2]string{{"db_section", "db_secret"}, {"user_passage", "user_password"}, {"api_keyboard_layout", "api_key"}} {
		if e.SensitiveKey(pair[0]) || !e.SensitiveKey(pair[1]) {
			t.Fatalf("%q should be plain and %q sensitive", pair[0], pair[1])
		}
		for _, atEnd := range []bool{false, true} {
			s := newShapeWalker()
			if !s.quick(r, line(`"`+pair[0]+`":`, atEnd)) {
				t.Fatalf("the line with key %q is not clean", pair[0])
			}
			src := []byte(strings.Replace(string(line(`"`+pair[0]+`":`, atEnd)), `1`, `"hunter22"`, 1))
			src = []byte(strings.Replace(string(src), pair[0], pair[1], 1))
			if s.quick(r, src) {
				t.Errorf("%s after the key %q is called clean", src, pair[0])
			}
		}
	}
}
