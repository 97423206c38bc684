// Package conformance is the one table of cases that every layer of
// logredact must redact alike: the engine on its own, the slog handler
// (JSON and text), the zap core, the zerolog writer, the logredact
// command (JSON lines, logfmt and text) and the Collector processor.
//
// A case is a [Row]: a message and a tree of [Node]s (the fields of one
// log event), the engine options it needs, the values that must come out
// masked and the observations the engine's observer must receive. Rows
// are data. Each layer's tests supply a [Layer], which converts a row to
// that layer's own field types, logs it plainly and through the redacting
// layer, and reads the output back as flat [Values]; [Run] does the rest
// for every row and every mask:
//
//   - the redacted output is the plain output with exactly the row's
//     [Want]s applied: masked values at their paths, a container under a
//     sensitive key replaced by one mask string, a value whose method
//     panicked replaced by the panic marker, and nothing else changed;
//   - a row with nothing to mask comes out byte for byte as the plain
//     logger writes it;
//   - no secret of the row survives anywhere in the output;
//   - the observer sees exactly the row's [Seen] list: detector and key
//     path, the message under "msg" in every layer.
//
// Adding a case is adding a row to rows.go. A row that needs a kind of
// field a layer cannot log (a LogValuer has no zerolog form, a panicking
// method cannot reach a writer that receives bytes) is skipped for that
// layer, and the skip is reported.
package conformance
