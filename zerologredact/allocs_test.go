//go:build !binary_log

package zerologredact_test

import (
	"io"
	"runtime"
	"testing"

	"github.com/logredact/logredact/internal/testutil"
	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/zerologredact"
	"github.com/rs/zerolog"
)

// TestAllocs pins the cost of the writer in allocations: none for a clean
// event, as for plain zerolog, and none once the pooled buffers are warm
// for an event with findings.
func TestAllocs(t *testing.T) {
	plain := zerolog.New(io.Discard).With().Timestamp().Logger()
	redacted := zerolog.New(zerologredact.New(io.Discard)).With().Timestamp().Logger()
	t.Run("clean/plain", func(t *testing.T) {
		testutil.WantAllocs(t, 0, func() { workload.ZerologFields(plain.Info(), workload.CleanFields).Msg(workload.CleanMessage) })
	})
	t.Run("clean/redacted", func(t *testing.T) {
		testutil.WantAllocs(t, 0, func() { workload.ZerologFields(redacted.Info(), workload.CleanFields).Msg(workload.CleanMessage) })
	})
	t.Run("dirty/redacted", func(t *testing.T) {
		testutil.WantAllocs(t, 0, func() { workload.ZerologFields(redacted.Info(), workload.DirtyFields).Msg(workload.DirtyMessage) })
	})
	t.Run("dirty/redacted/fresh pools", func(t *testing.T) {
		// Two collections empty sync.Pool: buffers that only a clean
		// event grows must also be kept by a dirty one.
		runtime.GC()
		runtime.GC()
		testutil.WantAllocs(t, 0, func() { workload.ZerologFields(redacted.Info(), workload.DirtyFields).Msg(workload.DirtyMessage) })
	})
}
