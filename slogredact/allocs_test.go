package slogredact_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/logredact/logredact/internal/testutil"
	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/slogredact"
)

// nopHandler handles everything and does nothing, so that every
// allocation counted around it is the redacting handler's.
type nopHandler struct{}

func (nopHandler) Enabled(context.Context, slog.Level) bool  { return true }
func (nopHandler) Handle(context.Context, slog.Record) error { return nil }
func (h nopHandler) WithAttrs([]slog.Attr) slog.Handler      { return h }
func (h nopHandler) WithGroup(string) slog.Handler           { return h }

type cleanStruct struct {
	Name  string   `json:"name"`
	Tags  []string `json:"tags"`
	Count int      `json:"count"`
	Inner struct {
		Path string `json:"path"`
	} `json:"inner"`
}

// TestCleanRecordAllocs pins the cost of a clean record: no allocation
// beyond what the wrapped handler makes on its own.
func TestCleanRecordAllocs(t *testing.T) {
	ctx := context.Background()
	var s cleanStruct
	s.Name, s.Tags, s.Count, s.Inner.Path = "bob", []string{"a", "b"}, 3, "/api/v1/orders/12345"
	records := []struct {
		name  string
		attrs []slog.Attr
	}{
		{"CLEAN event", attrsOf(workload.CleanFields)},
		{"group", []slog.Attr{slog.Group("req", slog.String("method", "GET"), slog.Group("user", slog.String("id", "u_8f3a2c"), slog.Int("n", 7)))}},
		{"struct", []slog.Attr{slog.Any("s", s), slog.Any("p", &s)}},
		{"bytes and error", []slog.Attr{slog.Any("b", []byte("GET /api/v1/orders")), slog.Any("err", errors.New("connection reset"))}},
		{"bools times durations", []slog.Attr{slog.Bool("ok", true), slog.Time("at", time.Unix(0, 0)), slog.Duration("took", time.Second)}},
	}
	nexts := []struct {
		name string
		h    slog.Handler
	}{
		{"nop", nopHandler{}},
		{"JSON", slog.NewJSONHandler(io.Discard, nil)},
		{"JSON in group", slog.NewJSONHandler(io.Discard, nil).WithGroup("http")},
	}
	for _, rc := range records {
		r := slog.NewRecord(time.Now(), slog.LevelInfo, workload.CleanMessage, 0)
		r.AddAttrs(rc.attrs...)
		for _, next := range nexts {
			t.Run(rc.name+"/"+next.name, func(t *testing.T) {
				plain := int(testing.AllocsPerRun(100, func() { _ = next.h.Handle(ctx, r) }))
				h := slogredact.New(next.h)
				if next.name == "JSON in group" {
					// The group must be opened through the redacting
					// handler, so that it knows the key path.
					h = slogredact.New(slog.NewJSONHandler(io.Discard, nil)).WithGroup("http").(*slogredact.Handler)
				}
				testutil.WantAllocs(t, plain, func() { _ = h.Handle(ctx, r) })
			})
		}
	}
}

// TestReplaceAttrAllocs pins that ReplaceAttr allocates nothing for a
// clean attribute, inside groups too.
func TestReplaceAttrAllocs(t *testing.T) {
	redact := slogredact.ReplaceAttr()
	groups := []string{"http", "request"}
	for _, a := range attrsOf(workload.CleanFields) {
		t.Run(a.Key, func(t *testing.T) {
			testutil.WantAllocs(t, 0, func() { redact(groups, a) })
			testutil.WantAllocs(t, 0, func() { redact(nil, a) })
		})
	}
}
