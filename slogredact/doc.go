// Package slogredact redacts secrets and personal data from [log/slog]
// records before any handler writes them, with the shared
// [patterns.Engine]. It is one line around the handler a program already
// has:
//
//	logger := slog.New(slogredact.New(slog.NewJSONHandler(os.Stdout, nil)))
//
// [New] wraps any [slog.Handler], slog's own or a third party's. Programs
// that keep slog's handlers and only set [slog.HandlerOptions] can use
// [ReplaceAttr] instead.
//
// What to look for and how to mask it is the engine's configuration:
// extra sensitive keys, allowed keys, the mask, known secrets and an
// observer are options of [patterns.New]. Pass the engine with
// [WithEngine]; the zap and zerolog adapters take the same engine, so one
// configuration covers every logger of a program.
//
// # What is redacted
//
//   - The message, under the key "msg" for key rules.
//   - Every string value, matched by the engine's detectors and by key
//     rules on its key path: a "password" attribute inside group "db",
//     whether the group was opened with [slog.Logger.WithGroup] or
//     logged with [slog.Group], is judged as "db.password".
//   - Integers that are valid card numbers, and integers and floats under
//     a sensitive key; they are then logged as the masked text.
//   - Groups, at any depth. A group, map or struct logged under a
//     sensitive key ("credentials", "auth") is masked whole, as the zap
//     and zerolog layers mask an object there.
//   - LogValuers, resolved once here (the next handler receives the
//     resolved value) and their result redacted.
//   - Values of kind Any: a []byte by its content (it stays a []byte);
//     an error by its Error text, a [fmt.Stringer] by its String text, an
//     [encoding.TextMarshaler] or [json.Marshaler] by what it marshals to;
//     a value with something to redact in any of these is logged as its
//     redacted text (Error first, then String, MarshalText, MarshalJSON).
//   - Structs, maps, slices, arrays and pointers held in kind Any, walked
//     the way encoding/json writes them: fields under their json tag
//     names (so key rules see "user.password"), map entries under their
//     keys (keys are examined too). A field tagged `redact:"true"` is
//     masked whatever it holds. A value with something to redact is
//     rebuilt with only the fields encoding/json would write, and renders
//     the same way minus what was masked.
//   - Attributes given to [Handler.WithAttrs], once, when they are given.
//
// Anything whose inspection panics (a String, Error, LogValue or Marshal
// method) is replaced by "[REDACTED:panic]" and the record is still
// written. Data nested more than 16 levels deep, including pointer
// cycles, is replaced by "[REDACTED:too-deep]".
//
// # What is never touched
//
//   - Attribute keys and group names, and the record's time, level and
//     source.
//   - Booleans, times and durations.
//   - The caller's record and values: a record that needs redacting is
//     rebuilt, never modified.
//   - Unexported struct fields are not shown: encoding/json leaves them
//     out. A string, []byte or integer field among them that holds a
//     finding still makes the struct be rebuilt without them, since text
//     handlers print them.
//   - Values that format themselves with [fmt.Formatter] are judged by
//     their other methods and their data, not by what Format writes.
//
// # Performance
//
// A record with nothing to redact is passed to the next handler as it
// came, without an extra allocation, when its values are strings,
// numbers, groups or structs and slices of them. Its cost is one engine
// scan of each string, which is a table lookup per byte for text with no
// sensitive-looking content. Key paths inside groups are never built as
// strings for clean values. A record that changes costs a new record and
// the redacted strings.
//
// Values that need work to inspect cost it even when clean: a LogValuer
// is resolved (so its record is rebuilt), String, Error and the marshal
// methods are called, and maps are copied out of their iterator.
//
// # Concurrency
//
// A [Handler] is immutable and its methods may be called concurrently,
// as slog requires; the engine is safe for concurrent use too. An
// engine's observer is called from the logging goroutines, possibly
// concurrently.
//
// # Ordering with other middleware
//
// Put the redacting handler after anything that adds attributes (context
// or request-scoped middleware) and before anything that writes, copies
// or forwards records: wrap the innermost writing handler, or wrap a
// [slog.MultiHandler] to protect every destination at once. Level filters
// and samplers may sit either side: [Handler.Enabled] only asks the
// wrapped handler, so dropped records are never inspected. A handler that
// rewrites attributes after redaction could reintroduce what was masked;
// keep such handlers outside.
package slogredact
