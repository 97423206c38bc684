package conformance

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/logredact/logredact/internal/marker"
	"github.com/logredact/logredact/patterns"
)

// MessageKey is the key path every layer observes the message under,
// whatever key its output writes it under.
const MessageKey = "msg"

// Layer is how one layer logs a row. Each layer's tests build one and
// pass it to [Run].
type Layer struct {
	// Name names the layer in test names and in Row.Except.
	Name string
	// Supports reports whether the layer logs nodes of kind k; a row
	// with a node it does not support is skipped. Nil supports every
	// kind but the panicking ones.
	Supports func(k Kind) bool
	// Flat limits the layer to rows that [Row.Flat] accepts.
	Flat bool
	// Text marks a layer whose output is one line of free text read
	// back under the path "": its values are compared by substitution,
	// and its observations by detector only, since free text names keys
	// as its assignments spell them.
	Text bool
	// Log logs r and returns the output: through the plain logger when
	// e is nil, through the redacting layer with engine e otherwise.
	Log func(e *patterns.Engine, r *Row) ([]byte, error)
	// Values reads one output of Log back as flat values.
	Values func(r *Row, out []byte) (Values, error)
}

// Mask is one of the masks every row runs with.
type Mask struct {
	Name string
	Mask patterns.Mask
}

// Masks are the masks of [Run]: every mask the engine offers.
var Masks = []Mask{
	{"label", patterns.LabelMask()},
	{"fixed", patterns.FixedMask("***")},
	{"partial", patterns.PartialMask()},
	{"hmac", patterns.HMACMask([]byte("conformance-suite-hmac-key"))},
}

// Run runs every row through l with every mask, as subtests named
// <mask>/<row>.
func Run(t *testing.T, l Layer) {
	t.Helper()
	for _, m := range Masks {
		t.Run(m.Name, func(t *testing.T) {
			for i := range Rows {
				r := &Rows[i]
				t.Run(r.Name, func(t *testing.T) { runRow(t, l, m, r) })
			}
		})
	}
}

// report collects failures, so that a row on the pending list can be
// judged as a whole.
type report struct {
	msgs []string
}

func (rp *report) errorf(format string, args ...any) {
	rp.msgs = append(rp.msgs, fmt.Sprintf(format, args...))
}

func runRow(t *testing.T, l Layer, m Mask, r *Row) {
	if why, ok := r.Except[l.Name]; ok {
		t.Skipf("not for %s: %s", l.Name, why)
	}
	supports := l.Supports
	if supports == nil {
		supports = func(k Kind) bool { return !k.Panics() }
	}
	if k, bad := r.unsupported(supports); bad {
		t.Skipf("%s has no field of kind %v", l.Name, k)
	}
	if l.Flat && !r.Flat() {
		t.Skipf("%s only takes a line of top-level scalars", l.Name)
	}
	var rp report
	check(&rp, l, m, r)
	reason, pending := pendingEngineRules[r.Name]
	if !pending {
		reason, pending = pendingEngineRules[r.Name+"@"+l.Name]
	}
	switch {
	case pending && len(rp.msgs) > 0:
		t.Skipf("pending engine key rules (%s):\n%s", reason, strings.Join(rp.msgs, "\n"))
	case pending:
		// Only fail once every layer passes; a layer that passes alone
		// says nothing yet.
		t.Logf("row passes: remove %q from pendingEngineRules once every layer passes it", r.Name)
	}
	for _, msg := range rp.msgs {
		t.Error(msg)
	}
}

// check runs one row with one mask.
func check(rp *report, l Layer, m Mask, r *Row) {
	eng, sink, err := engineFor(m, r)
	if err != nil {
		rp.errorf("patterns.New: %v", err)
		return
	}
	plainOut, err := l.Log(nil, r.plain())
	if err != nil {
		rp.errorf("plain logger: %v", err)
		return
	}
	plain, err := l.Values(r, plainOut)
	if err != nil {
		rp.errorf("plain output: %v", err)
		return
	}
	sink.start()
	out, err := l.Log(eng, r)
	seen := sink.stop()
	if err != nil {
		rp.errorf("redacting layer: %v", err)
		return
	}
	got, err := l.Values(r, out)
	if err != nil {
		rp.errorf("redacted output: %v\nplain output: %s", err, plainOut)
		return
	}
	if len(r.Want) == 0 && !bytes.Equal(out, plainOut) {
		rp.errorf("clean event changed:\nplain:    %q\nredacted: %q", plainOut, out)
	}
	maskEng := plainEngine(m, r)
	if l.Text {
		checkText(rp, maskEng, r, plainOut, plain, got)
	} else {
		want, loose := expect(rp, maskEng, r, plain)
		compare(rp, want, got, loose)
	}
	for _, w := range r.Want {
		if len(w.Secret) >= 6 && bytes.Contains(out, []byte(w.Secret)) && !kept(r, w.Secret) {
			rp.errorf("output still holds %q: %s", w.Secret, out)
		}
	}
	if bytes.Contains(out, []byte(PanicText)) {
		rp.errorf("output holds the text of a panic: %s", out)
	}
	checkSeen(rp, l, r, seen)
}

