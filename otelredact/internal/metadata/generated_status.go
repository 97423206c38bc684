// Package metadata holds the component's type, stability and telemetry as
// declared in metadata.yaml, in the shape the Collector's metadata
// generator gives every component, so that the component reads like any
// other. A test keeps this file and metadata.yaml in step.
package metadata

import (
	"go.opentelemetry.io/collector/component"
)

var (
	// Type is the component type used in Collector configuration.
	Type = component.MustNewType("logredact")
	// ScopeName is the instrumentation scope of the component's own
	// telemetry.
	ScopeName = "github.com/logredact/logredact/otelredact"
)

const (
	// LogsStability is the stability of the logs processor.
	LogsStability = component.StabilityLevelAlpha
	// TracesStability is the stability of the traces processor.
	TracesStability = component.StabilityLevelAlpha
)
