package otelredact

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"

	"go.opentelemetry.io/collector/component"

	"github.com/logredact/logredact/otelredact/internal/metadata"
)

// findingsCounter reports masked values through the component's own
// telemetry, by detector ID.
type findingsCounter struct {
	counter metric.Int64Counter
	// attrs holds one prepared attribute set per detector, so that
	// recording builds no set on the hot path.
	attrs map[string]metric.AddOption
}

func newFindingsCounter(set component.TelemetrySettings, ids []string) (*findingsCounter, error) {
	tb, err := metadata.NewTelemetryBuilder(set)
	if err != nil {
		return nil, err
	}
	fc := &findingsCounter{counter: tb.ProcessorLogredactFindings, attrs: make(map[string]metric.AddOption, len(ids))}
	for _, id := range ids {
		fc.attrs[id] = detectorAttr(id)
	}
	return fc, nil
}

func detectorAttr(id string) metric.AddOption {
	return metric.WithAttributeSet(attribute.NewSet(attribute.String(metadata.DetectorKey, id)))
}

// record adds a batch's counts to the counter.
func (fc *findingsCounter) record(ctx context.Context, c counts) {
	for _, dc := range c {
		opt, ok := fc.attrs[dc.id]
		if !ok {
			opt = detectorAttr(dc.id)
		}
		fc.counter.Add(ctx, dc.n, opt)
	}
}
