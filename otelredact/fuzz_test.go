package otelredact

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
)

// FuzzLogBody checks, for any string body and the same string as an
// attribute and inside a map body: no panic, nothing the engine would
// find is left, valid UTF-8 stays valid, and a second pass (an agent then
// a gateway) changes nothing.
func FuzzLogBody(f *testing.F) {
	f.Add(workload.DirtyMessage)
	f.Add("card 4111 1111 1111 1111, ssn 123-45-6789, password=hunter2")
	f.Add("key " + "AKIAIOSFODNN7EXAMPLE" + " token " + workload.GitHubToken)
	f.Add("mail%40example.com \xff\xfe")
	f.Add("")
	r, err := newRedactor(&Config{Summary: true}, nopSettings().TelemetrySettings, testEnv(nil))
	if err != nil {
		f.Fatal(err)
	}
	eng := patterns.Default()
	f.Fuzz(func(t *testing.T, s string) {
		ld := oneLog(t, s, map[string]any{"note": s})
		first, err := r.processLogs(context.Background(), ld)
		if err != nil {
			t.Fatal(err)
		}
		lr := first.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0)
		if want := eng.RedactString(s); lr.Body().Str() != want {
			t.Errorf("body %q became %q, the engine gives %q", s, lr.Body().Str(), want)
		}
		for _, out := range []string{lr.Body().Str(), lr.Attributes().AsRaw()["note"].(string)} {
			if eng.Contains(out) {
				t.Errorf("output %q still holds a finding: %v", out, eng.Find(out))
			}
			if utf8.ValidString(s) && !utf8.ValidString(out) {
				t.Errorf("valid UTF-8 %q became invalid %q", s, out)
			}
		}
		again := oneLog(t, lr.Body().Str(), nil)
		lr.Attributes().CopyTo(again.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0).Attributes())
		want := lr.Attributes().AsRaw()
		second, err := r.processLogs(context.Background(), again)
		if err != nil {
			t.Fatal(err)
		}
		lr2 := second.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0)
		if lr2.Body().Str() != lr.Body().Str() {
			t.Errorf("second pass changed body %q to %q", lr.Body().Str(), lr2.Body().Str())
		}
		if !lr2.Attributes().Equal(lr.Attributes()) {
			t.Errorf("second pass changed attributes %v to %v", want, lr2.Attributes().AsRaw())
		}
	})
}
