package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/logredact/logredact/internal/workload"
)

// scanPositions reads "scan -format json" output as line:column:detector.
func scanPositions(t *testing.T, out string) []string {
	t.Helper()
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var f finding
		if strings.HasPrefix(line, `{"summary"`) {
			continue
		}
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("scan output line %q: %v", line, err)
		}
		got = append(got, fmt.Sprintf("%d:%d:%s", f.Line, f.Column, f.Detector))
	}
	return got
}

const fpEnv = defaultFingerprintKeyEnv + "=a fingerprint key of 32 bytes..."

func TestScanNeverPrintsValues(t *testing.T) {
	dir := t.TempDir()
	var names []string
	for name, data := range adapterFixtures() {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	for _, format := range []string{"text", "json", "sarif"} {
		got := invocation{dir: dir, env: []string{fpEnv}, args: append([]string{"scan", "-format", format}, names...)}.run(t)
		if got.code != exitFindings {
			t.Fatalf("%s: exit %d, stderr %q", format, got.code, got.stderr)
		}
		for _, s := range append(workload.Secrets, "hunter2", "carol@example.net") {
			if strings.Contains(got.stdout+got.stderr, s) {
				t.Errorf("-format %s printed the value %q", format, s)
			}
		}
	}
}

func TestScanExitCodes(t *testing.T) {
	clean := filepath.Join("testdata", "golden", "text.log.out")
	dirty := filepath.Join("testdata", "text.log")
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		{"clean", []string{"scan", clean}, exitClean},
		{"findings", []string{"scan", dirty}, exitFindings},
		{"clean and dirty", []string{"scan", clean, dirty}, exitFindings},
		{"missing file", []string{"scan", "testdata/no-such.log"}, exitError},
		{"missing beside findings", []string{"scan", dirty, "testdata/no-such.log"}, exitError},
		{"a directory", []string{"scan", "testdata"}, exitError},
		{"bad format", []string{"scan", "-format", "xml", dirty}, exitError},
		{"filter clean", []string{clean}, exitClean},
		{"filter dirty", []string{dirty}, exitClean},
		{"filter missing", []string{"testdata/no-such.log"}, exitError},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := inProcess(strings.NewReader(""), tc.args...); got.code != tc.want {
				t.Errorf("exit %d, want %d; stderr %q", got.code, tc.want, got.stderr)
			}
		})
	}
}

func TestSARIF(t *testing.T) {
	got := invocation{env: []string{fpEnv}, args: []string{"scan", "-format", "sarif",
		"testdata/text.log", "testdata/logfmt.log", "testdata/invalid-utf8.log"}}.run(t)
	if got.code != exitFindings {
		t.Fatalf("exit %d, stderr %q", got.code, got.stderr)
	}
	var log map[string]any
	if err := json.Unmarshal([]byte(got.stdout), &log); err != nil {
		t.Fatalf("SARIF output is not JSON: %v", err)
	}
	if errs := checkSARIF(log); len(errs) > 0 {
		t.Errorf("SARIF 2.1.0 violations:\n%s", strings.Join(errs, "\n"))
	}
	results := log["runs"].([]any)[0].(map[string]any)["results"].([]any)
	if len(results) != 19 {
		t.Errorf("got %d results, want 19 (7 + 8 + 4 findings)", len(results))
	}
	if !strings.Contains(got.stderr, "19 findings in 3 of 3 inputs") {
		t.Errorf("summary missing from stderr: %q", got.stderr)
	}
}

// checkSARIF checks what the SARIF 2.1.0 schema requires of the objects a
// scan writes (sarif-schema-2.1.0.json: "required" lists, enums, minimums)
// and that every result's rule exists.
func checkSARIF(log map[string]any) []string {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	str := func(m map[string]any, key, where string) string {
		s, ok := m[key].(string)
		if !ok || s == "" {
			fail("%s: %q is required and must be a non-empty string", where, key)
		}
		return s
	}
	obj := func(m map[string]any, key, where string) map[string]any {
		o, ok := m[key].(map[string]any)
		if !ok {
			fail("%s: %q is required and must be an object", where, key)
			return map[string]any{}
		}
		return o
	}
	positive := func(m map[string]any, key, where string) int {
		n, ok := m[key].(float64)
		if !ok || n < 1 || n != float64(int(n)) {
			fail("%s: %q must be an integer >= 1, got %v", where, key, m[key])
		}
		return int(n)
	}
	if v := str(log, "version", "sarifLog"); v != "2.1.0" {
		fail("sarifLog.version = %q, want 2.1.0", v)
	}
	runs, ok := log["runs"].([]any)
	if !ok || len(runs) == 0 {
		fail("sarifLog.runs is required and must be a non-empty array")
		return errs
	}
	for ri, r := range runs {
		run := r.(map[string]any)
		where := fmt.Sprintf("runs[%d]", ri)
		driver := obj(obj(run, "tool", where), "driver", where+".tool")
		str(driver, "name", where+".tool.driver")
		rules, _ := driver["rules"].([]any)
		ids := map[string]int{}
		for i, x := range rules {
			rule := x.(map[string]any)
			id := str(rule, "id", fmt.Sprintf("%s.rules[%d]", where, i))
			ids[id] = i
			if sd, ok := rule["shortDescription"].(map[string]any); ok {
				str(sd, "text", id+".shortDescription")
			}
			if dc, ok := rule["defaultConfiguration"].(map[string]any); ok {
				checkLevel(dc["level"], id, fail)
			}
		}
		if ck, ok := run["columnKind"]; ok && ck != "utf16CodeUnits" && ck != "unicodeCodePoints" {
			fail("%s.columnKind = %v", where, ck)
		}
		results, ok := run["results"].([]any)
		if !ok {
			fail("%s.results must be an array", where)
		}
		for i, x := range results {
			res := x.(map[string]any)
			rw := fmt.Sprintf("%s.results[%d]", where, i)
			str(obj(res, "message", rw), "text", rw+".message")
			id := str(res, "ruleId", rw)
			if idx, ok := ids[id]; !ok {
				fail("%s: ruleId %q names no rule", rw, id)
			} else if ri, ok := res["ruleIndex"].(float64); ok && int(ri) != idx {
				fail("%s: ruleIndex %v, rule %q is at %d", rw, ri, id, idx)
			}
			checkLevel(res["level"], rw, fail)
			locs, ok := res["locations"].([]any)
			if !ok || len(locs) == 0 {
				fail("%s: no locations", rw)
				continue
			}
			for _, l := range locs {
				phys := obj(l.(map[string]any), "physicalLocation", rw+".location")
				art := obj(phys, "artifactLocation", rw+".physicalLocation")
				if _, err := url.Parse(str(art, "uri", rw+".artifactLocation")); err != nil {
					fail("%s: uri is not a URI reference: %v", rw, err)
				}
				region := obj(phys, "region", rw+".physicalLocation")
				positive(region, "startLine", rw+".region")
				start := positive(region, "startColumn", rw+".region")
				if end := positive(region, "endColumn", rw+".region"); end <= start {
					fail("%s: endColumn %d <= startColumn %d", rw, end, start)
				}
			}
			if fps, ok := res["partialFingerprints"].(map[string]any); ok {
				for k, v := range fps {
					if s, ok := v.(string); !ok || s == "" {
						fail("%s: partialFingerprints[%q] must be a string", rw, k)
					}
				}
			}
		}
	}
	return errs
}

