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
// The core registers itself in Check when the wrapped core is enabled and
// calls the wrapped core's Write itself. A core wrapped this way therefore
// decides on levels only, not in Check, so:
//
//   - Put the redacting core inside samplers, never around one: a sampler
//     decides in Check, which a wrapping core bypasses. Build
//     zapcore.NewSamplerWithOptions(zapredact.Wrap(core), ...). Loggers
//     built by zap.NewProduction or a Config with Sampling already hold a
//     sampler, and [WrapCore] would land outside it: clear Config.Sampling
//     and add the sampler after WrapCore, as the WrapCore_sampling example
//     shows.
//   - Wrapping a tee (zapcore.NewTee) redacts once for all its cores, but
//     the tee's Write writes every entry to every core, whatever their
//     levels: wrap a tee only when its cores share one level, and otherwise
//     wrap each core inside the tee. Wrapping each core is also how a tee
//     keeps one destination unredacted.
//   - Hooks (zap.Hooks) and other cores inside the redacting core see
//     redacted entries; those outside see the original.
package zapredact
