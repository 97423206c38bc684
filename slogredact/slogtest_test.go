package slogredact_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"testing/slogtest"

	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/slogredact"
)

// TestSlogtest runs testing/slogtest over the redacting handler around
// slog's JSON and text handlers, with the default engine and with one
// configured otherwise, as slog's own slogtest_test.go does for its
// handlers.
func TestSlogtest(t *testing.T) {
	custom, err := patterns.New(
		patterns.WithMask(patterns.FixedMask("***")),
		patterns.WithSensitiveKeys("internal"),
		patterns.WithoutCategory(patterns.PII),
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, engine := range []struct {
		name string
		opts []slogredact.Option
	}{
		{"default", nil},
		{"custom", []slogredact.Option{slogredact.WithEngine(custom)}},
	} {
		for _, format := range []struct {
			name  string
			new   func(io.Writer) slog.Handler
			parse func([]byte) (map[string]any, error)
		}{
			{"JSON", func(w io.Writer) slog.Handler { return slog.NewJSONHandler(w, nil) }, parseJSON},
			{"Text", func(w io.Writer) slog.Handler { return slog.NewTextHandler(w, nil) }, parseText},
		} {
			t.Run(engine.name+"/"+format.name, func(t *testing.T) {
				var buf bytes.Buffer
				slogtest.Run(t,
					func(*testing.T) slog.Handler {
						buf.Reset()
						return slogredact.New(format.new(&buf), engine.opts...)
					},
					func(t *testing.T) map[string]any {
						m, err := format.parse(buf.Bytes())
						if err != nil {
							t.Fatal(err)
						}
						return m
					})
			})
		}
	}
}

func parseJSON(bs []byte) (map[string]any, error) {
	var m map[string]any
	if err := json.Unmarshal(bs, &m); err != nil {
		return nil, err
	}
	return m, nil
}

// parseText parses one line of TextHandler output. Like slog's own test
// helper it handles only the simple inputs slogtest uses: no quoted keys
// or values.
func parseText(bs []byte) (map[string]any, error) {
	top := map[string]any{}
	s := string(bytes.TrimSpace(bs))
	for len(s) > 0 {
		kv, rest, _ := strings.Cut(s, " ")
		k, value, found := strings.Cut(kv, "=")
		if !found {
			return nil, fmt.Errorf("no '=' in %q", kv)
		}
		keys := strings.Split(k, ".")
		m := top
		for _, key := range keys[:len(keys)-1] {
			x, ok := m[key]
			if !ok {
				x = map[string]any{}
				m[key] = x
			}
			m2, ok := x.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("value for %q in composite key %q is not a map", key, k)
			}
			m = m2
		}
		m[keys[len(keys)-1]] = value
		s = rest
	}
	return top, nil
}
