// Package bench measures what logredact costs, beside the plain loggers and
// the alternatives people use today. It is a nested module, so the peers it
// compares against (gitleaks, a plotting library) never become
// dependencies of the library.
//
// # What is measured
//
// Per event, for log/slog, zap and zerolog, each writing JSON to
// [io.Discard]: the plain logger, the logger with logredact, and the
// logger with the hand-rolled redaction services write today, which runs
// four regular expressions (email, card, SSN, a generic secret) over every
// string value ([HandRolledReplaceAttr], [WrapHandRolledCore],
// [NewHandRolledWriter]). The events are the standard CLEAN and DIRTY
// events of the library's workload, and a mixed stream of nine CLEAN
// events to one DIRTY event.
//
// Engine throughput, in MB/s over a generated corpus ([NewCorpus]): the
// logredact engine with its whole catalog; Go's regexp running the same
// detectors as one alternation ([RegexpSources]); the gitleaks v8 detector
// with its default rules; and, as floors, one pass of [bytes.IndexByte]
// and a Go loop that loads a table entry per byte. Growth: the engine and
// the regexp alternation with 1, 10, 50 and all detectors. The engine's
// work, counted rather than timed ([MeasureWork]): prefilter candidates
// and findings per KB.
//
// The logredact command ([CommandCases]), built with go build, filtering
// the corpus from a file to the null device with one core and with all of
// them.
//
// # How noise is handled
//
// The benchmark bodies are plain functions ([EventCases], [EngineCases],
// [GrowthCases], [ParallelCases], [CommandCases]), so the same code runs under go test
// -bench and in the report command, which runs each group of related
// benchmarks in turn, several rounds, and reports medians. Ratios are taken
// within a round, between runs made seconds apart, so a neighbour's load on
// a shared machine mostly cancels out of them.
//
// # Fixtures are tested
//
// The tests check, before anything is timed, that every logger
// configuration keeps the CLEAN event's values intact and removes every
// secret of the DIRTY event, and that the engine finds every value planted
// in the corpus.
package bench
