package metadata

import (
	"go.opentelemetry.io/otel/metric"

	"go.opentelemetry.io/collector/component"
)

// FindingsMetric is the name of the counter of masked values.
const FindingsMetric = "otelcol_processor_logredact_findings"

// DetectorKey is the attribute of [FindingsMetric] that names the detector.
const DetectorKey = "detector"

// Meter returns the meter of the component's own telemetry, from the
// MeterProvider the Collector hands the component.
func Meter(settings component.TelemetrySettings) metric.Meter {
	return settings.MeterProvider.Meter(ScopeName)
}

// TelemetryBuilder holds the instruments declared in metadata.yaml.
type TelemetryBuilder struct {
	// ProcessorLogredactFindings counts masked values by detector.
	ProcessorLogredactFindings metric.Int64Counter
}

// NewTelemetryBuilder creates the instruments declared in metadata.yaml.
func NewTelemetryBuilder(settings component.TelemetrySettings) (*TelemetryBuilder, error) {
	c, err := Meter(settings).Int64Counter(
		FindingsMetric,
		metric.WithDescription("Number of values masked, by the ID of the detector that found them. [Alpha]"),
		metric.WithUnit("{finding}"),
	)
	if err != nil {
		return nil, err
	}
	return &TelemetryBuilder{ProcessorLogredactFindings: c}, nil
}
