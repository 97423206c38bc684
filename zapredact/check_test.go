package zapredact_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/logredact/logredact/zapredact"
)

// TestInnerCheckDecides pins that cores inside the redacting core keep
// their own Check decisions: a tee of cores at different levels, and a
// sampler.
func TestInnerCheckDecides(t *testing.T) {
	infoCore, infoLogs := observer.New(zap.InfoLevel)
	errCore, errLogs := observer.New(zap.ErrorLevel)
	l := zap.New(zapredact.Wrap(zapcore.NewTee(infoCore, errCore)))
	l.Info("to a@example.com")
	l.Error("to b@example.com")
	msgs := func(o *observer.ObservedLogs) []string {
		var out []string
		for _, e := range o.AllUntimed() {
			out = append(out, e.Message)
		}
		return out
	}
	if diff := cmp.Diff([]string{"to [REDACTED:email]", "to [REDACTED:email]"}, msgs(infoLogs)); diff != "" {
		t.Errorf("info core mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"to [REDACTED:email]"}, msgs(errLogs)); diff != "" {
		t.Errorf("error core got entries below its level (-want +got):\n%s", diff)
	}

	obs, sampled := observer.New(zap.InfoLevel)
	l = zap.New(zapredact.Wrap(zapcore.NewSamplerWithOptions(obs, time.Hour, 1, 0)))
	for range 3 {
		l.Info("retry for a@example.com")
	}
	if diff := cmp.Diff([]string{"retry for [REDACTED:email]"}, msgs(sampled)); diff != "" {
		t.Errorf("sampler inside was bypassed (-want +got):\n%s", diff)
	}
}