// kept reports whether secret is also a value the row expects to be kept
// (under an allowed key, say), so that finding it in the output says
// nothing.
func kept(r *Row, secret string) bool {
	found := false
	r.Walk(func(path string, n *Node) {
		if n.Kind == String && n.Text == secret {
			for _, w := range r.Want {
				if w.Path == path {
					return
				}
			}
			found = true
		}
	})
	return found
}

// expect applies the row's Wants to the plain values. A Want whose path
// the plain output does not spell out (a struct printed as one text by a
// text handler) is checked on the nearest enclosing value: it must hold
// the mask and not the secret. Those enclosing paths are returned as
// loose.
func expect(rp *report, e *patterns.Engine, r *Row, plain Values) (Values, map[string][]Want) {
	want := maps(plain)
	loose := map[string][]Want{}
	for _, w := range r.Want {
		if _, exact := plain[w.Path]; !exact && !hasUnder(plain, w.Path) {
			if anc, ok := ancestor(plain, w.Path); ok {
				loose[anc] = append(loose[anc], w)
				continue
			}
			if w.op != opWhole && w.op != opPanicked {
				rp.errorf("plain output has no value at %q: %v", w.Path, plain)
				continue
			}
		}
		switch w.op {
		case opMasked:
			want[w.Path] = replaceSecret(want[w.Path], w.Secret, maskText(e, w.Detector, w.Secret))
		case opKey:
			if v, ok := plain[w.Path]; ok {
				// A map printed as one text (a text handler).
				want[w.Path] = strings.Replace(v, w.Secret, maskText(e, w.Detector, w.Secret), 1)
			}
			prefix := w.Path + "."
			for p, v := range plain {
				if !strings.HasPrefix(p, prefix) {
					continue
				}
				// Keys may hold dots themselves: the secret is replaced
				// where it first occurs below the map.
				rest := p[len(prefix):]
				if !strings.Contains(rest, w.Secret) {
					continue
				}
				delete(want, p)
				want[prefix+strings.Replace(rest, w.Secret, maskText(e, w.Detector, w.Secret), 1)] = v
			}
		case opWhole:
			dropUnder(want, w.Path)
			want[w.Path] = e.MaskWhole(patterns.Scope{Key: w.Path})
		case opAnyMask:
			dropUnder(want, w.Path)
			want[w.Path] = anyMask(e, w.Detector)
		case opPanicked:
			dropUnder(want, w.Path)
			want[w.Path] = marker.Panic
		}
	}
	return want, loose
}

// anyMask stands for a mask whose digest is not compared.
func anyMask(e *patterns.Engine, detector string) string {
	s := maskText(e, detector, "x")
	if hmacRE.MatchString(s) {
		return hmacForm
	}
	return s
}

const hmacForm = "[REDACTED:<detector>:<hmac>]"

var hmacRE = regexp.MustCompile(`^\[REDACTED:[a-z0-9-]+:[0-9a-f]{16}\]$`)

func compare(rp *report, want, got Values, loose map[string][]Want) {
	g := maps(got)
	for p := range g {
		if want[p] == hmacForm && hmacRE.MatchString(g[p]) {
			g[p] = hmacForm
		}
	}
	for anc, ws := range loose {
		v, ok := g[anc]
		if !ok {
			rp.errorf("no value at %q for %v", anc, ws)
			continue
		}
		for _, w := range ws {
			if w.Secret != "" && strings.Contains(v, w.Secret) {
				rp.errorf("value at %q still holds %q: %q", anc, w.Secret, v)
			}
		}
		delete(want, anc)
		delete(g, anc)
	}
	if diff := cmp.Diff(want, g); diff != "" {
		rp.errorf("output mismatch (-want +got):\n%s", diff)
	}
}

// checkText compares a free-text line: the plain line with each secret
// replaced, at its place, by its mask.
func checkText(rp *report, e *patterns.Engine, r *Row, plainOut []byte, plain, got Values) {
	line := plain[""]
	for _, w := range r.Want {
		if w.op != opMasked {
			rp.errorf("a text line cannot hold %v", w)
			continue
		}
		from := 0
		if w.Path != MessageKey {
			from = strings.Index(line, w.Path+"=")
			if from < 0 {
				rp.errorf("no %s= in %q", w.Path, line)
				continue
			}
		}
		mask := maskText(e, w.Detector, w.Secret)
		i := strings.Index(line[from:], w.Secret)
		if i < 0 {
			rp.errorf("no %q after %s in %q", w.Secret, w.Path, line)
			continue
		}
		line = line[:from+i] + mask + line[from+i+len(w.Secret):]
	}
	if diff := cmp.Diff(line, got[""]); diff != "" {
		rp.errorf("line mismatch (-want +got):\n%s\nplain: %q", diff, plainOut)
	}
}

