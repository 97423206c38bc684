package bench

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/logredact/logredact/internal/workload"
)

// TestFixtures checks what every logger configuration writes for the
// standard events before anything is timed: a redacting configuration
// that let a secret through, or mangled a clean value, would make its
// figures meaningless.
func TestFixtures(t *testing.T) {
	var buf bytes.Buffer
	loggers := Loggers(&buf)
	log := func(l Logger, dirty bool) string {
		buf.Reset()
		l.Log(dirty)
		out := buf.String()
		if strings.Count(out, "\n") != 1 || !json.Valid([]byte(out)) {
			t.Errorf("%s wrote %q, want one JSON line", l.Name, out)
		}
		return out
	}
	for _, l := range loggers {
		t.Run(l.Name, func(t *testing.T) {
			clean, dirty := log(l, false), log(l, true)
			for _, s := range workload.Intact {
				if !strings.Contains(clean, s) {
					t.Errorf("CLEAN output lost %q: %s", s, clean)
				}
				if s != workload.CleanMessage && !strings.Contains(dirty, s) {
					t.Errorf("DIRTY output lost %q: %s", s, dirty)
				}
			}
			plain := !strings.Contains(l.Name, "+")
			for _, s := range workload.Secrets {
				if got := strings.Contains(dirty, s); got != plain {
					t.Errorf("DIRTY output holds %q: %v, want %v: %s", s, got, plain, dirty)
				}
			}
		})
	}
}

// TestLoggersNames pins the configurations the benchmarks and the report
// are named after.
func TestLoggersNames(t *testing.T) {
	var got []string
	for _, l := range Loggers(&bytes.Buffer{}) {
		got = append(got, l.Name)
	}
	want := []string{"slog", "slog+redact", "slog+regexp", "zap", "zap+redact", "zap+regexp", "zerolog", "zerolog+redact", "zerolog+regexp"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Loggers names = %q, want %q", got, want)
	}
}
