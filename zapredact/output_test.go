package zapredact_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/zapredact"
)

// TestEncoders checks the redacted output of zap's own encoders, through
// zap.New, for the standard DIRTY event.
func TestEncoders(t *testing.T) {
	encoders := []struct {
		name string
		enc  zapcore.Encoder
	}{
		{"json", zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig())},
		{"console", zapcore.NewConsoleEncoder(zap.NewDevelopmentEncoderConfig())},
	}
	for _, e := range encoders {
		t.Run(e.name, func(t *testing.T) {
			var buf bytes.Buffer
			l := zap.New(zapcore.NewCore(e.enc, zapcore.AddSync(&buf), zap.DebugLevel), zapredact.WrapCore())
			l = l.With(zap.String("svc", "api"))
			l.Info(workload.DirtyMessage, workload.ZapFields(workload.DirtyFields)...)
			l.Info(workload.CleanMessage, workload.ZapFields(workload.CleanFields)...)
			out := buf.String()
			for _, s := range workload.Secrets {
				if strings.Contains(out, s) {
					t.Errorf("output holds %q:\n%s", s, out)
				}
			}
			for _, s := range append(workload.Intact, `"svc":"api"`) {
				if e.name == "console" && strings.HasPrefix(s, `"svc"`) {
					s = `"svc": "api"`
				}
				if !strings.Contains(out, s) {
					t.Errorf("output lost %q:\n%s", s, out)
				}
			}
			if e.name == "json" {
				for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
					if !json.Valid([]byte(line)) {
						t.Errorf("output line is not JSON:\n%s", line)
					}
				}
			}
		})
	}
}

// jsonLine logs one entry through core built on a JSON encoder without
// time, and returns the line.
func jsonLine(wrap bool, msg string, fields ...zap.Field) string {
	var buf bytes.Buffer
	var core zapcore.Core = zapcore.NewCore(
		zapcore.NewJSONEncoder(zapcore.EncoderConfig{MessageKey: "msg", LevelKey: "level", EncodeLevel: zapcore.LowercaseLevelEncoder, EncodeDuration: zapcore.StringDurationEncoder, EncodeTime: zapcore.RFC3339NanoTimeEncoder}),
		zapcore.AddSync(&buf), zap.DebugLevel)
	if wrap {
		core = zapredact.Wrap(core)
	}
	zap.New(core).Info(msg, fields...)
	return buf.String()
}

// TestReplayMatchesZap checks that a redacted field is written exactly as
// zap writes the same value with the secrets already masked: replays keep
// types, order, namespaces and marshaler errors.
func TestReplayMatchesZap(t *testing.T) {
	when := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	mixed := func(email string) zapcore.ObjectMarshalerFunc {
		return func(enc zapcore.ObjectEncoder) error {
			enc.AddString("email", email)
			enc.AddInt8("i8", -3)
			enc.AddUint16("u16", 7)
			enc.AddFloat32("f32", 1.5)
			enc.AddBool("ok", true)
			enc.AddDuration("d", time.Second)
			enc.AddTime("t", when)
			enc.AddComplex64("c", 1+2i)
			enc.AddBinary("bin", []byte{1, 2})
			enc.AddByteString("bs", []byte("x"))
			_ = enc.AddReflected("r", map[string]int{"a": 1})
			_ = enc.AddArray("arr", zapcore.ArrayMarshalerFunc(func(a zapcore.ArrayEncoder) error {
				a.AppendString(email)
				a.AppendInt(1)
				a.AppendTime(when)
				return a.AppendObject(zapcore.ObjectMarshalerFunc(func(o zapcore.ObjectEncoder) error {
					o.AddString("e", email)
					return nil
				}))
			}))
			enc.OpenNamespace("ns")
			enc.AddString("after", email)
			return nil
		}
	}
	tests := []struct {
		name        string
		dirty, want zap.Field
	}{
		{"object with every type", zap.Object("o", mixed("a@example.com")), zap.Object("o", mixed(maskEmail))},
		{"inline", zap.Inline(mixed("a@example.com")), zap.Inline(mixed(maskEmail))},
		{"object error", zap.Object("obj", failingObject{}), zap.Object("obj", zapcore.ObjectMarshalerFunc(func(enc zapcore.ObjectEncoder) error {
			enc.AddString("ok", "fine")
			return errors.New("lookup of " + maskEmail + " failed")
		}))},
		{"reflected struct", zap.Any("u", userJSON{Name: "n", Email: "a@example.com", Tags: []string{}}),
			zap.Any("u", userJSON{Name: "n", Email: maskEmail, Tags: []string{}})},
		{"error verbose", zap.Error(verboseError{msg: "a@example.com", detail: "d"}), zap.Error(verboseError{msg: maskEmail, detail: "d"})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := jsonLine(true, "m", tt.dirty)
			want := jsonLine(false, "m", tt.want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("JSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCleanOutputIdentical checks that an entry with nothing to mask is
// written byte for byte as plain zap writes it.
func TestCleanOutputIdentical(t *testing.T) {
	fields := append(workload.ZapFields(workload.CleanFields),
		zap.Object("acct", account{Owner: "bob", Balance: 3}),
		zap.Any("user", userJSON{Name: "bob", Tags: []string{"a"}}),
		zap.Error(verboseError{msg: "m", detail: "d"}),
		zap.Stringer("lvl", zap.WarnLevel),
		zap.Namespace("ns"),
		zap.Strings("tags", []string{"a", "b"}),
		zap.Int64s("ns", []int64{1, 2}),
	)
	if diff := cmp.Diff(jsonLine(false, workload.CleanMessage, fields...), jsonLine(true, workload.CleanMessage, fields...)); diff != "" {
		t.Errorf("JSON mismatch (-plain +wrapped):\n%s", diff)
	}
}
