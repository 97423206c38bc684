package jsonredact

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/logredact/logredact/internal/exampletext"
	"github.com/logredact/logredact/internal/testutil"
	"github.com/logredact/logredact/patterns"
)

// walkClean is the check walk alone, without quickClean: what quickClean
// must agree with.
func walkClean(r *Rewriter, src []byte) bool {
	w := getWalker(r, modeCheck, src)
	defer putWalker(w)
	w.line()
	return !w.dirty
}

// quick runs quickClean alone.
func quick(r *Rewriter, src []byte) bool {
	w := getWalker(r, modeCheck, src)
	defer putWalker(w)
	return w.quickClean()
}

// quickKeys are keys of every class: plain, allowed under one engine,
// sensitive, personal, read with their values (phone, ID, provider), the
// message key, and the two members of a name/value pair.
var quickKeys = []string{"path", "user_agent", "note", "password", "token", "phone", "user.phone", "customer_id",
	"stripe", "message", "msg", "name", "value", "email", "", "address", "first_name", "ssn", "key", "data"}

// quickValues are the values the events are made of: every example of
// the catalog, the benign corpora, and values of every JSON kind.
func quickValues(t *testing.T, e *patterns.Engine) []string {
	vals := exampletext.Of(e)
	files, _ := filepath.Glob("../../patterns/testdata/benign/*.txt")
	if len(files) == 0 {
		t.Fatal("no benign corpus found")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if len(l) < 200 {
				vals = append(vals, l)
			}
		}
	}
	return append(vals, "", "GET", "DB_PASSWORD", "hunter2", "5551234567", "+1 415 555 0132", "4111111111111111",
		"1796029200356", "1796029200356123456", "-4111111111111111", `say "hi" to bob.smith\u0040example.org`, "3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b", "68656c6c6f20776f726c64", cborDataURL+"oWFhYWI=", `{"a":"b"}`)
}

