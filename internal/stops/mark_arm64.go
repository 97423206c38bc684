//go:build !purego

package stops

// Vector reports whether Mark runs a vector kernel: NEON is part of every
// arm64 processor.
const Vector = true
