package zapredact_test

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/zapredact"
)

// lockedBuffer is a bytes.Buffer safe for concurrent writes.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestConcurrent logs the standard events, marshalers and reflected
// values from many goroutines through one core and the cores derived
// from it with With. Run with -race.
func TestConcurrent(t *testing.T) {
	const goroutines, perGoroutine = 8, 50
	var out lockedBuffer
	base := zap.New(zapredact.Wrap(zapcore.NewCore(
		zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(&out), zap.DebugLevel)))
	shared := base.With(zap.String("svc", "billing"), zap.Namespace("req"))
	dirty := workload.ZapFields(workload.DirtyFields)
	clean := workload.ZapFields(workload.CleanFields)

	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := shared
			if g%2 == 1 {
				l = base.With(zap.String("owner", "ops@example.com"))
			}
			for i := range perGoroutine {
				switch i % 4 {
				case 0:
					l.Info(workload.DirtyMessage, dirty...)
				case 1:
					l.Info(workload.CleanMessage, clean...)
				case 2:
					l.Warn("acct", zap.Object("acct", account{Owner: "o", Email: "alice@example.com"}),
						zap.Any("user", map[string]any{"email": "bob.smith@example.org", "n": i}))
				case 3:
					l.Error("list", zap.Strings("to", []string{"ok", "alice@example.com"}), zap.Dict("d", zap.String("ssn", "123-45-6789")))
				}
			}
		}()
	}
	wg.Wait()

	got := out.String()
	if n := strings.Count(got, "\n"); n != goroutines*perGoroutine {
		t.Errorf("got %d lines, want %d", n, goroutines*perGoroutine)
	}
	for _, s := range append(workload.Secrets, "ops@example.com") {
		if strings.Contains(got, s) {
			t.Errorf("output holds %q", s)
		}
	}
	// Both standard events carry the request ID: cases 0 and 1 of 4.
	want := 0
	for i := range perGoroutine {
		if i%4 < 2 {
			want += goroutines
		}
	}
	if n := strings.Count(got, workload.RequestID); n != want {
		t.Errorf("request ID appears %d times, want %d", n, want)
	}
}
