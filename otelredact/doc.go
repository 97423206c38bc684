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
// In a log record: the body, a string judged as the message under the
// key "msg", or every value in it when it is a map or a slice, walked
// recursively; and the attributes, nested maps and slices included. In a
// span: its name, its attributes, the names and attributes of its events,
// the attributes of its links, and the status message. Resource
// attributes too, unless resource_attributes is turned off, and scope
// attributes with scope_attributes.
//
// The rules are those every logredact layer follows (see the patterns
// package documentation). Values in maps are examined under their key
// path ("db.password" for the key "password" in a map under "db"), so the
// engine's key rules mask a value under a sensitive key whatever it looks
// like; a map or slice under a sensitive key is masked whole, as one
// string. Keys are data here, not code: an attribute or map key that holds
// a finding is masked. A string that holds JSON is read as JSON. An
// integer or whole double that is a valid card number, or any number
// under a sensitive key, is replaced by its masked text; bytes are
// scanned as text. A masked value always becomes a string.
//
// # What is never touched
//
// Trace and span IDs, timestamps, severity, booleans, metrics, the
// processor's own summary attributes, and values under an allowed key (a
// map under an allowed key is walked: the key exempts its own value
// only). A record in which nothing is found is not modified at all.
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
