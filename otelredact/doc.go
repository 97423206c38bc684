// Package otelredact is the logredact engine as an OpenTelemetry Collector
// processor: one place in a log or trace pipeline where secrets and
// personal data are masked for every service that sends through it,
// whatever language the service is written in.
//
// [NewFactory] returns the factory of the processor of type "logredact",
// for logs and traces. Its configuration is [Config]; the module's
// README.md has the reference, a Collector configuration and the lines to
// add the processor to a custom distribution.
//
// # What is redacted
//
// In a log record: the body, when it is a string, or every string in it
// when it is a map or a slice, walked recursively; and the attributes,
// nested maps and slices included. In a span: the attributes, the
// attributes of its events and links, and the status message. With
// resource_attributes and scope_attributes, also those. Values in maps are
// examined under their key path ("db.password" for the key "password" in a
// map under "db"), so the engine's key rules mask a value under a
// sensitive key whatever it looks like. An integer that is a valid card
// number, or any integer or double under a sensitive key, is replaced by
// its masked text; bytes are scanned as text. A masked value always
// becomes a string.
//
// # What is never touched
//
// Span names, event names, trace and span IDs, timestamps, severity,
// booleans, metrics, and values under an allowed key. A record in which
// nothing is found is not modified at all.
//
// # Performance
//
// A clean record costs one engine scan per string value and no
// allocation; only values with a finding are rewritten. The module's
// benchmarks measure batches of 100 records against the contrib
// redaction processor.
//
// # Concurrency
//
// A processor instance may be called concurrently: its engine is
// immutable, and each call takes its working buffers from a pool.
//
// # Ordering with other processors
//
// Place the processor first in a pipeline, before any processor that
// copies values into new attributes, batches to an exporter or samples on
// attribute values; place it after a memory_limiter.
//
// # Telemetry
//
// The processor counts masked values in the counter
// otelcol_processor_logredact_findings, by detector ID in the attribute
// "detector", through the MeterProvider the Collector gives it. With
// summary enabled, each record or span that had something masked gets one
// integer attribute per detector, "logredact.redacted.<detector-id>",
// holding the count; never a value.
package otelredact
