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
// Every layer of logredact follows the same rules (see the patterns
// package documentation); here:
//
//   - The message, under the key "msg" for key rules and the observer.
//   - Every string value, matched by the engine's detectors and by key
//     rules on its key path: a "password" attribute inside group "db",
//     whether the group was opened with [slog.Logger.WithGroup] or
//     logged with [slog.Group], is judged as "db.password". A string that
//     holds a JSON document is read as JSON, with its key paths under the
//     attribute's; hexadecimal digits that spell text are judged as that
//     text.
//   - Integers and whole floats that are valid card numbers, and any
//     number, duration or time under a sensitive key; they are then
//     logged as the masked text.
//   - Groups, at any depth. A group under a sensitive name
//     ("credentials", "auth"), whether a group value or opened with
//     [slog.Logger.WithGroup], is one mask string, observed once, as a
//     map or struct there is, and as the zap and zerolog layers mask an
//     object there.
//   - LogValuers, resolved once here (the next handler receives the
//     resolved value) and their result redacted.
//   - Values of kind Any: a []byte by its content (it stays a []byte);
//     an error by its Error text, as the handlers print it; anything else
//     by what the handlers write: what encoding/json writes for the JSON
//     handler (fields under their json names, so key rules see
//     "user.password"; what MarshalJSON and MarshalText return, a
//     pointer-receiver marshaler included when encoding/json can address
//     the value; map keys, which are data and are scanned), and what %+v
//     and String or Error print for the text handler. A field tagged
//     `redact:"true"`, or whose Go name is sensitive while its json name
//     is not, is masked whatever it holds.
//   - A value of kind Any that has something to mask is replaced by one
//     that the JSON handler writes byte for byte as encoding/json writes
//     the original (tags, omitempty, omitzero, ",string", embedded
//     structs, marshalers), but for the masked spans, and that the text
//     handler prints as the original's redacted text or, for plain data,
//     as that JSON in the style of %+v: never with a field encoding/json
//     leaves out (unexported, json:"-"), which %+v would print.
//   - Attributes given to [Handler.WithAttrs], once, when they are given.
//
// Anything whose inspection panics (a String, Error, LogValue or Marshal
// method) is replaced by "[REDACTED:panic]" and the record is still
// written. Data is walked to any depth; a pointer cycle stops the walk,
// as it stops encoding/json.
//
// # What is never touched
//
//   - Attribute keys and group names, which are the program's code, and
//     the record's time, level and source.
//   - Booleans, whatever their key.
//   - A value under an allowed key; a group or struct under an allowed
//     key is walked as any other, since an allowed key exempts only its
//     own value, and never one under a sensitive key.
//   - The caller's record and values: a record that needs redacting is
//     rebuilt, never modified.
//   - Bytes inside a struct or map: encoding/json writes them as base64
//     and %+v as numbers, so neither shows their text.
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
// the redacted strings; a value of kind Any that changes costs its
// encoding with encoding/json.
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
