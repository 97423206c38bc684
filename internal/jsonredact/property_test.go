package jsonredact

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/logredact/logredact/patterns"
)

// gen writes random JSON documents from a fixed seed, mixing clean values
// with secrets, escapes, sensitive keys and nesting.
type gen struct {
	r *rand.Rand
	b strings.Builder
}

var (
	genKeys    = []string{"a", "message", "msg", "password", "db", "email", "token", "users", "note", "id", "auth", "card", "headers"}
	genStrings = []string{
		"", "ok", "request completed", "/api/v1/orders/12345", "GET", "10.1.2.3", "3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b",
		"alice@example.com", "login failed for bob@example.org", "4111 1111 1111 1111", "123-45-6789",
		"key AKIAIOSFODNN7EXAMPLE used", "password=hunter2", `say "hi"`, "tab\there", "é \U0001F600", "a/b/c",
		"[REDACTED:email]", "https://example.com/x?y=1", "12:30:00", "x\x01y",
	}
	genNumbers = []string{"0", "1", "-7", "200", "12.5", "1e9", "-0.25E-3", "4111111111111111", "1700000000000", "123456789"}
)

// str writes s as a JSON string, escaping at random.
func (g *gen) str(s string) {
	g.b.WriteByte('"')
	mode := g.r.IntN(4)
	for _, c := range []byte(s) {
		switch {
		case c == '"' || c == '\\' || c < 0x20:
			fmt.Fprintf(&g.b, `\u%04x`, c)
		case mode == 1 && c == '/':
			g.b.WriteString(`\/`)
		case mode == 2 && c < 0x80 && g.r.IntN(3) == 0:
			fmt.Fprintf(&g.b, `\u%04X`, c)
		default:
			g.b.WriteByte(c)
		}
	}
	g.b.WriteByte('"')
}

func (g *gen) value(depth int) {
	n := 7
	if depth > 3 {
		n = 5
	}
	switch g.r.IntN(n) {
	case 0, 1, 2:
		g.str(genStrings[g.r.IntN(len(genStrings))])
	case 3:
		g.b.WriteString(genNumbers[g.r.IntN(len(genNumbers))])
	case 4:
		g.b.WriteString([]string{"true", "false", "null"}[g.r.IntN(3)])
	case 5:
		g.object(depth + 1)
	default:
		g.b.WriteByte('[')
		for i := range g.r.IntN(4) {
			if i > 0 {
				g.b.WriteByte(',')
			}
			g.value(depth + 1)
		}
		g.b.WriteByte(']')
	}
}

func (g *gen) object(depth int) {
	g.b.WriteByte('{')
	for i := range g.r.IntN(5) {
		if i > 0 {
			g.b.WriteString([]string{",", ", ", " ,"}[g.r.IntN(3)])
		}
		g.str(genKeys[g.r.IntN(len(genKeys))])
		g.b.WriteByte(':')
		g.value(depth)
	}
	g.b.WriteByte('}')
}

func (g *gen) doc() []byte {
	g.b.Reset()
	if g.r.IntN(5) == 0 {
		g.value(5)
		if g.b.Len() == 0 || g.b.String()[0] != '{' && g.b.String()[0] != '[' {
			g.b.Reset()
			g.object(0)
		}
	} else {
		g.object(0)
	}
	if g.r.IntN(2) == 0 {
		g.b.WriteByte('\n')
	}
	return []byte(g.b.String())
}

// oracleDirty reads doc with encoding/json and asks the engine about each
// value as Append's contract describes it: it reports whether any value
// should change.
func oracleDirty(t *testing.T, e *patterns.Engine, msgKey string, doc []byte) bool {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	type frame struct {
		obj     bool
		wantKey bool
		path    string
	}
	var stack []frame
	var key string // key of the value about to be read
	dirty := false
	// skip reads and drops one value whose first token was tok.
	var skip func(tok json.Token)
	skip = func(tok json.Token) {
		if d, ok := tok.(json.Delim); ok && (d == '{' || d == '[') {
			for {
				next, err := dec.Token()
				if err != nil {
					t.Fatalf("oracle: %v", err)
				}
				if d2, ok := next.(json.Delim); ok && (d2 == '}' || d2 == ']') {
					return
				}
				skip(next)
			}
		}
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return dirty
		}
		if err != nil {
			t.Fatalf("oracle: %v on %s", err, doc)
		}
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			continue
		}
		if n := len(stack); n > 0 && stack[n-1].obj && stack[n-1].wantKey {
			k := tok.(string)
			if stack[n-1].path != "" {
				k = stack[n-1].path + "." + k
			}
			key = k
			stack[n-1].wantKey = false
			continue
		}
		if n := len(stack); n > 0 {
			if stack[n-1].obj {
				stack[n-1].wantKey = true
			} else {
				key = stack[n-1].path
			}
		}
		free := len(stack) == 1 && stack[0].obj && msgKey != "" && key == msgKey
		switch v := tok.(type) {
		case json.Delim:
			if key != "" && e.AllowedKey(key) {
				skip(v)
				continue
			}
			if key != "" && e.SensitiveKey(key) {
				skip(v)
				dirty = true
				continue
			}
			stack = append(stack, frame{obj: v == '{', wantKey: v == '{', path: key})
		case string:
			sc := patterns.Scope{Key: key}
			if free {
				sc.Key = ""
			}
			if e.ContainsIn(sc, v) {
				dirty = true
			}
		case json.Number:
			if e.ContainsIn(patterns.Scope{Key: key}, v.String()) {
				dirty = true
			}
		}
	}
}

func TestProperties(t *testing.T) {
	e := patterns.Default()
	g := &gen{r: rand.New(rand.NewPCG(1, 2))}
	r := Rewriter{Engine: e, MessageKey: "message"}
	changedCount := 0
	for i := range 5000 {
		doc := g.doc()
		if !json.Valid(doc) {
			t.Fatalf("generator wrote invalid JSON: %s", doc)
		}
		clean := r.Clean(doc)
		out, changed := r.Append(nil, doc)
		if clean == changed {
			t.Fatalf("doc %d: Clean = %v but Append changed = %v: %s", i, clean, changed, doc)
		}
		if want := oracleDirty(t, e, "message", doc); changed != want {
			t.Fatalf("doc %d: Append changed = %v, encoding/json reading says %v: %s -> %s", i, changed, want, doc, out)
		}
		if !changed {
			continue
		}
		changedCount++
		if !json.Valid(out) {
			t.Fatalf("doc %d: output is not JSON: %s -> %s", i, doc, out)
		}
		if oracleDirty(t, e, "message", out) || !r.Clean(out) {
			t.Fatalf("doc %d: output still holds findings: %s -> %s", i, doc, out)
		}
		var findings int
		r.Scan(doc, func(f patterns.Finding) {
			findings++
			if f.Start < 0 || f.End > len(doc) || f.Start >= f.End {
				t.Fatalf("doc %d: Scan span [%d,%d) out of %d bytes", i, f.Start, f.End, len(doc))
			}
		})
		if findings == 0 {
			t.Fatalf("doc %d: Append changed it but Scan found nothing: %s", i, doc)
		}
	}
	if changedCount < 1000 {
		t.Errorf("only %d of 5000 generated documents had findings: the generator is too tame", changedCount)
	}
}
