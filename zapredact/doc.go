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
// Every text that a log line can carry, under the rules every layer of
// logredact follows (see the patterns package documentation):
//
//   - the entry's message, known to key rules and the engine's observer
//     as "msg" whatever key the encoder writes it under. The message of an
//     entry at DPanic level and above is redacted in the checked entry
//     itself, before zap panics with it or hands it to a terminal hook
//     (see [TerminalHook]);
//   - String, ByteString and Binary fields: Binary bytes that are text
//     are examined as text, and stay binary;
//   - a string that holds a JSON document, read as JSON with its key
//     paths under the field's key;
//   - Stringer fields: String is called once by the core. A String method
//     that panics makes the field the text "[REDACTED:panic]"; a nil
//     pointer reads "<nil>", as zap writes it;
//   - Error fields: the Error text, the %+v text that zap logs under
//     key+"Verbose" for errors that format themselves (a Format that
//     panics makes it "[REDACTED:panic]", never the panic's text), and the
//     causes of error groups (key+"Causes"). A dirty error is replaced by
//     an error of the same key whose texts are redacted;
//   - objects and arrays (zap.Object, zap.Dict, zap.Inline, zap.Array,
//     zap.Strings, zap.Objects and custom ObjectMarshaler and
//     ArrayMarshaler types): the marshaler is run against an encoder that
//     passes every value it adds through the engine;
//   - reflected values (zap.Reflect, and zap.Any of structs, maps and
//     slices): the value is encoded as JSON, as zap's encoder does, and
//     the JSON redacted as a JSON log line is, map keys included; a value
//     with something to mask is written as its redacted JSON, byte for
//     byte what zap writes for it but for the masks;
//   - integers and floats that are valid card numbers, and any number,
//     duration or time under a sensitive key.
//
// Key rules see the whole key path: a field after zap.Namespace("db"), or
// inside zap.Object("db", ...), is "db.password" to them. An object,
// array, reflected value or namespace under a sensitive key is masked
// whole, as one string, without its marshaler being run; a namespace is
// written as that string, and the fields logged after it are dropped. An
// allowed key exempts its own value only. Fields attached with With are
// redacted once, when they are attached.
//
// A field that changes keeps its key. Strings, byte strings, Stringers and
// masked numbers become String fields; objects and arrays keep their
// shape, with only the masked values replaced.
//
// # What is never touched
//
// Field keys, the logger name, the caller, the stack trace zap adds to an
// entry, booleans, complex numbers and Binary bytes that are not text. A
// field the core did not change reaches the wrapped core as the very same
// field.
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
//   - Write errors of the wrapped core are returned from Write, so that
//     the logger reports them on its error output ([zap.ErrorOutput]);
//     [WithErrorOutput] reports them somewhere of the program's choice.
//   - Hooks (zap.Hooks) and other cores inside the redacting core see
//     redacted entries; those outside see the original.
package zapredact
