package otelredact

import (
	"context"
	"testing"

	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/processor"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/open-telemetry/opentelemetry-collector-contrib/processor/redactionprocessor"
)

// contribBlockedValues is how users configure the contrib redaction
// processor today, since it has no detectors of its own: four hand-rolled
// personal-data regexes and two token regexes.
var contribBlockedValues = []string{
	`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`, // email
	`\b(?:\d[ -]?){12,18}\d\b`,                       // card: 13-19 digits
	`\b\d{3}-\d{2}-\d{4}\b`,                          // US SSN
	`\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b`,            // US phone
	`AKIA[0-9A-Z]{16}`,                               // AWS access key ID
	`ghp_[A-Za-z0-9]{36}`,                            // GitHub personal access token
}

// newContribLogs builds the contrib redaction processor with
// [contribBlockedValues], every key allowed, and its other settings at
// their defaults.
func newContribLogs(tb testing.TB, next consumer.Logs) processor.Logs {
	tb.Helper()
	f := redactionprocessor.NewFactory()
	cfg := f.CreateDefaultConfig().(*redactionprocessor.Config)
	cfg.AllowAllKeys = true
	cfg.BlockedValues = contribBlockedValues
	p, err := f.CreateLogs(context.Background(), processortest.NewNopSettings(f.Type()), cfg, next)
	if err != nil {
		tb.Fatalf("redactionprocessor CreateLogs: %v", err)
	}
	if err := p.Start(context.Background(), nil); err != nil {
		tb.Fatalf("redactionprocessor Start: %v", err)
	}
	tb.Cleanup(func() { _ = p.Shutdown(context.Background()) })
	return p
}
