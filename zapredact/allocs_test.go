package zapredact_test

import (
	"errors"
	"testing"

	"go.uber.org/zap"

	"github.com/logredact/logredact/internal/testutil"
	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/zapredact"
)

// TestCleanAllocs pins the promise that an entry with nothing to mask
// costs no allocation beyond what plain zap spends on it.
func TestCleanAllocs(t *testing.T) {
	clean := workload.ZapFields(workload.CleanFields)
	tests := []struct {
		name   string
		logger func(*zap.Logger) *zap.Logger
		fields []zap.Field
	}{
		{"clean event", nil, clean},
		{"message only", nil, nil},
		{"with namespace", func(l *zap.Logger) *zap.Logger {
			return l.With(zap.Namespace("http"), zap.String("svc", "api"))
		}, clean},
		{"namespace in fields", nil, append([]zap.Field{zap.Namespace("http")}, clean...)},
		{"nested namespaces in fields", nil, append([]zap.Field{zap.Namespace("http"), zap.Namespace("req")}, clean...)},
		{"large integers", nil, []zap.Field{zap.Int64("ts_ns", 1714564800000000000), zap.Uint64("id", 1<<40)}},
		{"large integers in namespace", nil, []zap.Field{zap.Namespace("x"), zap.Int64("ts_ns", 1714564800000000000)}},
		{"stringer", nil, []zap.Field{zap.Stringer("level", zap.InfoLevel)}},
		{"error", nil, []zap.Field{zap.Error(errors.New("connection refused"))}},
		{"dict", nil, []zap.Field{zap.Dict("req", zap.String("method", "GET"), zap.Int("status", 200), zap.Dict("peer", zap.String("ip", "10.1.2.3")))}},
		{"strings", nil, []zap.Field{zap.Strings("tags", []string{"a", "b", "c"})}},
		{"object", nil, []zap.Field{zap.Object("acct", account{Owner: "bob", Balance: 3})}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plain := zap.New(plainCore())
			wrapped := zap.New(zapredact.Wrap(plainCore()))
			if tt.logger != nil {
				plain, wrapped = tt.logger(plain), tt.logger(wrapped)
			}
			// Warm the pools so that both loggers are measured in their
			// steady state.
			plain.Info(workload.CleanMessage, tt.fields...)
			wrapped.Info(workload.CleanMessage, tt.fields...)
			want := int(testing.AllocsPerRun(100, func() { plain.Info(workload.CleanMessage, tt.fields...) }))
			testutil.WantAllocs(t, want, func() { wrapped.Info(workload.CleanMessage, tt.fields...) })
		})
	}
}
