//go:build !binary_log

package zerologredact_test

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
	"github.com/logredact/logredact/zerologredact"
	"github.com/rs/zerolog"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

type card struct{ Number, Holder string }

// TestGolden logs events through the writer and compares the output with
// testdata/<name>.golden; go test -update rewrites them.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		log  func(l zerolog.Logger)
		raw  string
	}{
		{name: "clean", log: func(l zerolog.Logger) {
			workload.ZerologFields(l.Info(), workload.CleanFields).Msg(workload.CleanMessage)
		}},
		{name: "dirty", log: func(l zerolog.Logger) {
			workload.ZerologFields(l.Info(), workload.DirtyFields).Msg(workload.DirtyMessage)
		}},
		{name: "dict_and_array", log: func(l zerolog.Logger) {
			l.Info().
				Dict("db", zerolog.Dict().Str("host", "db1").Str("password", "hunter2").Dict("auth", zerolog.Dict().Int("n", 1))).
				Strs("to", []string{"a@example.com", "ok"}).
				Ints64("cards", []int64{4111111111111111, 42}).
				Int64("pin_token", 1234).
				Bool("auth", true).
				Msg("sent")
		}},
		{name: "interface_and_raw", log: func(l zerolog.Logger) {
			l.Warn().
				Interface("card", card{Number: "4111 1111 1111 1111", Holder: `Bob "B" <bob@example.org>`}).
				RawJSON("raw", []byte(`{"email":"alice\u0040example.com","url":"https:\/\/x\/y"}`)).
				Str("quote", `he said "alice@example.com"`).
				Send()
		}},
		{name: "error_and_context", log: func(l zerolog.Logger) {
			l = l.With().Str("service", "api").Str("api_key", "k-123").Logger()
			l.Error().Err(errors.New("dial carol@example.net: refused")).Msg("retrying")
		}},
		{name: "unicode", log: func(l zerolog.Logger) {
			l.Info().Str("name", "Zoë \U0001F600").Str("ctl", "a\tb\x01").Str("email", "zoe@example.com").Msg("ünïcode")
		}},
		{name: "plain_line", raw: "plain line for alice@example.com\n"},
		{name: "truncated", raw: `{"level":"info","email":"alice\u0040example.com`},
		{name: "cbor_looking", raw: "\xbf\x65email\x71alice@example.com\xff"},
		{name: "nested_json_string", log: func(l zerolog.Logger) {
			l.Info().Str("body", `{"email":"alice\u0040example.com","n":1}`).Msg("payload")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := zerologredact.New(&buf)
			if tt.raw != "" {
				// Not every write is an event zerolog encoded.
				if _, err := w.Write([]byte(tt.raw)); err != nil {
					t.Fatal(err)
				}
			} else {
				tt.log(zerolog.New(w))
			}
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), buf.String()); diff != "" {
				t.Errorf("output mismatch (-want +got):\n%s", diff)
			}
			for _, s := range workload.Secrets {
				if strings.Contains(buf.String(), s) {
					t.Errorf("secret %q survived: %s", s, buf.String())
				}
			}
		})
	}
}

// TestCleanIsByteIdentical checks that a clean event reaches the inner
// writer exactly as zerolog wrote it.
func TestCleanIsByteIdentical(t *testing.T) {
	var plain, redacted bytes.Buffer
	for _, w := range []struct {
		buf *bytes.Buffer
		w   io.Writer
	}{{&plain, &plain}, {&redacted, zerologredact.New(&redacted)}} {
		l := zerolog.New(w.w)
		workload.ZerologFields(l.Info(), workload.CleanFields).Msg(workload.CleanMessage)
		l.Info().RawJSON("j", []byte(`{"a":"\u00e9\/","b":[1,2.5e3,null]}`)).Msg("x")
	}
	if diff := cmp.Diff(plain.String(), redacted.String()); diff != "" {
		t.Errorf("clean events changed (-plain +redacted):\n%s", diff)
	}
}

