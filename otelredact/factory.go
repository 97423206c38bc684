package otelredact

import (
	"context"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/processor"
	"go.opentelemetry.io/collector/processor/processorhelper"

	"github.com/logredact/logredact/otelredact/internal/metadata"
)

// NewFactory returns the factory of the logredact processor, of component
// type "logredact", for logs and traces. Add it to a Collector's
// processor factories, or to a distribution built with the OpenTelemetry
// Collector Builder.
func NewFactory() processor.Factory {
	return newFactory(osEnvironment)
}

func newFactory(env environment) processor.Factory {
	return processor.NewFactory(
		metadata.Type,
		createDefaultConfig,
		processor.WithLogs(func(ctx context.Context, set processor.Settings, cfg component.Config, next consumer.Logs) (processor.Logs, error) {
			r, err := newRedactor(cfg.(*Config), set.TelemetrySettings, env)
			if err != nil {
				return nil, err
			}
			return processorhelper.NewLogs(ctx, set, cfg, next, r.processLogs, processorhelper.WithCapabilities(mutates))
		}, metadata.LogsStability),
		processor.WithTraces(func(ctx context.Context, set processor.Settings, cfg component.Config, next consumer.Traces) (processor.Traces, error) {
			r, err := newRedactor(cfg.(*Config), set.TelemetrySettings, env)
			if err != nil {
				return nil, err
			}
			return processorhelper.NewTraces(ctx, set, cfg, next, r.processTraces, processorhelper.WithCapabilities(mutates))
		}, metadata.TracesStability),
	)
}

// mutates tells the pipeline that the processor rewrites data in place, so
// that a fan-out gives it its own copy.
var mutates = consumer.Capabilities{MutatesData: true}

// createDefaultConfig redacts resource attributes too: they carry command
// lines, URLs and host names that hold credentials as often as anything.
func createDefaultConfig() component.Config {
	return &Config{ResourceAttributes: true}
}