func checkSeen(rp *report, l Layer, r *Row, seen []patterns.Observation) {
	var want, got []string
	for _, s := range r.Seen {
		if l.Text {
			want = append(want, s.Detector)
		} else {
			want = append(want, s.Detector+" "+s.Key)
		}
	}
	for _, o := range seen {
		if l.Text {
			got = append(got, o.DetectorID)
		} else {
			got = append(got, o.DetectorID+" "+o.Key)
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		rp.errorf("observations mismatch (-want +got):\n%s", diff)
	}
}

// replaceSecret replaces secret in v by mask. A number is compared by
// value, since loggers write floats in different forms.
func replaceSecret(v, secret, mask string) string {
	if v == secret {
		return mask
	}
	if a, err := strconv.ParseFloat(v, 64); err == nil {
		if b, err := strconv.ParseFloat(secret, 64); err == nil && a == b {
			return mask
		}
	}
	return strings.ReplaceAll(v, secret, mask)
}

// maskText is what the mask of e writes for secret found by detector.
func maskText(e *patterns.Engine, detector, secret string) string {
	f := patterns.Finding{DetectorID: detector, End: len(secret)}
	return string(e.AppendMask(nil, patterns.Scope{}, f, secret))
}

func maps(v Values) Values {
	out := make(Values, len(v))
	for k, s := range v {
		out[k] = s
	}
	return out
}

// under reports whether p is path or lies inside it.
func under(p, path string) bool {
	return p == path || strings.HasPrefix(p, path) && (p[len(path)] == '.' || p[len(path)] == '[')
}

func hasUnder(v Values, path string) bool {
	for p := range v {
		if under(p, path) {
			return true
		}
	}
	return false
}

func dropUnder(v Values, path string) {
	for p := range v {
		if under(p, path) {
			delete(v, p)
		}
	}
}

// ancestor finds the nearest enclosing path of path that v has.
func ancestor(v Values, path string) (string, bool) {
	for p := path; ; {
		i := strings.LastIndexAny(p, ".[")
		if i <= 0 {
			return "", false
		}
		p = p[:i]
		if _, ok := v[p]; ok {
			return p, true
		}
	}
}

// sink collects what the engine's observer sees during one run.
type sink struct {
	mu   sync.Mutex
	on   bool
	seen []patterns.Observation
}

func (s *sink) observe(o patterns.Observation) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.on {
		s.seen = append(s.seen, o)
	}
}

func (s *sink) start() {
	s.mu.Lock()
	s.on, s.seen = true, nil
	s.mu.Unlock()
}

func (s *sink) stop() []patterns.Observation {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.on = false
	return s.seen
}

// Engines are built once per mask and row options: building one compiles
// the catalog.
var (
	enginesMu sync.Mutex
	engines   = map[string]*builtEngine{}
)

type builtEngine struct {
	observed, plain *patterns.Engine
	sink            *sink
}

func engineFor(m Mask, r *Row) (*patterns.Engine, *sink, error) {
	b, err := built(m, r)
	if err != nil {
		return nil, nil, err
	}
	return b.observed, b.sink, nil
}

func plainEngine(m Mask, r *Row) *patterns.Engine {
	b, _ := built(m, r)
	return b.plain
}

func built(m Mask, r *Row) (*builtEngine, error) {
	key := m.Name + "|" + strings.Join(r.Sensitive, ",") + "|" + strings.Join(r.Allowed, ",")
	enginesMu.Lock()
	defer enginesMu.Unlock()
	if b, ok := engines[key]; ok {
		return b, nil
	}
	opts := []patterns.Option{patterns.WithMask(m.Mask)}
	if len(r.Sensitive) > 0 {
		opts = append(opts, patterns.WithSensitiveKeys(r.Sensitive...))
	}
	if len(r.Allowed) > 0 {
		opts = append(opts, patterns.WithAllowedKeys(r.Allowed...))
	}
	plain, err := patterns.New(opts...)
	if err != nil {
		return nil, err
	}
	s := new(sink)
	observed, err := patterns.New(append(opts, patterns.WithObserver(s.observe))...)
	if err != nil {
		return nil, err
	}
	b := &builtEngine{observed: observed, plain: plain, sink: s}
	engines[key] = b
	return b, nil
}
