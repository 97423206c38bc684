//go:build race

// Package race reports whether the race detector is on, so allocation
// tests can skip themselves.
package race

// Enabled is true when built with -race.
const Enabled = true
