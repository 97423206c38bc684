package jsonredact

import (
	"testing"

	"github.com/logredact/logredact/internal/testutil"
	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
)

func TestAllocs(t *testing.T) {
	e := patterns.Default()
	clean := event(workload.CleanMessage, workload.CleanFields)
	dirty := event(workload.DirtyMessage, workload.DirtyFields)
	buf := make([]byte, 0, 2048)
	t.Run("Clean", func(t *testing.T) {
		testutil.WantAllocs(t, 0, func() { Clean(e, "", clean) })
	})
	t.Run("Append/clean", func(t *testing.T) {
		testutil.WantAllocs(t, 0, func() { Append(nil, e, "", clean) })
	})
	t.Run("Append/dirty", func(t *testing.T) {
		testutil.WantAllocs(t, 0, func() { Append(buf[:0], e, "", dirty) })
	})
}
