// Command otelcol-logredact is a small OpenTelemetry Collector with the
// logredact processor: the filelog and OTLP receivers, the batch and
// logredact processors and the debug exporter. It shows the processor end
// to end; a production distribution is better built with the Collector
// Builder from the components it needs (see the module's README.md).
//
//	go run ./cmd/otelcol-logredact --config examples/filelog.yaml
package main

import (
	"log"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/confmap"
	"go.opentelemetry.io/collector/confmap/provider/envprovider"
	"go.opentelemetry.io/collector/confmap/provider/fileprovider"
	"go.opentelemetry.io/collector/otelcol"
)

func main() {
	if err := otelcol.NewCommand(settings(nil)).Execute(); err != nil {
		log.Fatal(err)
	}
}

// settings describes this Collector; uris are the default configuration
// locations, which --config replaces.
func settings(uris []string) otelcol.CollectorSettings {
	return otelcol.CollectorSettings{
		BuildInfo: component.BuildInfo{
			Command:     "otelcol-logredact",
			Description: "OpenTelemetry Collector with the logredact processor",
			Version:     "0.1.0",
		},
		Factories: components,
		ConfigProviderSettings: otelcol.ConfigProviderSettings{
			ResolverSettings: confmap.ResolverSettings{
				URIs:              uris,
				ProviderFactories: []confmap.ProviderFactory{fileprovider.NewFactory(), envprovider.NewFactory()},
				// ${NAME} means ${env:NAME}, as the configuration
				// specification recommends.
				DefaultScheme: "env",
			},
		},
	}
}
