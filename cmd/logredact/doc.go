// Command logredact redacts secrets and personal data from logs that
// already exist: files on disk, kubectl logs and docker logs output,
// journalctl -o json exports, CI job logs, support bundles. It runs the
// same engine, with the same options, as the slog, zap and zerolog
// adapters.
//
// Install it with
//
//	go install github.com/logredact/logredact/cmd/logredact@latest
//
// # Filter
//
//	logredact [flags] [FILE...]
//
// reads the files, or standard input when there are none (or for "-"), and
// writes them redacted to standard output, to -o FILE, or back to each
// file with -i. Each line is read in its own format: a JSON object is
// rewritten value by value, escapes decoded, with key rules on its key
// paths ("db.password"), by the rewriter the zerolog writer uses, also
// after a timestamp as kubectl logs --timestamps writes it; a logfmt
// line (key=value, quoted values) gets key rules on its keys; anything
// else is redacted as text. Gzip input is read transparently. A line with
// nothing found is written byte for byte, invalid UTF-8 and CRLF endings
// included. A line longer than -max-line is redacted as text in windows of
// that size, so memory stays bounded whatever the line.
//
// With -i, each file is written to a temporary file beside it, synced, and
// renamed over it, keeping its mode: the original is never left
// half-written. A file with nothing found is not rewritten.
//
// # Scan
//
//	logredact scan [-format text|json|sarif] [-baseline FILE] [FILE...]
//
// reports file, line, column, detector, category and key of every finding,
// never the value, and a count per detector. It exits 1 when anything is
// found, 0 when nothing is, and 2 on an error, so that a CI job can fail
// when its own logs hold a credential.
//
// # Detectors
//
//	logredact detectors [-format text|json]
//
// lists every detector of the configured engine.
//
// # Configuration
//
// The flags -sensitive-keys, -allowed-keys, -enable, -disable, -mask,
// -known-secrets-env and -env-secrets, and the JSON file named by -config,
// map to the options of patterns.New. Keys are never passed on the command
// line, where ps shows them: the HMAC mask key and the fingerprint key are
// read from environment variables. A bad flag or config names the problem
// and exits 2 before any input is read.
//
// # Speed
//
// Chunks of whole lines are processed on -j goroutines (GOMAXPROCS by
// default) and written in input order, with a bounded number of chunks in
// flight. -progress shows bytes done, MB/s, findings and time left on
// standard error.
package main
