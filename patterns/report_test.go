package patterns

import (
	"sort"
	"sync"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

// recorder collects observations.
type recorder struct {
	mu  sync.Mutex
	obs []Observation
}

func (r *recorder) observe(o Observation) {
	r.mu.Lock()
	r.obs = append(r.obs, o)
	r.mu.Unlock()
}

func (r *recorder) take() []Observation {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.obs
	r.obs = nil
	sort.Slice(out, func(i, j int) bool { return out[i].DetectorID < out[j].DetectorID })
	return out
}

// TestReportOnly runs every entry point on dirty input through an engine
// in report-only mode and through a masking one: the report-only engine
// returns the input, and observes exactly what the masking one masks.
func TestReportOnly(t *testing.T) {
	var rep, mask recorder
	ro, err := New(WithReportOnly(), WithObserver(rep.observe))
	if err != nil {
		t.Fatal(err)
	}
	me, err := New(WithObserver(mask.observe))
	if err != nil {
		t.Fatal(err)
	}
	if !ro.ReportOnly() || me.ReportOnly() || Default().ReportOnly() {
		t.Fatalf("ReportOnly() = %v, %v, %v; want true, false, false", ro.ReportOnly(), me.ReportOnly(), Default().ReportOnly())
	}
	tok := "ghp_" + fake(charsAlnum, 36, "report-only")
	line := "login for alice@example.com with " + tok + " card 4111 1111 1111 1111"
	sc := Scope{Layer: "test", Key: "msg"}
	calls := []struct {
		name string
		run  func(e *Engine) (out string, changed bool)
	}{
		{"RedactString", func(e *Engine) (string, bool) { out := e.RedactString(line); return out, out != line }},
		{"RedactIn text", func(e *Engine) (string, bool) { return e.RedactIn(sc, line) }},
		{"RedactIn sensitive key", func(e *Engine) (string, bool) {
			return e.RedactIn(Scope{Layer: "test", Key: "db.password"}, "hunter2")
		}},
		{"AppendRedact", func(e *Engine) (string, bool) {
			b, changed := e.AppendRedact([]byte("> "), sc, []byte(line))
			return string(b[2:]), changed
		}},
		{"RedactFind", func(e *Engine) (string, bool) {
			out, fs := e.RedactFind(nil, sc, line)
			if len(fs) != 3 {
				t.Errorf("RedactFind found %d findings, want 3: %+v", len(fs), fs)
			}
			return out, out != line
		}},
		{"MaskValue", func(e *Engine) (string, bool) {
			out := e.MaskValue(Scope{Layer: "test", Key: "secret"}, "marked by the app")
			return out, out != "marked by the app"
		}},
		{"AppendMask", func(e *Engine) (string, bool) {
			out := string(e.AppendMask(nil, sc, Finding{DetectorID: "email", Category: PII, Start: 0, End: 17}, "alice@example.com"))
			return out, out != "alice@example.com"
		}},
		{"RedactInt card", func(e *Engine) (string, bool) { return e.RedactInt(sc, 4111111111111111) }},
		{"RedactUint sensitive", func(e *Engine) (string, bool) { return e.RedactUint(Scope{Layer: "test", Key: "password"}, 1234) }},
	}
	for _, c := range calls {
		t.Run(c.name, func(t *testing.T) {
			_, masked := c.run(me)
			if !masked {
				t.Fatalf("the masking engine changed nothing: the call is not a dirty case")
			}
			out, changed := c.run(ro)
			if changed {
				t.Errorf("report-only %s changed its input: %q", c.name, out)
			}
			want := mask.take()
			if diff := cmp.Diff(want, rep.take()); diff != "" {
				t.Errorf("report-only %s observations mismatch (-masking engine +report-only):\n%s", c.name, diff)
			}
		})
	}
	// The input itself comes back, not a copy.
	if out := ro.RedactString(line); unsafe.StringData(out) != unsafe.StringData(line) {
		t.Errorf("RedactString returned a copy of its input")
	}
	rep.take()
	// Clean input observes nothing in either mode.
	if out := ro.RedactString("request completed"); out != "request completed" || len(rep.take()) != 0 {
		t.Errorf("a clean string was changed or observed")
	}
}

// TestReportOnlyCleanPathAllocs pins the clean path of report-only mode
// to that of a masking engine: no allocation.
func TestReportOnlyCleanPathAllocs(t *testing.T) {
	e, err := New(WithReportOnly(), WithObserver(func(Observation) {}))
	if err != nil {
		t.Fatal(err)
	}
	s := "/api/v1/orders/12345"
	if n := testing.AllocsPerRun(100, func() { e.RedactString(s) }); n != 0 {
		t.Errorf("RedactString on a clean value allocates %v times, want 0", n)
	}
}