func checkLevel(v any, where string, fail func(string, ...any)) {
	switch v {
	case nil, "none", "note", "warning", "error":
	default:
		fail("%s: level %v is not none, note, warning or error", where, v)
	}
}

func TestBaseline(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "app.log")
	if err := os.WriteFile(log, []byte("login failed for alice@example.com\nkey AKIAIOSFODNN7EXAMPLE\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	first := invocation{env: []string{fpEnv}, args: []string{"scan", "-format", "json", log}}.run(t)
	if first.code != exitFindings {
		t.Fatalf("exit %d, stderr %q", first.code, first.stderr)
	}
	jsonBase := filepath.Join(dir, "baseline.json")
	os.WriteFile(jsonBase, []byte(first.stdout), 0o644)
	sarif := invocation{env: []string{fpEnv}, args: []string{"scan", "-format", "sarif", log}}.run(t)
	sarifBase := filepath.Join(dir, "baseline.sarif")
	os.WriteFile(sarifBase, []byte(sarif.stdout), 0o644)

	for _, base := range []string{jsonBase, sarifBase} {
		t.Run(filepath.Ext(base), func(t *testing.T) {
			again := invocation{env: []string{fpEnv}, args: []string{"scan", "-baseline", base, log}}.run(t)
			if again.code != exitClean || !strings.Contains(again.stdout, "2 more ignored by the baseline") {
				t.Errorf("accepted findings: exit %d, stdout %q, stderr %q", again.code, again.stdout, again.stderr)
			}
			// A new value is reported, and so is the old one under
			// another key: fingerprints are keyed.
			os.WriteFile(log+".new", []byte("login failed for alice@example.com\nlogin failed for bob@example.org\n"), 0o644)
			newer := invocation{env: []string{fpEnv}, args: []string{"scan", "-format", "json", "-baseline", base, log + ".new"}}.run(t)
			if diff := cmp.Diff([]string{"2:18:email"}, scanPositions(t, newer.stdout)); diff != "" || newer.code != exitFindings {
				t.Errorf("exit %d, findings mismatch (-want +got):\n%s", newer.code, diff)
			}
			other := invocation{env: []string{defaultFingerprintKeyEnv + "=another key, also long enough"}, args: []string{"scan", "-baseline", base, log}}.run(t)
			if other.code != exitFindings {
				t.Errorf("fingerprints under another key matched: exit %d", other.code)
			}
		})
	}
	noKey := invocation{args: []string{"scan", "-baseline", jsonBase, log}}.run(t)
	if noKey.code != exitError || !strings.Contains(noKey.stderr, defaultFingerprintKeyEnv) {
		t.Errorf("-baseline without a key: exit %d, stderr %q", noKey.code, noKey.stderr)
	}
}

func TestLoadBaselineFormats(t *testing.T) {
	dir := t.TempDir()
	fp := strings.Repeat("0123456789abcdef", 2)
	for _, tc := range []struct {
		name, text string
		want       baseline
		wantErr    string
	}{
		{"plain", "# accepted\n" + fp + "\n\n", baseline{fp: true}, ""},
		{"json lines", `{"file":"a","fingerprint":"` + fp + `"}` + "\n" + `{"summary":{"total":1}}` + "\n", baseline{fp: true}, ""},
		{"bad line", "not a fingerprint\n", nil, "not a fingerprint"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name)
			os.WriteFile(path, []byte(tc.text), 0o644)
			got, err := loadBaseline(path)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Errorf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("loadBaseline mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestArtifactURI(t *testing.T) {
	for _, tc := range []struct{ in, uri, base string }{
		{"-", "stdin", ""},
		{"ci-logs/job 1.log", "ci-logs/job%201.log", "%SRCROOT%"},
		{"./app.log", "app.log", "%SRCROOT%"},
		{"/var/log/app.log", "file:///var/log/app.log", ""},
	} {
		got := artifactFor(tc.in)
		if diff := cmp.Diff(sarifArtifact{URI: tc.uri, URIBaseID: tc.base}, got); diff != "" {
			t.Errorf("artifactFor(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}
