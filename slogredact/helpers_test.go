package slogredact_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/logredact/logredact/slogredact"
)

// logJSON logs through New around a JSON handler and returns each line
// parsed, without its time.
func logJSON(t *testing.T, opts []slogredact.Option, log func(*slog.Logger)) []map[string]any {
	t.Helper()
	var buf bytes.Buffer
	h := slogredact.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: removeTime}), opts...)
	log(slog.New(h))
	return parseJSONLines(t, buf.Bytes())
}

func parseJSONLines(t *testing.T, out []byte) []map[string]any {
	t.Helper()
	var lines []map[string]any
	for line := range bytes.SplitSeq(out, []byte{'\n'}) {
		if len(line) == 0 {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatalf("invalid JSON %q: %v", line, err)
		}
		lines = append(lines, m)
	}
	return lines
}

// recorder is a slog.Handler that keeps what it is given, as a tree of
// plain values, so tests can compare records with cmp.
type recorder struct {
	mu      *sync.Mutex
	records *[]slog.Record
	attrs   []slog.Attr
}

func newRecorder() *recorder {
	return &recorder{mu: new(sync.Mutex), records: new([]slog.Record)}
}

func (h *recorder) Enabled(context.Context, slog.Level) bool { return true }

func (h *recorder) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	*h.records = append(*h.records, r.Clone())
	return nil
}

func (h *recorder) WithAttrs(as []slog.Attr) slog.Handler {
	return &recorder{mu: h.mu, records: h.records, attrs: append(h.attrs[:len(h.attrs):len(h.attrs)], as...)}
}

func (h *recorder) WithGroup(string) slog.Handler { return h }

func (h *recorder) last() slog.Record {
	h.mu.Lock()
	defer h.mu.Unlock()
	return (*h.records)[len(*h.records)-1]
}

// tree turns attributes into nested maps of their values, with LogValuers
// left unresolved so that tests can see whether they were resolved.
func tree(as []slog.Attr) map[string]any {
	m := map[string]any{}
	for _, a := range as {
		if a.Value.Kind() == slog.KindGroup {
			m[a.Key] = tree(a.Value.Group())
			continue
		}
		m[a.Key] = a.Value.Any()
	}
	return m
}

// recordTree is tree of a record's message and attributes.
func recordTree(r slog.Record) map[string]any {
	var as []slog.Attr
	r.Attrs(func(a slog.Attr) bool { as = append(as, a); return true })
	m := tree(as)
	m["msg"] = r.Message
	return m
}

// secretsIn returns the substrings of s, out of secrets, that it holds.
func secretsIn(s string, secrets []string) []string {
	var found []string
	for _, x := range secrets {
		if strings.Contains(s, x) {
			found = append(found, x)
		}
	}
	return found
}
