package stops

import (
	"strings"
	"testing"
)

// BenchmarkMark marks a logger event's worth of JSON, with the kernel
// this machine runs and with the Go path.
func BenchmarkMark(b *testing.B) {
	src := []byte(strings.Repeat(`{"level":"info","path":"/api/v1/orders/12345","n":12,"ua":"Mozilla/5.0"}`, 5)[:328])
	stop, quote := make([]uint32, Blocks(len(src))), make([]uint32, Blocks(len(src)))
	b.Run("Mark", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			Mark(stop, quote, src)
		}
	})
	b.Run("markGo", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			markGo(stop, quote, src)
		}
	})
}
