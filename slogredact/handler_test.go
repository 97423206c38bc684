package slogredact_test

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/slogredact"
)

// deep is a leaf under n levels of nested structs.
func deep(n int, leaf string) *node {
	d := &node{Name: leaf}
	for range n {
		d = &node{Name: "level", Next: d}
	}
	return d
}

// deepJSON is the JSON of deep(n, leaf), decoded.
func deepJSON(n int, leaf string) any {
	if n == 0 {
		return map[string]any{"name": leaf, "next": nil}
	}
	return map[string]any{"name": "level", "next": deepJSON(n-1, leaf)}
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func TestHandler(t *testing.T) {
	calls := 0
	cycle := &node{Name: "loop"}
	cycle.Next = cycle
	dirtyCycle := &node{Name: "alice@example.com"}
	dirtyCycle.Next = dirtyCycle
	for _, tc := range []struct {
		name string
		log  func(*slog.Logger)
		want map[string]any
	}{
		{
			name: "message",
			log:  func(l *slog.Logger) { l.Info("login failed for alice@example.com") },
			want: map[string]any{"msg": "login failed for [REDACTED:email]"},
		},
		{
			name: "clean values untouched",
			log: func(l *slog.Logger) {
				l.Info(workload.CleanMessage, "path", "/api/v1/orders/12345", "status", 200, "ok", true,
					"took", time.Second, "ratio", 0.5, "max_tokens", 4096, "id", workload.RequestID)
			},
			want: map[string]any{
				"msg": workload.CleanMessage, "path": "/api/v1/orders/12345", "status": 200.0, "ok": true,
				"took": float64(time.Second), "ratio": 0.5, "max_tokens": 4096.0, "id": workload.RequestID,
			},
		},
		{
			name: "strings",
			log: func(l *slog.Logger) {
				l.Info("m", "email", "bob.smith@example.org", "card", "4111 1111 1111 1111",
					"ssn", "123-45-6789", "note", "key AKIAIOSFODNN7EXAMPLE used")
			},
			want: map[string]any{
				"msg": "m", "email": "[REDACTED:email]", "card": "[REDACTED:credit-card]",
				"ssn": "[REDACTED:us-ssn]", "note": "key [REDACTED:aws-access-key-id] used",
			},
		},
		{
			name: "sensitive keys",
			log:  func(l *slog.Logger) { l.Info("m", "password", "hunter2", "apiKey", "abc", "token_count", "12") },
			want: map[string]any{
				"msg": "m", "password": "[REDACTED:sensitive-key]", "apiKey": "[REDACTED:sensitive-key]", "token_count": "12",
			},
		},
		{
			name: "integers",
			log: func(l *slog.Logger) {
				l.Info("m", "n", 4111111111111111, "u", uint64(4111111111111111), "luhn_fails", 4111111111111112,
					"otp", 123456, "pin_password", 12.5, "count", 7)
			},
			want: map[string]any{
				"msg": "m", "n": "[REDACTED:credit-card]", "u": "[REDACTED:credit-card]", "luhn_fails": 4111111111111112.0,
				"otp": "[REDACTED:sensitive-key]", "pin_password": "[REDACTED:sensitive-key]", "count": 7.0,
			},
		},
		{
			name: "bytes",
			log:  func(l *slog.Logger) { l.Info("m", "body", []byte("mail alice@example.com"), "clean", []byte("ok")) },
			want: map[string]any{"msg": "m", "body": b64("mail [REDACTED:email]"), "clean": b64("ok")},
		},
		{
			name: "error",
			log: func(l *slog.Logger) {
				l.Info("m", "err", fmt.Errorf("lookup: %w", errors.New("user alice@example.com not found")))
			},
			want: map[string]any{"msg": "m", "err": "lookup: user [REDACTED:email] not found"},
		},
		{
			name: "error and LogValuer",
			log:  func(l *slog.Logger) { l.Info("m", "err", authError{user: "alice@example.com"}) },
			want: map[string]any{"msg": "m", "err": map[string]any{"user": "[REDACTED:email]", "reason": "bad password"}},
		},
		{
			name: "Stringer",
			// The JSON handler writes what encoding/json writes, the text
			// handler the redacted String (see TestTextView).
			log:  func(l *slog.Logger) { l.Info("m", "h", handle{email: "alice@example.com"}) },
			want: map[string]any{"msg": "m", "h": map[string]any{}},
		},
		{
			name: "json.Marshaler",
			log:  func(l *slog.Logger) { l.Info("m", "u", rawUser{}) },
			want: map[string]any{"msg": "m", "u": map[string]any{"email": "[REDACTED:email]"}},
		},
		{
			name: "LogValuer",
			log:  func(l *slog.Logger) { l.Info("m", "v", lazy{v: "alice@example.com", calls: &calls}) },
			want: map[string]any{"msg": "m", "v": "[REDACTED:email]"},
		},
		{
			name: "LogValuer that never resolves",
			log:  func(l *slog.Logger) { l.Info("m", "v", selfValuer{}) },
			want: map[string]any{"msg": "m", "v": "LogValue called too many times on Value of type slogredact_test.selfValuer"},
		},
		{
			name: "panics",
			log: func(l *slog.Logger) {
				l.Info("m", "lv", panicLogValuer{}, "s", panicStringer{}, "e", panicError{}, "j", panicMarshaler{}, "ok", "kept")
			},
			want: map[string]any{
				"msg": "m", "lv": "[REDACTED:panic]", "s": "[REDACTED:panic]", "e": "[REDACTED:panic]",
				"j": "[REDACTED:panic]", "ok": "kept",
			},
		},
		{
			name: "groups",
			log: func(l *slog.Logger) {
				l.Info("m", slog.Group("db",
					slog.String("password", "x"), slog.String("host", "db1"),
					slog.Group("conn", slog.String("dsn", "postgres://u:p@h/db"), slog.String("user", "alice@example.com"))),
					slog.Group("", slog.String("secret", "inline")))
			},
			want: map[string]any{
				"msg": "m",
				"db": map[string]any{
					"password": "[REDACTED:sensitive-key]", "host": "db1",
					"conn": map[string]any{"dsn": "postgres://u:[REDACTED:url-credentials]@h/db", "user": "[REDACTED:email]"},
				},
				"secret": "[REDACTED:sensitive-key]",
			},
		},
		{
			name: "WithGroup path",
			log: func(l *slog.Logger) {
				l.WithGroup("db").WithGroup("").Info("m", "password", "x", "host", "db1", "n", 4111111111111111)
			},
			want: map[string]any{
				"msg": "m",
				"db":  map[string]any{"password": "[REDACTED:sensitive-key]", "host": "db1", "n": "[REDACTED:credit-card]"},
			},
		},
		{
			name: "WithAttrs",
			log: func(l *slog.Logger) {
				l.With("password", "x", "user", "alice@example.com").WithGroup("req").With("token", "t").Info("m", "id", "1")
			},
			want: map[string]any{
				"msg": "m", "password": "[REDACTED:sensitive-key]", "user": "[REDACTED:email]",
				"req": map[string]any{"token": "[REDACTED:sensitive-key]", "id": "1"},
			},
		},
		{
			name: "struct",
			log: func(l *slog.Logger) {
				l.Info("m", "acct", account{
					Name: "bob", Email: "bob@example.org", Password: "pw", APIKey: "k",
					Tags: []string{"ok", "alice@example.com"}, Meta: map[string]string{"ssn": "1", "plan": "pro"},
					Card: 4111111111111111, Internal: "i", note: "n",
					address: &address{City: "Springfield", Line: "mail alice@example.com"},
				})
			},
			want: map[string]any{"msg": "m", "acct": map[string]any{
				"name": "bob", "email": "[REDACTED:email]", "password": "[REDACTED:sensitive-key]",
				"APIKey": "[REDACTED:sensitive-key]", "tags": []any{"ok", "[REDACTED:email]"},
				"meta": map[string]any{"plan": "pro", "ssn": "[REDACTED:sensitive-key]"},
				"card": "[REDACTED:credit-card]", "city": "Springfield", "line": "mail [REDACTED:email]",
			}},
		},
		{
			name: "clean struct kept as is",
			log:  func(l *slog.Logger) { l.Info("m", "acct", &account{Name: "bob", address: &address{City: "x"}}) },
			want: map[string]any{"msg": "m", "acct": map[string]any{
				"name": "bob", "password": "", "APIKey": "", "city": "x", "line": "",
			}},
		},
		{
			name: "unexported field with a finding",
			log:  func(l *slog.Logger) { l.Info("m", "acct", account{Name: "bob", note: "alice@example.com"}) },
			want: map[string]any{"msg": "m", "acct": map[string]any{"name": "bob", "password": "", "APIKey": ""}},
		},
		{
			name: "map slice pointer",
			log: func(l *slog.Logger) {
				email := "alice@example.com"
				l.Info("m", "m", map[string]any{"to": email, "n": 1, "alice@example.com": true},
					"s", []any{"ok", &email, []string{email}}, "p", &email)
			},
			want: map[string]any{
				"msg": "m",
				"m":   map[string]any{"to": "[REDACTED:email]", "n": 1.0, "[REDACTED:email]": true},
				"s":   []any{"ok", "[REDACTED:email]", []any{"[REDACTED:email]"}},
				"p":   "[REDACTED:email]",
			},
		},
		{
			name: "pointer cycle",
			log:  func(l *slog.Logger) { l.Info("m", "n", cycle) },
			// encoding/json refuses a cycle, and so slog's handler: the
			// walk stops at it, having found nothing.
			want: map[string]any{"msg": "m", "n": "!ERROR:json: unsupported value: encountered a cycle via *slogredact_test.node"},
		},
		{
			name: "pointer cycle with a finding",
			log:  func(l *slog.Logger) { l.Info("m", "n", dirtyCycle) },
			want: map[string]any{"msg": "m", "n": "!ERROR:json: unsupported value: encountered a cycle via *slogredact_test.node"},
		},
		{
			name: "clean data deeper than any cut",
			log:  func(l *slog.Logger) { l.Info("m", "d", deep(100, "ok")) },
			want: map[string]any{"msg": "m", "d": deepJSON(100, "ok")},
		},
		{
			name: "dirty data deep down",
			log:  func(l *slog.Logger) { l.Info("m", "d", deep(100, "alice@example.com")) },
			want: map[string]any{"msg": "m", "d": deepJSON(100, "[REDACTED:email]")},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := logJSON(t, nil, tc.log)
			if len(got) != 1 {
				t.Fatalf("got %d lines, want 1", len(got))
			}
			delete(got[0], "level")
			if diff := cmp.Diff(tc.want, got[0]); diff != "" {
				t.Errorf("JSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
	if calls != 1 {
		t.Errorf("LogValue called %d times, want 1", calls)
	}
}

// TestDirtyEvent logs the standard DIRTY event and checks that none of
// its secrets survive while its clean parts do, byte for byte.
func TestDirtyEvent(t *testing.T) {
	for _, ev := range []struct {
		name   string
		msg    string
		fields []workload.Field
	}{
		{"clean", workload.CleanMessage, workload.CleanFields},
		{"dirty", workload.DirtyMessage, workload.DirtyFields},
	} {
		t.Run(ev.name, func(t *testing.T) {
			var out strings.Builder
			l := slog.New(slogredact.New(slog.NewJSONHandler(&out, nil)))
			l.LogAttrs(context.Background(), slog.LevelInfo, ev.msg, attrsOf(ev.fields)...)
			if found := secretsIn(out.String(), workload.Secrets); found != nil {
				t.Errorf("secrets survived: %q in %s", found, out.String())
			}
			for _, s := range workload.Intact {
				if s == workload.CleanMessage && ev.msg != s {
					continue
				}
				if !strings.Contains(out.String(), s) {
					t.Errorf("%q was altered: %s", s, out.String())
				}
			}
		})
	}
}

func attrsOf(fields []workload.Field) []slog.Attr {
	as := make([]slog.Attr, len(fields))
	for i, f := range fields {
		as[i] = slog.Any(f.Key, f.Value)
	}
	return as
}

// TestKeyPaths checks that key rules see the group path, not the leaf
// key alone, for keys a user configured.
func TestKeyPaths(t *testing.T) {
	e, err := patterns.New(patterns.WithSensitiveKeys("db_host"), patterns.WithAllowedKeys("trace.email"))
	if err != nil {
		t.Fatal(err)
	}
	got := logJSON(t, []slogredact.Option{slogredact.WithEngine(e)}, func(l *slog.Logger) {
		l.Info("m", "host", "h1", slog.Group("db", "host", "h2"), slog.Group("trace", "email", "a@example.com"), "email", "b@example.com")
		l.WithGroup("db").Info("m", "host", "h3")
	})
	want := []map[string]any{
		{"level": "INFO", "msg": "m", "host": "h1", "db": map[string]any{"host": "[REDACTED:sensitive-key]"},
			"trace": map[string]any{"email": "a@example.com"}, "email": "[REDACTED:email]"},
		{"level": "INFO", "msg": "m", "db": map[string]any{"host": "[REDACTED:sensitive-key]"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON mismatch (-want +got):\n%s", diff)
	}
}

// TestWithoutKeyRules checks that an engine built without the
// sensitive-key detector masks nothing for its key alone, inside groups
// as at the top level, while its allow list still holds.
func TestWithoutKeyRules(t *testing.T) {
	e, err := patterns.New(patterns.WithoutDetectors("sensitive-key"), patterns.WithAllowedKeys("email"))
	if err != nil {
		t.Fatal(err)
	}
	got := logJSON(t, []slogredact.Option{slogredact.WithEngine(e)}, func(l *slog.Logger) {
		l.Info("m", "password", "x", "contact", "b@example.com", slog.Group("db", "password", "y", "email", "a@example.com"))
	})
	want := []map[string]any{{"level": "INFO", "msg": "m", "password": "x", "contact": "[REDACTED:email]",
		"db": map[string]any{"password": "y", "email": "a@example.com"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON mismatch (-want +got):\n%s", diff)
	}
}

// TestObserver checks that observations name the layer and the full key
// path, once per masked value, and that WithAttrs redacts once.
func TestObserver(t *testing.T) {
	var got []patterns.Observation
	e, err := patterns.New(patterns.WithObserver(func(o patterns.Observation) { got = append(got, o) }))
	if err != nil {
		t.Fatal(err)
	}
	l := slog.New(slogredact.New(slog.NewJSONHandler(&strings.Builder{}, nil), slogredact.WithEngine(e)))
	l = l.With("password", "x")
	for range 3 {
		l.WithGroup("db").Info("m", slog.Group("conn", "user", "alice@example.com"), "ok", "1")
	}
	want := []patterns.Observation{{DetectorID: "sensitive-key", Category: patterns.Secret, Key: "password", Layer: "slog"}}
	for range 3 {
		want = append(want, patterns.Observation{DetectorID: "email", Category: patterns.PII, Key: "db.conn.user", Layer: "slog"})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("observations mismatch (-want +got):\n%s", diff)
	}
}

// TestRecordsIn checks what reaches the wrapped handler: a clean record
// as it came, a dirty one rebuilt with every attribute in order, and the
// caller's record left as it was.
func TestRecordsIn(t *testing.T) {
	ctx := context.Background()
	calls := 0
	for _, tc := range []struct {
		name  string
		attrs []slog.Attr
		msg   string
		want  map[string]any
	}{
		{
			name:  "clean",
			msg:   "ok",
			attrs: []slog.Attr{slog.String("a", "1"), slog.Int("b", 2), slog.Group("g", slog.String("c", "3"))},
			want:  map[string]any{"msg": "ok", "a": "1", "b": int64(2), "g": map[string]any{"c": "3"}},
		},
		{
			name: "dirty, more attrs than a record holds inline",
			msg:  "to alice@example.com",
			attrs: []slog.Attr{
				slog.String("a", "1"), slog.String("b", "2"), slog.String("c", "3"), slog.String("d", "4"),
				slog.String("e", "5"), slog.String("f", "6"), slog.String("password", "x"), slog.String("h", "8"),
			},
			want: map[string]any{
				"msg": "to [REDACTED:email]", "a": "1", "b": "2", "c": "3", "d": "4", "e": "5", "f": "6",
				"password": "[REDACTED:sensitive-key]", "h": "8",
			},
		},
		{
			name:  "LogValuer is resolved once",
			msg:   "ok",
			attrs: []slog.Attr{slog.Any("v", lazy{v: "clean", calls: &calls}), slog.String("a", "1")},
			want:  map[string]any{"msg": "ok", "v": "clean", "a": "1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := newRecorder()
			h := slogredact.New(rec)
			r := slog.NewRecord(time.Now(), slog.LevelInfo, tc.msg, 0)
			r.AddAttrs(tc.attrs...)
			before := recordTree(r)
			for range 2 {
				if err := h.Handle(ctx, r); err != nil {
					t.Fatal(err)
				}
			}
			if diff := cmp.Diff(tc.want, recordTree(rec.last())); diff != "" {
				t.Errorf("record in next mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(before, recordTree(r), cmp.AllowUnexported(lazy{})); diff != "" {
				t.Errorf("caller's record changed (-before +after):\n%s", diff)
			}
			if got := rec.last().Time; !got.Equal(r.Time) {
				t.Errorf("time = %v, want %v", got, r.Time)
			}
		})
	}
	if calls != 2 {
		t.Errorf("LogValue called %d times for 2 records, want 2", calls)
	}
}

// TestValuesNotMutated checks that redaction never writes to what the
// caller logged.
func TestValuesNotMutated(t *testing.T) {
	acct := &account{Name: "bob", Email: "bob@example.org", Tags: []string{"alice@example.com"}, Meta: map[string]string{"password": "x"}}
	body := []byte("mail alice@example.com")
	attrs := []slog.Attr{slog.String("password", "x"), slog.Any("acct", acct)}
	wantAcct := &account{Name: "bob", Email: "bob@example.org", Tags: []string{"alice@example.com"}, Meta: map[string]string{"password": "x"}}
	wantAttrs := tree(attrs)

	l := slog.New(slogredact.New(slog.NewJSONHandler(&strings.Builder{}, nil)))
	slog.New(l.Handler().WithAttrs(attrs)).Info("m", "acct", acct, "body", body)

	if diff := cmp.Diff(wantAcct, acct, cmp.AllowUnexported(account{})); diff != "" {
		t.Errorf("logged struct changed (-want +got):\n%s", diff)
	}
	if string(body) != "mail alice@example.com" {
		t.Errorf("logged []byte changed to %q", body)
	}
	if diff := cmp.Diff(wantAttrs, tree(attrs), cmp.AllowUnexported(account{})); diff != "" {
		t.Errorf("WithAttrs slice changed (-want +got):\n%s", diff)
	}
}

func TestWithGroupEmptyReturnsReceiver(t *testing.T) {
	h := slogredact.New(slog.NewJSONHandler(&strings.Builder{}, nil))
	if got := h.WithGroup(""); got != slog.Handler(h) {
		t.Errorf("WithGroup(\"\") = %p, want the receiver %p", got, h)
	}
	if got := h.WithAttrs(nil); got != slog.Handler(h) {
		t.Errorf("WithAttrs(nil) = %p, want the receiver %p", got, h)
	}
}

func TestNew(t *testing.T) {
	next := slog.NewJSONHandler(&strings.Builder{}, nil)
	h := slogredact.New(next)
	if h.Handler() != slog.Handler(next) {
		t.Errorf("Handler() = %v, want the wrapped handler", h.Handler())
	}
	if got := slogredact.New(h); got != h {
		t.Errorf("New(h) with the same engine = %p, want h %p", got, h)
	}
	e, err := patterns.New(patterns.WithMask(patterns.FixedMask("***")))
	if err != nil {
		t.Fatal(err)
	}
	if got := slogredact.New(h, slogredact.WithEngine(e)); got == h || got.Handler() != slog.Handler(h) {
		t.Errorf("New(h) with another engine must wrap h, got %p wrapping %v", got, got.Handler())
	}
	defer func() {
		if recover() == nil {
			t.Error("New(nil) did not panic")
		}
	}()
	slogredact.New(nil)
}

// levelHandler enables only its level and above and counts Enabled calls.
type levelHandler struct {
	slog.Handler
	level slog.Level
	calls *int
}

func (h levelHandler) Enabled(_ context.Context, l slog.Level) bool {
	*h.calls++
	return l >= h.level
}

func TestEnabledDelegates(t *testing.T) {
	calls := 0
	h := slogredact.New(levelHandler{Handler: slog.NewJSONHandler(&strings.Builder{}, nil), level: slog.LevelWarn, calls: &calls})
	ctx := context.Background()
	for _, tc := range []struct {
		level slog.Level
		want  bool
	}{{slog.LevelInfo, false}, {slog.LevelWarn, true}, {slog.LevelError, true}} {
		if got := h.Enabled(ctx, tc.level); got != tc.want {
			t.Errorf("Enabled(%v) = %v, want %v", tc.level, got, tc.want)
		}
	}
	if calls != 3 {
		t.Errorf("wrapped Enabled called %d times, want 3", calls)
	}
}

// TestTextHandler checks that a rebuilt struct reads, in text output, as
// fmt prints a struct.
func TestTextHandler(t *testing.T) {
	var out strings.Builder
	l := slog.New(slogredact.New(slog.NewTextHandler(&out, &slog.HandlerOptions{ReplaceAttr: removeTime})))
	l.Info("m", "acct", account{Name: "bob", Email: "bob@example.org"}, "body", []byte("to alice@example.com"))
	want := `level=INFO msg=m acct="{name:bob email:[REDACTED:email] password: APIKey:}" body="to [REDACTED:email]"` + "\n"
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("text mismatch (-want +got):\n%s", diff)
	}
}
