package otelredact

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/logredact/logredact/internal/workload"
)

// TestConcurrentConsumeLogs feeds one processor from several goroutines;
// under -race it checks that the pooled per-call state is never shared,
// and in any mode that every batch comes out fully redacted.
func TestConcurrentConsumeLogs(t *testing.T) {
	p, sink := newLogs(t, &Config{Summary: true}, testEnv(nil), nopSettings())
	const workers, batches = 4, 20
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range batches {
				msg, fields := workload.CleanMessage, workload.CleanFields
				if (w+i)%2 == 0 {
					msg, fields = workload.DirtyMessage, workload.DirtyFields
				}
				if err := p.ConsumeLogs(context.Background(), workloadLogs(10, msg, fields)); err != nil {
					t.Errorf("ConsumeLogs: %v", err)
					return
				}
			}
		})
	}
	wg.Wait()
	all := sink.AllLogs()
	if len(all) != workers*batches {
		t.Fatalf("sink got %d batches, want %d", len(all), workers*batches)
	}
	for _, ld := range all {
		lrs := ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
		for i := 0; i < lrs.Len(); i++ {
			lr := lrs.At(i)
			text := lr.Body().Str()
			for _, v := range lr.Attributes().AsRaw() {
				if s, ok := v.(string); ok {
					text += "\n" + s
				}
			}
			for _, s := range detectable(workload.Secrets) {
				if strings.Contains(text, s) {
					t.Errorf("%q survived:\n%s", s, text)
				}
			}
			for _, s := range workload.Intact {
				if s == workload.CleanMessage {
					continue
				}
				if !strings.Contains(text, s) {
					t.Errorf("%q was lost:\n%s", s, text)
				}
			}
		}
	}
}
