// Command logredact redacts secrets and personal data from logs that
// already exist: files on disk, kubectl logs and docker logs output,
// journalctl -o json exports, CI job logs, support bundles. It runs the
// same engine, with the same options, as the slog, zap and zerolog
// adapters.
//
// Install it from a clone with "go install ./cmd/logredact", or pin a
// commit: "go install github.com/logredact/logredact/cmd/logredact@main".
// "logredact -version" prints the module version and the commit it was
// built from; "logredact -h" lists every subcommand, and
// "logredact help COMMAND" (or "COMMAND -h") gives its details.
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
// half-written. A file with nothing found is not rewritten. A file that
// grows, is written to or is replaced while it is read is left untouched,
// with exit status 2: replacing it would lose what was written meanwhile.
// SIGINT or SIGTERM removes the temporary file and exits with status 2.
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
// # Check
//
//	logredact check [-config FILE] [flags]
//
// validates the configuration as the filter would build it and runs the
// positive and negative examples of every detector the config file adds.
// It exits 0 when all hold, 1 when an example fails (each is named), and
// 2 when the configuration is invalid.
//
// # Configuration
//
// The flags -sensitive-keys, -allowed-keys, -enable, -disable, -mask,
// -known-secrets-env, -env-secrets and -report-only, and the JSON file
// named by -config, map to the options of patterns.New. Keys are never
// passed on the command line, where ps shows them: the HMAC mask key and
// the fingerprint key are read from environment variables. A bad flag or
// config exits 2 before any input is read, with an error that names the
// flag or config field at fault and, for an unknown detector ID, the
// closest one. A list that is given must not be empty. With -report-only
// nothing is redacted: the input is written as it is, and a warning says
// so once on standard error.
//
// # Speed
//
// Chunks of whole lines are processed on -j goroutines (GOMAXPROCS by
// default) and written in input order, with a bounded number of chunks in
// flight. -progress shows bytes done, MB/s, findings and time left on
// standard error.
package main
