//go:build !binary_log

package zerologredact_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/zerologredact"
	"github.com/rs/zerolog"
)

// TestConcurrentWrites logs CLEAN and DIRTY events from many goroutines
// through one writer: run with -race. Each event must arrive whole, as one
// valid JSON line, redacted.
func TestConcurrentWrites(t *testing.T) {
	const goroutines, events = 8, 200
	var buf bytes.Buffer
	l := zerolog.New(zerologredact.New(zerolog.SyncWriter(&buf)))
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range events {
				if (g+i)%2 == 0 {
					workload.ZerologFields(l.Info(), workload.DirtyFields).Int("g", g).Msg(workload.DirtyMessage)
				} else {
					workload.ZerologFields(l.Info(), workload.CleanFields).Int("g", g).Msg(workload.CleanMessage)
				}
			}
		})
	}
	wg.Wait()
	lines := 0
	sc := bufio.NewScanner(&buf)
	for sc.Scan() {
		lines++
		line := sc.Text()
		if !json.Valid([]byte(line)) {
			t.Fatalf("line %d is not JSON: %s", lines, line)
		}
		for _, s := range workload.Secrets {
			if strings.Contains(line, s) {
				t.Fatalf("line %d: %q survived: %s", lines, s, line)
			}
		}
		for _, s := range workload.Intact {
			if strings.Contains(s, "request completed") {
				continue // the DIRTY event has another message
			}
			if !strings.Contains(line, s) {
				t.Fatalf("line %d: %q is missing: %s", lines, s, line)
			}
		}
	}
	if lines != goroutines*events {
		t.Errorf("got %d lines, want %d", lines, goroutines*events)
	}
}