func TestWriterContract(t *testing.T) {
	dirty := []byte(`{"level":"warn","message":"to alice@example.com"}` + "\n")
	want := `{"level":"warn","message":"to [REDACTED:email]"}` + "\n"
	rec := &recorder{n: -1}
	w := zerologredact.New(rec)

	n, err := w.WriteLevel(zerolog.WarnLevel, dirty)
	if n != len(dirty) || err != nil {
		t.Errorf("WriteLevel = %d, %v; want %d, nil", n, err, len(dirty))
	}
	n, err = w.Write(dirty)
	if n != len(dirty) || err != nil {
		t.Errorf("Write = %d, %v; want %d, nil", n, err, len(dirty))
	}
	if diff := cmp.Diff([]string{want, want}, rec.writes); diff != "" {
		t.Errorf("one redacted write per event mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]zerolog.Level{zerolog.WarnLevel, zerolog.NoLevel - 1}, rec.levels); diff != "" {
		t.Errorf("WriteLevel must reach the inner WriteLevel, Write its Write (-want +got):\n%s", diff)
	}

	// The writer keeps nothing of p: scribbling over it after the call
	// changes nothing written.
	for i := range dirty {
		dirty[i] = 'x'
	}
	if rec.writes[0] != want {
		t.Errorf("output changed after the caller reused p: %q", rec.writes[0])
	}

	if err := w.Close(); err != nil || !rec.closed {
		t.Errorf("Close = %v, inner closed = %v; want nil, true", err, rec.closed)
	}
	if err := zerologredact.New(io.Discard).Close(); err != nil {
		t.Errorf("Close of a writer around a non-Closer = %v, want nil", err)
	}
}

func TestWriterErrors(t *testing.T) {
	boom := errors.New("boom")
	for _, in := range []string{`{"m":"ok"}`, `{"m":"alice@example.com"}`} {
		w := zerologredact.New(&recorder{n: 0, err: boom})
		if n, err := w.Write([]byte(in)); n != 0 || !errors.Is(err, boom) {
			t.Errorf("Write(%s) to a failing writer = %d, %v; want 0, boom", in, n, err)
		}
		w = zerologredact.New(&recorder{n: 3})
		if n, err := w.Write([]byte(in)); n != 0 || !errors.Is(err, io.ErrShortWrite) {
			t.Errorf("Write(%s) to a short writer = %d, %v; want 0, ErrShortWrite", in, n, err)
		}
	}
}

// TestMultiLevelWriter checks the writer inside zerolog.MultiLevelWriter,
// which turns a returned length other than len(p) into an error.
func TestMultiLevelWriter(t *testing.T) {
	var a, b bytes.Buffer
	var errs []error
	zerolog.ErrorHandler = func(err error) { errs = append(errs, err) }
	defer func() { zerolog.ErrorHandler = nil }()
	l := zerolog.New(zerolog.MultiLevelWriter(zerologredact.New(&a), zerologredact.New(&b)))
	l.Info().Str("email", "bob@example.org").Msg("hi")
	want := `{"level":"info","email":"[REDACTED:email]","message":"hi"}` + "\n"
	if a.String() != want || b.String() != want || len(errs) != 0 {
		t.Errorf("MultiLevelWriter got %q and %q, errors %v; want %q twice", a.String(), b.String(), errs, want)
	}
}

func TestConsoleWriterInside(t *testing.T) {
	var buf bytes.Buffer
	cw := zerolog.ConsoleWriter{Out: &buf, NoColor: true, PartsExclude: []string{zerolog.TimestampFieldName}}
	l := zerolog.New(zerologredact.New(cw))
	l.Info().Str("email", "bob@example.org").Msg("login alice@example.com")
	want := "INF login [REDACTED:email] email=[REDACTED:email]\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("console output mismatch (-want +got):\n%s", diff)
	}
}

// TestMessageFieldName checks that the message is found under the name
// zerolog uses at the time of the write, and scanned as a message.
func TestMessageFieldName(t *testing.T) {
	old := zerolog.MessageFieldName
	zerolog.MessageFieldName = "msg"
	defer func() { zerolog.MessageFieldName = old }()
	var keys []string
	e, err := patterns.New(patterns.WithObserver(func(o patterns.Observation) { keys = append(keys, o.Layer+":"+o.Key) }))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	l := zerolog.New(zerologredact.New(&buf, zerologredact.WithEngine(e)))
	l.Info().Str("to", "bob@example.org").Msg("login alice@example.com")
	if want := `{"level":"info","to":"[REDACTED:email]","msg":"login [REDACTED:email]"}` + "\n"; buf.String() != want {
		t.Errorf("got %s, want %s", buf.String(), want)
	}
	// The message is observed under "msg" in every layer.
	if diff := cmp.Diff([]string{"zerolog:to", "zerolog:msg"}, keys); diff != "" {
		t.Errorf("observed keys mismatch (-want +got):\n%s", diff)
	}
}
