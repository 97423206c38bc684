// Package zerologredact redacts secrets and personal data from zerolog
// events as they are written.
//
// zerolog encodes each field into the event's bytes the moment it is
// added, and a hook cannot read or replace fields already there, so
// redaction happens where the finished event is written. [New] wraps the
// writer a logger already has:
//
//	logger := zerolog.New(zerologredact.New(os.Stdout))
//
// # What is redacted
//
// Each event is read as the JSON object zerolog wrote, value by value,
// with the engine given to [WithEngine] ([patterns.Default] otherwise):
//
//   - every string value at any depth: the message, fields, dicts, arrays,
//     and the content of Interface and RawJSON fields. JSON escapes
//     (\u0040, \", \/, surrogate pairs) are decoded before the engine sees
//     the value, so an escaped secret cannot slip through, and a value that
//     changes is written again as valid JSON;
//   - numbers that are valid card numbers, and numbers under a sensitive
//     key, written as a JSON string holding the mask;
//   - values of any type but true, false and null under a sensitive key,
//     masked whole: {"db":{"password":{"a":1}}} gets
//     {"db":{"password":"[REDACTED:sensitive-key]"}}. Key rules see the key
//     path through nested objects joined with '.' ("db.password"); array
//     elements keep the key of their array.
//
// The message, under [zerolog.MessageFieldName] (read at every write, so a
// program may rename it), is scanned as free text rather than as the value
// of a key. Input that is not one JSON object or array (a plain line
// written through the logger's writer, a truncated event) is redacted as
// text and still written; escapes that could hide a value from the engine
// are decoded first. With zerolog built with the binary_log tag the events
// are CBOR: the writer does not rewrite them but replaces each with an event
// that keeps the level and holds [CBORMarker] as its message, so a binary
// stream is never leaked nor corrupted.
//
// # What is never touched
//
// A clean event is written byte for byte as zerolog produced it. In an
// event with findings only the values that change are written again;
// every other byte, key order and number formatting included, is kept.
// Keys are never redacted. true, false and null are kept even under a
// sensitive key: they hide nothing. Values under an allowed key
// ([patterns.WithAllowedKeys]) are not examined, nested values included.
//
// # Performance
//
// Clean events are the common case and cost one pass over the event with
// no allocation: a tokenizer hands each decoded string value to the engine
// with its key path (built in a reused buffer, not by concatenation), and
// asks the engine nothing more once a value would change. This check makes
// the same decision for every value as the rewrite, so an event it passes
// is one the rewrite would not change. Only an event that fails it is
// rewritten, into a pooled buffer; a rewritten value is redacted again
// until the engine finds nothing in it, so no mask can uncover a new
// finding. The benchmarks in writer_bench_test.go
// time the standard CLEAN and DIRTY events through plain zerolog and
// through the writer in the same run.
//
// # Concurrency
//
// A [Writer] is safe for concurrent use: its only shared state is a
// [sync.Pool] of buffers and the engine, which is immutable. It keeps no
// reference to the bytes it is given, which zerolog reuses after each
// write, and makes exactly one write to the wrapped writer per event, so
// it keeps zerolog's guarantee that each event is a single Write. Whether
// concurrent events may interleave is up to the wrapped writer, as it is
// without redaction ([zerolog.SyncWriter] serializes one that needs it).
//
// # Ordering with other middleware
//
// Put the redacting writer outermost, directly under the logger, so that
// every destination receives redacted events:
//
//	zerolog.New(zerologredact.New(zerolog.MultiLevelWriter(file, zerolog.ConsoleWriter{Out: os.Stderr})))
//
// A [zerolog.ConsoleWriter] decodes the JSON it is given, so it belongs
// inside the redacting writer, never around it. A level filter or a
// sampler that drops events is best placed around the redacting writer
// ([zerolog.FilteredLevelWriter]) or on the logger, so that dropped events
// are not scanned. Level routing is kept: the writer passes the level on
// through WriteLevel when the wrapped writer is a [zerolog.LevelWriter].
// [Writer.Write] returns len(p) when the wrapped write succeeds, as
// [zerolog.MultiLevelWriter] requires of the writers it fans out to.
package zerologredact
