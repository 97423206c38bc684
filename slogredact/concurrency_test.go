package slogredact_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/slogredact"
)

// syncBuffer serializes writes, as a file or a terminal would.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// TestConcurrent logs from many goroutines through one handler, and
// through handlers derived from it, sharing the values they log. Run
// under -race it checks that the handler and the values are only read;
// it also checks that every record came out whole and redacted.
func TestConcurrent(t *testing.T) {
	var out syncBuffer
	base := slog.New(slogredact.New(slog.NewJSONHandler(&out, nil)))
	shared := &account{Name: "bob", Email: "bob@example.org", Tags: []string{"alice@example.com"}, Meta: map[string]string{"token": "t"}}
	body := []byte("mail alice@example.com")
	clean := attrsOf(workload.CleanFields)
	dirty := attrsOf(workload.DirtyFields)
	const goroutines, records = 8, 50
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			l := base.With("worker", g, "password", "x")
			if g%2 == 0 {
				l = l.WithGroup("req")
			}
			for i := range records {
				switch i % 3 {
				case 0:
					l.LogAttrs(context.Background(), slog.LevelInfo, workload.CleanMessage, clean...)
				case 1:
					l.LogAttrs(context.Background(), slog.LevelInfo, workload.DirtyMessage, dirty...)
				default:
					l.Info("shared", "acct", shared, "body", body)
				}
			}
		})
	}
	wg.Wait()

	lines := parseJSONLines(t, out.buf.Bytes())
	if got, want := len(lines), goroutines*records; got != want {
		t.Errorf("got %d records, want %d", got, want)
	}
	secrets := append([]string{"bob@example.org", "alice@example.com", `"x"`}, workload.Secrets...)
	if found := secretsIn(out.buf.String(), secrets); found != nil {
		t.Errorf("secrets survived: %q", found)
	}
	if shared.Email != "bob@example.org" || shared.Tags[0] != "alice@example.com" || shared.Meta["token"] != "t" || string(body) != "mail alice@example.com" {
		t.Errorf("logged values were modified: %+v %q", shared, body)
	}
	if strings.Count(out.buf.String(), "[REDACTED:sensitive-key]") < goroutines*records {
		t.Errorf("WithAttrs password not redacted on every record")
	}
}
