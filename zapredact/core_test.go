package zapredact_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/zapredact"
)

const (
	maskEmail = "[REDACTED:email]"
	maskCard  = "[REDACTED:credit-card]"
	maskKey   = "[REDACTED:sensitive-key]"
	maskPanic = "[REDACTED:panic]"
)

// observe logs through a wrapped observer core and returns what reached
// the observer.
func observe(t *testing.T, log func(*zap.Logger), opts ...zapredact.Option) []observer.LoggedEntry {
	t.Helper()
	obs, logs := observer.New(zap.DebugLevel)
	log(zap.New(zapredact.Wrap(obs, opts...)))
	return logs.AllUntimed()
}

type userJSON struct {
	Name     string `json:"name"`
	Email    string `json:"email"`
	Password string `json:"password,omitempty"`
	Card     int64  `json:"card_on_file"`
	Tags     []string
}

func TestFieldTypes(t *testing.T) {
	ghp := workload.GitHubToken
	when := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		field zap.Field
		want  map[string]any
	}{
		{"string/clean", zap.String("path", "/api/v1/orders/12345"), map[string]any{"path": "/api/v1/orders/12345"}},
		{"string/email", zap.String("to", "bob.smith@example.org"), map[string]any{"to": maskEmail}},
		{"string/token", zap.String("note", "used "+ghp), map[string]any{"note": "used [REDACTED:github-pat]"}},
		{"string/sensitive key", zap.String("db_password", "hunter2"), map[string]any{"db_password": maskKey}},
		{"bytestring", zap.ByteString("body", []byte("ssn 123-45-6789")), map[string]any{"body": "ssn [REDACTED:us-ssn]"}},
		{"bytestring/clean", zap.ByteString("body", []byte("ok")), map[string]any{"body": "ok"}},
		{"stringer", zap.Stringer("who", stringer("alice@example.com")), map[string]any{"who": maskEmail}},
		{"stringer/clean", zap.Stringer("who", stringer("alice")), map[string]any{"who": "alice"}},
		{"stringer/panic", zap.Stringer("who", panicker{}), map[string]any{"who": maskPanic}},
		{"stringer/nil pointer", zap.Stringer("who", (*nilStringer)(nil)), map[string]any{"who": "<nil>"}},
		{"error", zap.Error(fmt.Errorf("send to %s: %w", "alice@example.com", errors.New("refused"))),
			map[string]any{"error": "send to " + maskEmail + ": refused"}},
		{"error/clean", zap.Error(errors.New("refused")), map[string]any{"error": "refused"}},
		{"error/verbose", zap.NamedError("cause", verboseError{msg: "login failed", detail: "token " + ghp}),
			map[string]any{"cause": "login failed", "causeVerbose": "login failed\ntoken [REDACTED:github-pat]"}},
		{"error/verbose clean", zap.NamedError("cause", verboseError{msg: "m", detail: "d"}),
			map[string]any{"cause": "m", "causeVerbose": "m\nd"}},
		{"error/group", zap.Error(groupError{errors.New("a@example.com bounced"), nil, errors.New("timeout")}),
			map[string]any{
				"error":       maskEmail + " bounced\ntimeout",
				"errorCauses": []any{map[string]any{"error": maskEmail + " bounced"}, map[string]any{"error": "timeout"}},
			}},
		{"error/panic", zap.Error(panicker{}), map[string]any{"error": maskPanic}},
		{"int/card", zap.Int64("n", 4111111111111111), map[string]any{"n": maskCard}},
		{"int/not a card", zap.Int64("n", 4111111111111112), map[string]any{"n": int64(4111111111111112)}},
		{"int/sensitive key", zap.Int("otp", 123456), map[string]any{"otp": maskKey}},
		{"int/clean", zap.Int("status", 200), map[string]any{"status": int64(200)}},
		{"uint/card", zap.Uint64("n", 4111111111111111), map[string]any{"n": maskCard}},
		{"int32/sensitive key", zap.Int32("cvv", 123), map[string]any{"cvv": maskKey}},
		{"float/sensitive key", zap.Float64("secret", 1.5), map[string]any{"secret": maskKey}},
		{"float/card", zap.Float64("n", 4111111111111111), map[string]any{"n": maskCard}},
		{"float/clean", zap.Float64("duration_ms", 12.5), map[string]any{"duration_ms": 12.5}},
		{"bool/untouched", zap.Bool("password_set", true), map[string]any{"password_set": true}},
		{"duration/untouched", zap.Duration("token_ttl", time.Second), map[string]any{"token_ttl": time.Second}},
		{"duration/sensitive key", zap.Duration("secret", time.Second), map[string]any{"secret": maskKey}},
		{"time/untouched", zap.Time("token_issued", when), map[string]any{"token_issued": when}},
		{"time/sensitive key", zap.Time("session_id", when), map[string]any{"session_id": maskKey}},
		{"binary/text examined", zap.Binary("blob", []byte("a@example.com")), map[string]any{"blob": []byte(maskEmail)}},
		{"binary/opaque untouched", zap.Binary("blob", []byte{0xff, 0x00, 'a', '@', 'b'}), map[string]any{"blob": []byte{0xff, 0x00, 'a', '@', 'b'}}},
		{"reflect/struct", zap.Any("user", userJSON{Name: "bob", Email: "bob@example.com", Password: "pw", Card: 4111111111111111, Tags: []string{"x", "e@example.com"}}),
			map[string]any{"user": map[string]any{
				"name": "bob", "email": maskEmail, "password": maskKey, "card_on_file": maskCard,
				"Tags": []any{"x", maskEmail},
			}}},
		{"reflect/clean struct", zap.Any("user", userJSON{Name: "bob"}), map[string]any{"user": userJSON{Name: "bob"}}},
		{"reflect/map", zap.Any("headers", map[string]string{"Accept": "text/html", "Authorization": "Bearer abc", "X-Email": "a@example.com"}),
			map[string]any{"headers": map[string]any{"Accept": "text/html", "Authorization": "Bearer " + maskKey, "X-Email": maskEmail}}},
		{"reflect/slice", zap.Reflect("list", []any{"a@example.com", 1, true, nil, 2.5}),
			map[string]any{"list": []any{maskEmail, int64(1), true, nil, json.Number("2.5")}}},
		{"reflect/under sensitive key", zap.Any("credentials", map[string]any{"user": "bob", "pin": 1234}),
			map[string]any{"credentials": maskKey}},
		{"reflect/map keys", zap.Any("counts", map[string]int{"a@example.com": 1}),
			map[string]any{"counts": map[string]any{maskEmail: int64(1)}}},
		{"reflect/escaped", zap.Reflect("raw", json.RawMessage(`{"to":"alice\u0040example.com"}`)),
			map[string]any{"raw": map[string]any{"to": maskEmail}}},
		{"reflect/error", zap.Reflect("v", badJSON("a@example.com")),
			map[string]any{"vError": "json: error calling MarshalJSON for type zapredact_test.badJSON: lookup " + maskEmail}},
		{"reflect/panic", zap.Reflect("v", panicJSON{}), map[string]any{"v": maskPanic}},
		{"array/panic", zap.Array("a", zapcore.ArrayMarshalerFunc(func(enc zapcore.ArrayEncoder) error {
			enc.AppendString("alice@example.com")
			panic("boom")
		})), map[string]any{"a": maskPanic}},
		{"object", zap.Object("acct", account{Owner: "bob", Email: "bob@example.com", Balance: 10}),
			map[string]any{"acct": map[string]any{"owner": "bob", "email": maskEmail, "balance": int64(10)}}},
		{"object/clean", zap.Object("acct", account{Owner: "bob", Balance: 10}),
			map[string]any{"acct": map[string]any{"owner": "bob", "email": "", "balance": int64(10)}}},
		{"object/panic", zap.Object("acct", panicker{}), map[string]any{"acct": maskPanic}},
		{"object/error", zap.Object("obj", failingObject{}),
			map[string]any{"obj": map[string]any{"ok": "fine"}, "objError": "lookup of " + maskEmail + " failed"}},
		{"object/namespace", zap.Object("user", namespaced{}),
			map[string]any{"user": map[string]any{"id": "42", "auth": maskKey}}},
		{"dict", zap.Dict("req", zap.String("token", "abc"), zap.String("id", "7"), zap.Int64("card", 4111111111111111)),
			map[string]any{"req": map[string]any{"token": maskKey, "id": "7", "card": maskCard}}},
		{"dict/nested", zap.Dict("a", zap.Dict("b", zap.Error(errors.New("x@example.com")))),
			map[string]any{"a": map[string]any{"b": map[string]any{"error": maskEmail}}}},
		{"inline", zap.Inline(account{Owner: "bob", Email: "bob@example.com"}),
			map[string]any{"owner": "bob", "email": maskEmail, "balance": int64(0)}},
		{"strings", zap.Strings("to", []string{"ok", "a@example.com"}), map[string]any{"to": []any{"ok", maskEmail}}},
		{"strings/sensitive key", zap.Strings("token", []string{"a", "b"}), map[string]any{"token": maskKey}},
		{"array", zap.Array("cc", emails{"a@example.com", "b@example.com", "c"}), map[string]any{"cc": []any{maskEmail, maskEmail, "c"}}},
		{"objects", zap.Objects("accts", []account{{Owner: "a"}, {Owner: "b", Email: "b@example.com"}}),
			map[string]any{"accts": []any{
				map[string]any{"owner": "a", "email": "", "balance": int64(0)},
				map[string]any{"owner": "b", "email": maskEmail, "balance": int64(0)},
			}}},
		{"ints/card", zap.Int64s("ns", []int64{1, 4111111111111111}), map[string]any{"ns": []any{int64(1), maskCard}}},
		{"skip", zap.Skip(), map[string]any{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logs := observe(t, func(l *zap.Logger) { l.Info("m", tt.field) })
			if len(logs) != 1 {
				t.Fatalf("got %d entries, want 1", len(logs))
			}
			if diff := cmp.Diff(tt.want, decodeRaw(logs[0].ContextMap())); diff != "" {
				t.Errorf("ContextMap() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// decodeRaw decodes the redacted JSON that replaces a reflected value
// with something to mask, so that tests compare it as data.
func decodeRaw(m map[string]any) map[string]any {
	for k, v := range m {
		m[k] = decodeRawValue(v)
	}
	return m
}

func decodeRawValue(v any) any {
	switch x := v.(type) {
	case json.RawMessage:
		dec := json.NewDecoder(bytes.NewReader(x))
		dec.UseNumber()
		var out any
		if err := dec.Decode(&out); err != nil {
			return x
		}
		return decodeRawValue(out)
	case map[string]any:
		return decodeRaw(x)
	case []any:
		for i := range x {
			x[i] = decodeRawValue(x[i])
		}
	case json.Number:
		if n, err := x.Int64(); err == nil {
			return n
		}
	}
	return v
}

func TestMessage(t *testing.T) {
	logs := observe(t, func(l *zap.Logger) {
		l.Info(workload.DirtyMessage)
		l.Warn(workload.CleanMessage)
	})
	got := []string{logs[0].Message, logs[1].Message}
	want := []string{"login failed for " + maskEmail, workload.CleanMessage}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("messages mismatch (-want +got):\n%s", diff)
	}
}

func TestNamespace(t *testing.T) {
	var mu sync.Mutex
	var keys []string
	eng, err := patterns.New(patterns.WithObserver(func(o patterns.Observation) {
		mu.Lock()
		keys = append(keys, o.Layer+":"+o.Key)
		mu.Unlock()
	}))
	if err != nil {
		t.Fatal(err)
	}
	logs := observe(t, func(l *zap.Logger) {
		l.With(zap.Namespace("db"), zap.String("password", "hunter2")).
			Info("m", zap.String("email", "a@example.com"), zap.Namespace("user"), zap.String("token", "t"), zap.String("id", "u1"))
	}, zapredact.WithEngine(eng))
	want := map[string]any{"db": map[string]any{
		"password": maskKey,
		"email":    maskEmail,
		"user":     map[string]any{"token": maskKey, "id": "u1"},
	}}
	if diff := cmp.Diff(want, logs[0].ContextMap()); diff != "" {
		t.Errorf("ContextMap() mismatch (-want +got):\n%s", diff)
	}
	wantKeys := []string{"zap:db.password", "zap:db.email", "zap:db.user.token"}
	if diff := cmp.Diff(wantKeys, keys); diff != "" {
		t.Errorf("observed keys mismatch (-want +got):\n%s", diff)
	}
}

func TestObserverKeyPaths(t *testing.T) {
	var keys []string
	eng, err := patterns.New(patterns.WithObserver(func(o patterns.Observation) { keys = append(keys, o.Key) }))
	if err != nil {
		t.Fatal(err)
	}
	observe(t, func(l *zap.Logger) {
		l.Info("to bob@example.com",
			zap.Object("acct", account{Email: "a@example.com"}),
			zap.Any("user", map[string]any{"contact": map[string]string{"email": "b@example.com"}}),
			zap.Strings("cc", []string{"c@example.com"}),
		)
	}, zapredact.WithEngine(eng))
	want := []string{"msg", "acct.email", "user.contact.email", "cc"}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("observed keys mismatch (-want +got):\n%s", diff)
	}
}

func TestAllowedKeys(t *testing.T) {
	eng, err := patterns.New(patterns.WithAllowedKeys("support_email", "audit"))
	if err != nil {
		t.Fatal(err)
	}
	logs := observe(t, func(l *zap.Logger) {
		l.Info("m",
			zap.String("support_email", "help@example.com"),
			zap.Dict("audit", zap.String("by", "root@example.com")),
			zap.String("email", "x@example.com"))
	}, zapredact.WithEngine(eng))
	// An allowed key exempts its own value, not what is nested in it.
	want := map[string]any{
		"support_email": "help@example.com",
		"audit":         map[string]any{"by": maskEmail},
		"email":         maskEmail,
	}
	if diff := cmp.Diff(want, logs[0].ContextMap()); diff != "" {
		t.Errorf("ContextMap() mismatch (-want +got):\n%s", diff)
	}
}

func TestWithRedactsOnce(t *testing.T) {
	var n int
	var mu sync.Mutex
	eng, err := patterns.New(patterns.WithObserver(func(patterns.Observation) { mu.Lock(); n++; mu.Unlock() }))
	if err != nil {
		t.Fatal(err)
	}
	logs := observe(t, func(l *zap.Logger) {
		l = l.With(zap.String("email", "a@example.com"), zap.Object("acct", account{Email: "b@example.com"}))
		for range 3 {
			l.Info("m", zap.String("id", "1"))
		}
	}, zapredact.WithEngine(eng))
	if n != 2 {
		t.Errorf("engine masked %d values, want 2: With fields must be redacted once", n)
	}
	want := map[string]any{"email": maskEmail, "acct": map[string]any{"owner": "", "email": maskEmail, "balance": int64(0)}, "id": "1"}
	for i, e := range logs {
		if diff := cmp.Diff(want, e.ContextMap()); diff != "" {
			t.Errorf("entry %d ContextMap() mismatch (-want +got):\n%s", i, diff)
		}
	}
}

func TestCallerSliceUntouched(t *testing.T) {
	fields := workload.ZapFields(workload.DirtyFields)
	fields = append(fields, zap.Object("acct", account{Email: "a@example.com"}), zap.Error(errors.New("b@example.com")))
	before := append([]zap.Field(nil), fields...)
	core := zapredact.Wrap(plainCore())
	if err := core.Write(zapcore.Entry{Message: "m"}, fields); err != nil {
		t.Fatal(err)
	}
	core.With(fields)
	for i := range fields {
		if !fields[i].Equals(before[i]) {
			t.Errorf("field %d changed: %+v, was %+v", i, fields[i], before[i])
		}
	}
}

func TestLevels(t *testing.T) {
	obs, logs := observer.New(zap.WarnLevel)
	core := zapredact.Wrap(obs)
	if got := zapcore.LevelOf(core); got != zap.WarnLevel {
		t.Errorf("LevelOf() = %v, want %v", got, zap.WarnLevel)
	}
	if core.Enabled(zap.InfoLevel) || !core.Enabled(zap.ErrorLevel) {
		t.Errorf("Enabled does not follow the wrapped core's level")
	}
	if ce := core.Check(zapcore.Entry{Level: zap.InfoLevel}, nil); ce != nil {
		t.Errorf("Check(info) = %v, want nil", ce)
	}
	l := zap.New(core)
	if got := l.Level(); got != zap.WarnLevel {
		t.Errorf("Logger.Level() = %v, want %v", got, zap.WarnLevel)
	}
	l.Info("dropped a@example.com")
	l.Error("kept a@example.com")
	if logs.Len() != 1 || logs.All()[0].Message != "kept "+maskEmail {
		t.Errorf("got entries %+v, want one redacted error", logs.AllUntimed())
	}
	if err := core.Sync(); err != nil {
		t.Errorf("Sync() = %v", err)
	}
}

func TestWrapCollapses(t *testing.T) {
	core := zapredact.Wrap(plainCore())
	if got := zapredact.Wrap(core); got != core {
		t.Errorf("Wrap(Wrap(c)) built a second layer with the same engine")
	}
	other, err := patterns.New(patterns.WithDetectors("email"))
	if err != nil {
		t.Fatal(err)
	}
	if got := zapredact.Wrap(core, zapredact.WithEngine(other)); got == core {
		t.Errorf("Wrap with another engine returned the inner core")
	}
}
