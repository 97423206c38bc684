package reportonly_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/rs/zerolog"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/logredact/logredact/internal/reportonly"
	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/slogredact"
	"github.com/logredact/logredact/zapredact"
	"github.com/logredact/logredact/zerologredact"
)

const email = "alice@example.com"

// TestLayersWarnOnce builds each logger layer twice over one report-only
// engine: each warns once in its own output, logs the dirty event in
// clear and reports the finding; over a masking engine none warns.
func TestLayersWarnOnce(t *testing.T) {
	var seen atomic.Int32
	ro, err := patterns.New(patterns.WithReportOnly(), patterns.WithObserver(func(patterns.Observation) { seen.Add(1) }))
	if err != nil {
		t.Fatal(err)
	}
	layers := []struct {
		name string
		// log builds the layer twice over e and logs one event with
		// each, returning the output and how often it warned.
		log func(e *patterns.Engine) (out string, warnings int)
	}{
		{"slog", func(e *patterns.Engine) (string, int) {
			var b bytes.Buffer
			for range 2 {
				slog.New(slogredact.New(slog.NewJSONHandler(&b, nil), slogredact.WithEngine(e))).Info("login", "user", email)
			}
			return b.String(), strings.Count(b.String(), `"level":"WARN","msg":"`+reportonly.Warning+`"`)
		}},
		{"zap", func(e *patterns.Engine) (string, int) {
			core, logs := observer.New(zapcore.DebugLevel)
			var b strings.Builder
			for range 2 {
				l := zap.New(zapredact.Wrap(core, zapredact.WithEngine(e)))
				l.Info("login", zap.String("user", email))
			}
			for _, ent := range logs.All() {
				b.WriteString(fmt.Sprint(ent.Message, " ", ent.ContextMap()["user"], "\n"))
			}
			return b.String(), logs.FilterMessage(reportonly.Warning).FilterLevelExact(zapcore.WarnLevel).Len()
		}},
		{"zerolog", func(e *patterns.Engine) (string, int) {
			var b bytes.Buffer
			for range 2 {
				l := zerolog.New(zerologredact.New(&b, zerologredact.WithEngine(e)))
				l.Info().Str("user", email).Msg("login")
			}
			return b.String(), strings.Count(b.String(), `{"level":"warn","message":"`+reportonly.Warning+`"}`)
		}},
	}
	for _, l := range layers {
		t.Run(l.name, func(t *testing.T) {
			seen.Store(0)
			out, warnings := l.log(ro)
			if warnings != 1 {
				t.Errorf("warned %d times over a report-only engine, want 1:\n%s", warnings, out)
			}
			if strings.Count(out, email) != 2 {
				t.Errorf("report-only output does not hold both events in clear:\n%s", out)
			}
			// The JSON rewriter behind the zerolog writer settles a
			// value by redacting it again while the engine still finds
			// something, and in report-only mode it always does: it
			// may report a finding once per pass.
			if n := seen.Load(); n != 2 && (l.name != "zerolog" || n < 2) {
				t.Errorf("the observer saw %d findings, want 2", n)
			}
			out, warnings = l.log(patterns.Default())
			if warnings != 0 || strings.Contains(out, email) || strings.Contains(out, "report-only") {
				t.Errorf("a masking engine warned (%d) or left the email:\n%s", warnings, out)
			}
		})
	}
}

func TestWarnOncePerEngineAndLayer(t *testing.T) {
	a, _ := patterns.New(patterns.WithReportOnly())
	b, _ := patterns.New(patterns.WithReportOnly())
	var got []string
	emit := func(msg string) { got = append(got, msg) }
	for range 3 {
		reportonly.Warn(a, "cli", emit)
		reportonly.Warn(a, "other", emit)
		reportonly.Warn(b, "cli", emit)
		reportonly.Warn(patterns.Default(), "cli", emit)
		reportonly.Warn(nil, "cli", emit)
	}
	if len(got) != 3 {
		t.Errorf("Warn emitted %d warnings, want 3 (two layers of one engine, one of another)", len(got))
	}
}
