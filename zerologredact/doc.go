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
// with the engine given to [WithEngine] ([patterns.Default] otherwise),
// under the rules every logredact layer follows (see the patterns
// package documentation):
//
//   - every string value at any depth: the message, fields, dicts, arrays,
//     and the content of Interface and RawJSON fields. JSON escapes
//     (\u0040, \", \/, surrogate pairs) are decoded before the engine sees
//     the value, so an escaped secret cannot slip through;
//   - a string that holds a JSON document, read as JSON with its key paths
//     under the string's key ("body.password");
//   - Bytes (written as text), Hex (hexadecimal digits that spell text are
//     examined as that text, and stay hexadecimal) and RawCBOR (decoded
//     and read item by item);
//   - numbers that are valid card numbers, and numbers under a sensitive
//     key, written as a JSON string holding the mask;
//   - a dict, array or any other value but true, false and null under a
//     sensitive key, masked whole as one string:
//     {"db":{"password":{"a":1}}} gets
//     {"db":{"password":"[REDACTED:sensitive-key]"}}. Key rules see the
//     key path through nested objects joined with '.' ("db.password");
//     array elements keep the key of their array;
//   - keys inside a field's value (a map logged with Interface, the keys
//     of a dict), which are data: a key that holds a finding is masked.
//
// The message, under [zerolog.MessageFieldName] (read at every write, so a
// program may rename it), is judged and observed under the key "msg", as
// in every other layer. An event with one field that is not JSON (a
// RawJSON given bytes that are not JSON) is still read field by field:
// that field is redacted as text under its key, and every other field
// keeps its key path. Input that is not a JSON object at all (a plain line
// written through the logger's writer) is redacted as text and still
// written. With zerolog built with the binary_log tag the events are
// CBOR: the writer does not rewrite them but replaces each with an event
// that keeps the level and holds [CBORMarker] as its message, so a binary
// stream is never leaked nor corrupted. Only input that is one well-formed
// CBOR map is taken for CBOR; a line of text that starts with a byte of a
// CBOR map head is text.
//
// # What is never touched
//
// A clean event is written byte for byte as zerolog produced it. In an
// event with findings only the masked spans change; every other byte,
// escapes, key order and number formatting included, is kept. The
// top-level keys are the program's field names and are not scanned. true,
// false and null are kept even under a sensitive key: they hide nothing.
// A value under an allowed key ([patterns.WithAllowedKeys]) is not
// examined; a dict under an allowed key is walked as any other, since an
// allowed key exempts only its own value.
//
// # What a writer cannot do
//
// zerolog's Panic level writes the event and then panics with the
// message as the program gave it: the panic value, and what the runtime
// prints of it, never pass through the writer. Redact it before it is
// logged, or log at the panic level without zerolog's panic and panic
// with the redacted text yourself:
//
//	logger.WithLevel(zerolog.PanicLevel).Msg(msg)
//	panic(engine.RedactString(msg))
//
// Likewise zerolog calls String, Error and MarshalJSON methods itself,
// before the writer sees the event: a method that panics crashes the
// logging goroutine, with the method's own panic text.
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
