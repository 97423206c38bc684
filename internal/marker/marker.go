// Package marker holds the texts the adapters write in place of a value
// they could not inspect safely.
package marker

// Panic replaces a value whose String, Error, LogValue or MarshalLogObject
// method panicked: the value was never seen, so it cannot be shown.
const Panic = "[REDACTED:panic]"