// quickEvent writes an event of the given members; a value that parses
// as a JSON number or literal is written bare about half the time, and
// now and then a member holds an object or an array of values.
func quickEvent(r *rand.Rand, keys, vals []string) []byte {
	var b strings.Builder
	b.WriteByte('{')
	for i := range keys {
		if i > 0 {
			b.WriteString([]string{",", ", ", " ,"}[r.IntN(3)])
		}
		k, _ := json.Marshal(keys[i])
		b.Write(k)
		b.WriteByte(':')
		if r.IntN(8) == 0 {
			// An object of the next keys and values.
			b.WriteByte('{')
			for j := range r.IntN(4) {
				if j > 0 {
					b.WriteByte(',')
				}
				k, _ := json.Marshal(keys[(i+j+1)%len(keys)])
				b.Write(k)
				b.WriteByte(':')
				if r.IntN(4) == 0 {
					// An array of objects, as a list of items is written.
					k2, _ := json.Marshal(keys[(i+j+2)%len(keys)])
					b.WriteString(`[{` + string(k2) + `:`)
					writeQuickValue(&b, r, vals[(i+j+2)%len(vals)])
					b.WriteString(`}]`)
					continue
				}
				writeQuickValue(&b, r, vals[(i+j+1)%len(vals)])
			}
			b.WriteByte('}')
			continue
		}
		if r.IntN(8) == 0 {
			// An array of the value and of neighbours' values.
			b.WriteByte('[')
			for j := range 1 + r.IntN(3) {
				if j > 0 {
					b.WriteString([]string{",", ", "}[r.IntN(2)])
				}
				writeQuickValue(&b, r, vals[(i+j)%len(vals)])
			}
			b.WriteByte(']')
			continue
		}
		writeQuickValue(&b, r, vals[i])
	}
	b.WriteByte('}')
	if r.IntN(2) == 0 {
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// writeQuickValue writes v as a JSON string, or bare about half the time
// when it parses as a JSON number or literal.
func writeQuickValue(b *strings.Builder, r *rand.Rand, v string) {
	if json.Valid([]byte(v)) && r.IntN(2) == 0 && !strings.ContainsAny(v, "{[\"") {
		b.WriteString(v)
		return
	}
	q, _ := json.Marshal(v)
	b.Write(q)
}

// TestQuickCleanAgreesWithWalk checks that quickClean calls an event
// clean only when the walk does, on events made of every catalog example
// and benign line under keys of every class, and that it does call most
// clean events clean: a quick path that always gave up would pass the
// first check and cost the walk twice.
func TestQuickCleanAgreesWithWalk(t *testing.T) {
	allow, err := patterns.New(patterns.WithAllowedKeys("note"))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(5, 8))
	for _, e := range []*patterns.Engine{patterns.Default(), allow} {
		vals := quickValues(t, e)
		var tally testutil.Settled
		for i := 0; i < 6000; i++ {
			n := 1 + rng.IntN(9)
			keys, vs := make([]string, n), make([]string, n)
			for j := range keys {
				keys[j] = quickKeys[rng.IntN(len(quickKeys))]
				vs[j] = vals[rng.IntN(len(vals))]
			}
			src := quickEvent(rng, keys, vs)
			for _, fieldKeys := range []bool{true, false} {
				r := &Rewriter{Engine: e, Layer: "zerolog", MessageKey: "message", FieldKeys: fieldKeys}
				q, wc := quick(r, src), walkClean(r, src)
				if q && !wc {
					t.Fatalf("quickClean(%s) = true, but the walk finds it dirty (FieldKeys %v)", src, fieldKeys)
				}
				tally.Add(wc, q)
			}
		}
		tally.WantAtLeast(t, "quickClean", 1, 2)
	}
}

// TestQuickCleanGivesUp pins the inputs quickClean must leave to the
// walk, whatever they hold.
func TestQuickCleanGivesUp(t *testing.T) {
	r := &Rewriter{Engine: patterns.Default(), MessageKey: "message", FieldKeys: true}
	for _, src := range []string{
		`{"a":"x\u0040y.io"}`,
		`{"password":{"b":"c"}}`,
		`{"a":{"name":"DB_PASSWORD","value":"x"}}`,
		`{"a":{"b\"":"c"}}`,
		`{"":{"b":"c"}}`,
		`{"message":{"b":"c"}}`,
		`{"a":{"b":"bob.smith@example.org"}}`,
		`{"a":{"bob.smith@example.org":1}}`,
		`{"a":{"b":"c",}}`,
		`{"a":{"b" "c"}}`,
		`{"a":[[[[["b"]]]]]}`,
		`{"a":{"b":{"c":{"d":{"e":{"f":1}}}}}}`,
		`{"a":[{"password":"x"}]}`,
		`{"a":[{"b":"c"},{"name":"DB_PASSWORD","value":"x"}]}`,
		`{"password":[]}`,
		`{"password":["x"]}`,
		`{"message":["b"]}`,
		`{"a":["b"}`,
		`{"a":["b",]}`,
		`{"a":[4111111111111111]}`,
		`{"a":["bob.smith@example.org"]}`,
		`{"password":"x"}`,
		`{"name":"DB_PASSWORD","value":"x"}`,
		`{"a":"{\"b\":1}"}`,
		`{"a":"68656c6c6f20776f726c64"}`,
		`{"a":"` + cborDataURL + `oWFhYWI="}`,
		`{"n":4111111111111111}`,
		`{"a":"b"} x`,
		`{"a":"b",}`,
		`{"a" "b"}`,
		`{"a":tru}`,
		`[1]`,
		`{"a":"b`,
	} {
		if quick(r, []byte(src)) {
			t.Errorf("quickClean(%s) = true, want it left to the walk", src)
		}
	}
	for _, src := range []string{`{}`, ` {"a":"b"} ` + "\n", `{"level":"info","status":200,"ok":true,"x":null,"d":-1.5e3,"message":"request completed"}`,
		`{"tags":["a", "b"],"ids":[1,2,-3.5e2],"none":[],"flags":[true,null], "x" : [ "y" ] }`,
		`{"req":{"method":"GET","status":200,"tags":["a"]},"empty":{}, "x" : { "y" : "z" } }`,
		`{"items":[{"sku":"SKU-27965","qty":4},{"sku":"SKU-1","qty":1}],"a":[["b"],[]],"b":{"c":{"d":[{"e":1}]}}}`,
		`{"level":"info","ts_ms":1796029200356,"epoch_ns":1796029200356123456,"message":"request completed"}`} {
		if !quick(r, []byte(src)) {
			t.Errorf("quickClean(%s) = false, want clean", src)
		}
	}
}

// TestQuickEscaped pins how quickClean reads string values with escapes:
// decoded, with their key where it matters, and decoded once more where
// the decoding leaves escapes of JSON written into the string.
func TestQuickEscaped(t *testing.T) {
	r := &Rewriter{Engine: patterns.Default(), MessageKey: "message", FieldKeys: true}
	for _, tc := range []struct {
		src   string
		clean bool
	}{
		{`{"message":"open \"/etc/x\": permission denied","path":"C:\\temp"}`, true},
		{`{"a":"\"415 555 0132\""}`, true},
		{`{"a":"x\u0040y"}`, true},
		// A phone number only under a phone key.
		{`{"phone":"\"415 555 0132\""}`, false},
		// Card numbers that only the second decoding shows.
		{`{"a":"4111\\u00201111\\u00201111\\u00201111"}`, false},
		{`{"a":"4111\\u00201111\\u00201111\\u00201112"}`, true},
		{`{"a":"mail bob.smith\u0040example.org"}`, false},
		// Read as a document, so left to the walk.
		{`{"a":"{\"b\":1}"}`, false},
	} {
		if got := quick(r, []byte(tc.src)); got != tc.clean {
			t.Errorf("quickClean(%s) = %v, want %v", tc.src, got, tc.clean)
		}
		if !tc.clean {
			continue
		}
		if !walkClean(r, []byte(tc.src)) {
			t.Errorf("the walk finds %s dirty", tc.src)
		}
	}
}

// FuzzQuickClean checks on arbitrary bytes that quickClean never calls
// clean what the walk does not.
func FuzzQuickClean(f *testing.F) {
	f.Add([]byte(`{"level":"info","phone":"5551234567","message":"request completed"}`), true)
	f.Add([]byte(`{"a":"x@y.io","b":12}`), false)
	f.Add([]byte(`{"req":{"method":"GET","tags":["a","b"]},"a":[1,2]}`), true)
	e := patterns.Default()
	f.Fuzz(func(t *testing.T, src []byte, fieldKeys bool) {
		r := &Rewriter{Engine: e, Layer: "zerolog", MessageKey: "message", FieldKeys: fieldKeys}
		if quick(r, src) && !walkClean(r, src) {
			t.Fatalf("quickClean(%q) = true, but the walk finds it dirty", src)
		}
	})
}

// syntaxOK is the rewrite's own check of src's syntax, the one quick
// spares it when it sets valid.
func syntaxOK(src []byte) bool {
	w := newWalker(patterns.Default(), "", "", modeRewrite, src)
	defer putWalker(w)
	w.skipping = true
	i := w.skipSpace(0)
	if i == len(src) || src[i] != '{' && src[i] != '[' {
		return false
	}
	end := w.value(i, 0, false)
	return end >= 0 && w.skipSpace(end) == len(src)
}

// TestQuickDirtyReadsSyntax checks that quick, having found a finding,
// vouches for the syntax of the rest of a flat event, and only for an
// event that is JSON to its end.
func TestQuickDirtyReadsSyntax(t *testing.T) {
	r := &Rewriter{Engine: patterns.Default(), MessageKey: "message", FieldKeys: true}
	for _, tc := range []struct {
		src   string
		valid bool
	}{
		{`{"password":"x","a":"b","n":-1.5e3,"t":true,"f":false,"z":null}`, true},
		{`{"level":"info","email":"bob.smith@example.org", "a" : "b" }` + "\n", true},
		{`{"password":1234,"a":"b"}`, true},
		{`{"password":"x"}`, true},
		{`{"password":"x","a":}`, false},
		{`{"password":"x","a":"b"`, false},
		{`{"password":"x"} x`, false},
		{`{"password":"x",}`, false},
		{`{"password":"x","a":{"b":1}}`, false},
		{`{"password":"x","a":"b\"c"}`, false},
		{`{"password":"x","a":tru}`, false},
		{`{"password":"x","a":12x}`, false},
		{`{"password":"x" "a":"b"}`, false},
		// Inside an array or an object nothing is vouched for.
		{`{"a":{"password":"x"}`, false},
		{`{"a":{"password":"x"}}`, false},
		{`{"phone":["415 555 0132"}`, false},
		{`{"phone":["415 555 0132"]}`, false},
	} {
		w := getWalker(r, modeCheck, []byte(tc.src))
		q := w.quick()
		valid := w.valid
		putWalker(w)
		if q != quickIsDirty {
			t.Fatalf("quick(%s) = %d, want it dirty", tc.src, q)
		}
		if valid != tc.valid {
			t.Errorf("quick(%s) vouches for its syntax: %v, want %v", tc.src, valid, tc.valid)
		}
	}
}

// FuzzQuickValid checks on arbitrary bytes that quick vouches for the
// syntax of no event the rewrite's own check rejects.
func FuzzQuickValid(f *testing.F) {
	f.Add([]byte(`{"password":"x","a":"b","n":1}`), true)
	f.Add([]byte(`{"a":"bob.smith@example.org","b":[1]}`), false)
	f.Add([]byte(`{"a":{"password":"x"}`), true)
	f.Add([]byte(`{"phone":["415 555 0132"}`), true)
	e := patterns.Default()
	f.Fuzz(func(t *testing.T, src []byte, fieldKeys bool) {
		r := &Rewriter{Engine: e, Layer: "zerolog", MessageKey: "message", FieldKeys: fieldKeys}
		w := getWalker(r, modeCheck, src)
		q := w.quick()
		valid := w.valid
		putWalker(w)
		if q == quickIsDirty && valid && !syntaxOK(src) {
			t.Fatalf("quick(%q) vouches for syntax the rewrite's check rejects", src)
		}
	})
}
