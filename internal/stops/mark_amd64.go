//go:build !purego

package stops

import "golang.org/x/sys/cpu"

// Vector reports whether Mark runs a vector kernel.
var Vector = cpu.X86.HasAVX2
