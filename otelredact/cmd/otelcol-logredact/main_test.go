package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/exporter"
	"go.opentelemetry.io/collector/otelcol"
	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
)

// planted is one log line of the end-to-end test: secret must be gone
// from the output, and every intact substring must survive.
type planted struct {
	line   string
	secret string
	intact []string
}

func plantedLines() []planted {
	return []planted{
		{line: "login failed for alice@example.com", secret: "alice@example.com", intact: []string{"login failed for "}},
		{line: "charged card 4111 1111 1111 1111 for order 4111111111111112", secret: "4111 1111 1111 1111", intact: []string{"for order 4111111111111112"}},
		{line: "verified ssn 123-45-6789 today", secret: "123-45-6789", intact: []string{"verified ssn ", " today"}},
		{line: "connecting with password=hunter2hunter2 to db1", secret: "hunter2hunter2", intact: []string{"connecting with password=", " to db1"}},
		{line: `{"user":{"email":"bob.smith@example.org"},"api_key":"k-123-abc","request_id":"` + workload.RequestID + `"}`, secret: "k-123-abc", intact: []string{workload.RequestID}},
		{line: "upstream rejected key AKIAIOSFODNN7EXAMPLE", secret: "AKIAIOSFODNN7EXAMPLE", intact: []string{"upstream rejected key "}},
		{line: "pushed with " + workload.GitHubToken, secret: workload.GitHubToken, intact: []string{"pushed with "}},
		{line: "request completed path=/api/v1/orders/12345 remote_ip=10.1.2.3 user_id=u_8f3a2c", intact: []string{"request completed path=/api/v1/orders/12345 remote_ip=10.1.2.3 user_id=u_8f3a2c"}},
		{line: "user agent " + workload.Intact[5], intact: []string{"user agent " + workload.Intact[5]}},
	}
}

// always are planted secrets that the engine's own detectors and key
// rules cover; the others depend on the token catalog and are asserted
// whenever the engine detects them.
var always = map[string]bool{
	"alice@example.com": true, "4111 1111 1111 1111": true, "123-45-6789": true,
	"hunter2hunter2": true, "k-123-abc": true,
}

// TestEndToEnd runs this Collector in-process: the filelog receiver reads
// a file with one planted value per kind, the logredact processor masks
// them, and a test exporter receives the records.
func TestEndToEnd(t *testing.T) {
	dir := t.TempDir()
	lines := plantedLines()
	var text strings.Builder
	for _, p := range lines {
		text.WriteString(p.line + "\n")
	}
	logFile := filepath.Join(dir, "app.log")
	if err := os.WriteFile(logFile, []byte(text.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	cfgFile := filepath.Join(dir, "config.yaml")
	cfg := fmt.Sprintf(`
receivers:
  file_log:
    include: [%q]
    start_at: beginning
    poll_interval: 20ms
processors:
  logredact:
    summary: true
exporters:
  capture:
service:
  telemetry:
    logs:
      level: warn
    metrics:
      level: none
  pipelines:
    logs:
      receivers: [file_log]
      processors: [logredact]
      exporters: [capture]
`, logFile)
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}

	sink := new(consumertest.LogsSink)
	set := settings([]string{cfgFile})
	set.Factories = func() (otelcol.Factories, error) {
		f, err := components()
		if err != nil {
			return f, err
		}
		f.Exporters[captureType] = newCaptureFactory(sink)
		return f, nil
	}
	set.DisableGracefulShutdown = true
	set.SkipSettingGRPCLogger = true
	col, err := otelcol.NewCollector(set)
	if err != nil {
		t.Fatalf("NewCollector: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- col.Run(context.Background()) }()

	// Wait for every line, or for the Collector to stop on its own.
	deadline := time.After(2 * time.Minute)
	for sink.LogRecordCount() < len(lines) {
		select {
		case err := <-done:
			t.Fatalf("Collector stopped early: %v", err)
		case <-deadline:
			col.Shutdown()
			t.Fatalf("got %d of %d records", sink.LogRecordCount(), len(lines))
		case <-time.After(20 * time.Millisecond):
		}
	}
	col.Shutdown()
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}

	bodies := map[string]plog.LogRecord{}
	for _, ld := range sink.AllLogs() {
		rls := ld.ResourceLogs()
		for i := 0; i < rls.Len(); i++ {
			sls := rls.At(i).ScopeLogs()
			for j := 0; j < sls.Len(); j++ {
				lrs := sls.At(j).LogRecords()
				for k := 0; k < lrs.Len(); k++ {
					lr := lrs.At(k)
					bodies[lr.Body().Str()] = lr
				}
			}
		}
	}
	eng := patterns.Default()
	for _, p := range lines {
		lr, found := findRecord(bodies, p)
		if !found {
			t.Errorf("no record kept the clean parts of %q", p.line)
			continue
		}
		out := lr.Body().Str()
		if p.secret == "" {
			if out != p.line {
				t.Errorf("clean line changed:\n got %q\nwant %q", out, p.line)
			}
			if lr.Attributes().Len() != 1 { // log.file.name only
				t.Errorf("clean line got attributes %v", lr.Attributes().AsRaw())
			}
			continue
		}
		if !always[p.secret] && !eng.Contains(p.secret) {
			t.Logf("the catalog has no detector for %q yet; not asserted", p.secret)
			continue
		}
		if strings.Contains(out, p.secret) {
			t.Errorf("%q survived: %q", p.secret, out)
		}
		if !strings.Contains(out, "[REDACTED:") {
			t.Errorf("no mask in %q", out)
		}
		if !hasSummary(lr) {
			t.Errorf("record %q has no summary attribute: %v", out, lr.Attributes().AsRaw())
		}
	}
}

// findRecord finds the output record of p by its intact parts, all of
// which must be in one body.
func findRecord(bodies map[string]plog.LogRecord, p planted) (plog.LogRecord, bool) {
	for body, lr := range bodies {
		all := true
		for _, s := range p.intact {
			all = all && strings.Contains(body, s)
		}
		if all {
			return lr, true
		}
	}
	return plog.LogRecord{}, false
}

func hasSummary(lr plog.LogRecord) bool {
	for k := range lr.Attributes().All() {
		if strings.HasPrefix(k, "logredact.redacted.") {
			return true
		}
	}
	return false
}

var captureType = component.MustNewType("capture")

// newCaptureFactory returns an exporter factory whose exporters write
// into sink.
func newCaptureFactory(sink *consumertest.LogsSink) exporter.Factory {
	return exporter.NewFactory(captureType,
		func() component.Config { return &struct{}{} },
		exporter.WithLogs(func(context.Context, exporter.Settings, component.Config) (exporter.Logs, error) {
			return captureExporter{LogsSink: sink}, nil
		}, component.StabilityLevelDevelopment))
}

type captureExporter struct {
	component.StartFunc
	component.ShutdownFunc
	*consumertest.LogsSink
}
