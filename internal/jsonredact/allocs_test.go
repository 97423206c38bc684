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

// TestBatchAllocs checks that a batch of keys that share slots of its key
// memory, and of integers of card length, allocates nothing once its
// keys are known: keys that took turns in a slot would copy themselves
// on every entry.
func TestBatchAllocs(t *testing.T) {
	e := patterns.Default()
	// "remote_ip", "order_id" and "tenant_db" share a slot: the third
	// finds both of its slots taken.
	keys := []string{"remote_ip", "order_id", "tenant_db", "ts_ms"}
	testutil.WantAllocs(t, 0, func() {
		b := GetBatch(e)
		for i, k := range keys {
			if !b.Int(k, 1796029200356+int64(i)) {
				t.Fatalf("Int(%q) refused a plain key and a number that is no card", k)
			}
		}
		if !b.String("path", "/api/v1/orders/12345") || !b.Clean() {
			t.Fatal("the batch is not clean")
		}
		b.Done()
	})
}
