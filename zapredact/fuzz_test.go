package zapredact_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/zapredact"
)

// FuzzCore logs arbitrary text through every kind of field and checks
// that nothing the engine would mask reaches the output, that the JSON
// stays valid, and that a plain string field is exactly what the engine
// makes of it.
func FuzzCore(f *testing.F) {
	f.Add(workload.DirtyMessage, "note", "key AKIAIOSFODNN7EXAMPLE used")
	f.Add("m", "password", "hunter2")
	f.Add("card 4111 1111 1111 1111", "ssn", "123-45-6789")
	f.Add("to alice\u0040example.com", "a.b", "\xff\xfe bob@example.com")
	f.Add("", "", workload.GitHubToken)
	eng := patterns.Default()
	f.Fuzz(func(t *testing.T, msg, key, value string) {
		var buf bytes.Buffer
		enc := zapcore.NewJSONEncoder(zapcore.EncoderConfig{MessageKey: "msg"})
		obs, logs := observer.New(zap.DebugLevel)
		tee := zapcore.NewTee(zapcore.NewCore(enc, zapcore.AddSync(&buf), zap.DebugLevel), obs)
		l := zap.New(zapredact.Wrap(tee))
		l.Info(msg,
			zap.String(key, value),
			zap.ByteString("bytes", []byte(value)),
			zap.Any("map", map[string]string{key: value}),
			zap.Dict("dict", zap.String(key, value)),
			zap.Strings("list", []string{value}),
			zap.Error(errors.New(value)),
			zap.Stringer("stringer", stringer(value)),
		)
		line := bytes.TrimSpace(buf.Bytes())
		var decoded map[string]any
		if err := json.Unmarshal(line, &decoded); err != nil {
			t.Fatalf("output is not JSON: %v\n%s", err, line)
		}
		if utf8.ValidString(msg) && utf8.ValidString(key) && utf8.ValidString(value) && !utf8.Valid(line) {
			t.Errorf("valid UTF-8 in, invalid out:\n%q", line)
		}
		walkStrings(decoded, func(s string) {
			if eng.Contains(s) {
				t.Errorf("output value %q still holds something to mask", s)
			}
		})
		if key == "" || strings.ContainsAny(key, ".") {
			return
		}
		want, _ := eng.RedactIn(patterns.Scope{Key: key}, value)
		entries := logs.AllUntimed()
		if len(entries) != 1 {
			t.Fatalf("observer got %d entries, want 1", len(entries))
		}
		got, ok := entries[0].ContextMap()[key]
		if !ok && key != "map" && key != "dict" && key != "list" {
			t.Fatalf("field %q missing from %v", key, entries[0].ContextMap())
		}
		if ok && isPlainKey(key) {
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("String(%q, %q) mismatch (-want +got):\n%s", key, value, diff)
			}
		}
	})
}

// isPlainKey reports whether key is not one of the other fields' keys,
// which would overwrite the String field in a ContextMap.
func isPlainKey(key string) bool {
	switch key {
	case "bytes", "map", "dict", "list", "error", "stringer", "errorVerbose", "errorCauses":
		return false
	}
	return true
}

func walkStrings(v any, fn func(string)) {
	switch v := v.(type) {
	case string:
		fn(v)
	case []any:
		for _, e := range v {
			walkStrings(e, fn)
		}
	case map[string]any:
		for _, e := range v {
			walkStrings(e, fn)
		}
	}
}
