// Package zapredact redacts secrets and personal data from
// go.uber.org/zap logs before any encoder sees them.
//
// [Wrap] puts a redacting [zapcore.Core] in front of an existing core, and
// [WrapCore] does the same as a [zap.Option]:
//
//	logger := zap.New(zapredact.Wrap(core))
//	logger = logger.WithOptions(zapredact.WrapCore())
//
// Both use [patterns.Default] unless [WithEngine] hands them a configured
// engine; one engine can serve this package, slogredact and zerologredact.
//
// # What is redacted
//
// Every text that a log line can carry:
//
//   - the entry's message, known to key rules and the engine's observer
//     as "msg" whatever key the encoder writes it under;
//   - String and ByteString fields;
//   - Stringer fields: String is called once by the core. A String method
//     that panics makes the field the text "[REDACTED:panic]"; a nil pointer reads
//     "<nil>", as zap writes it;
//   - Error fields: the Error text, the %+v text that zap logs under
//     key+"Verbose" for errors that format themselves, and the causes of
//     error groups (key+"Causes"). A dirty error is replaced by an error of
//     the same key whose texts are redacted;
//   - objects and arrays (zap.Object, zap.Dict, zap.Inline, zap.Array,
//     zap.Strings, zap.Objects and custom ObjectMarshaler and
//     ArrayMarshaler types): the marshaler is run against an encoder that
//     passes every AddString, AppendString, AddByteString and AddReflected
//     through the engine, and every number through the number rules below;
//   - reflected values (zap.Reflect, and zap.Any of structs, maps and
//     slices): the value is encoded as JSON, as zap's encoders do, and every
//     string and number in it is examined, with key rules applied to object
//     keys as they are written (map keys, json tags);
//   - integers and floats that are valid card numbers, and any number
//     under a sensitive key.
//
// Key rules see the whole key path: a field after zap.Namespace("db"), or
// inside zap.Object("db", ...), is "db.password" to them. Everything inside
// an object, array or namespace whose key is sensitive is masked whole, and
// nothing under an allowed key is examined. Fields attached with With are
// redacted once, when they are attached.
//
// A field that changes keeps its key. Strings, byte strings, Stringers and
// masked numbers become String fields; objects, arrays and reflected values
// keep their shape, with only the masked values replaced.
//
// # What is never touched
//
// Keys, the logger name, the caller, the stack trace zap adds to an entry,
// booleans, durations, times, complex numbers and Binary fields (opaque
// bytes, written as base64). A field the core did not change reaches the
// wrapped core as the very same field.
//
// # Performance
//
// An entry with nothing to mask costs one engine scan of the message and
// of each string field, and no allocation beyond the wrapped core's: the
// engine returns clean strings as they are, and the fields slice is copied
// only when a field changes. Integers cost a comparison, plus a key-rule
// lookup of their key.
//
// Values that must be run to be seen cost more. Stringers, errors and
// marshalers are called once by the core and, when clean, once more by the
// wrapped encoder, which is what a zap tee does for each of its cores; they
// must return the same output each time. A marshaler's values are recorded
// into a pooled buffer, which costs no allocation once warm. A reflected
// value is also encoded to JSON by the core, which allocates as zap's own
// encoding does. Only a field with something to mask is replaced, at the
// cost of a few allocations.
//
// # Concurrency
//
// A core, and every core derived from it with With, is safe for
// concurrent use, as zap requires. The engine is immutable; the cores hold
// no mutable state; the recording buffers are taken from a [sync.Pool] and
// never shared while in use.
//
// # Ordering with other middleware
//
// The core registers itself in Check when the wrapped core is enabled at
// the entry's level. In Write it asks the wrapped core's own Check about
// the entry before redacting anything, so whatever sits inside keeps its
// decisions:
//
//   - Samplers inside still sample: zap.NewProduction(zapredact.WrapCore())
//     logs exactly the entries zap.NewProduction() would, and entries a
//     sampler drops cost no redaction.
//   - A tee (zapcore.NewTee) of cores at different levels still sends each
//     entry only to the cores enabled for it, and redacts once for all of
//     them. Wrap each core inside the tee instead when one destination
//     must stay unredacted.
//   - Write errors of the wrapped core are reported on standard error,
//     zap's default error output, since the wrapped core's checked entry
//     is the one that writes.
//   - Hooks (zap.Hooks) and other cores inside the redacting core see
//     redacted entries; those outside see the original.
package zapredact
