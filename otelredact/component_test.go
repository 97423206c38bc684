package otelredact

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/confmap"
	"go.opentelemetry.io/collector/confmap/confmaptest"
	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/pipeline"
	"go.opentelemetry.io/collector/processor"

	"github.com/logredact/logredact/otelredact/internal/metadata"
)

func TestComponentFactoryType(t *testing.T) {
	if got := NewFactory().Type(); got != metadata.Type {
		t.Errorf("Type() = %v, want %v", got, metadata.Type)
	}
}

func TestComponentConfigStruct(t *testing.T) {
	if err := componenttest.CheckConfigStruct(NewFactory().CreateDefaultConfig()); err != nil {
		t.Error(err)
	}
}

// TestMetadataInStep checks that internal/metadata says what
// metadata.yaml declares, since both are kept by hand.
func TestMetadataInStep(t *testing.T) {
	cm, err := confmaptest.LoadConf("metadata.yaml")
	if err != nil {
		t.Fatalf("LoadConf: %v", err)
	}
	var md struct {
		Type   string `mapstructure:"type"`
		Status struct {
			Class     string              `mapstructure:"class"`
			Stability map[string][]string `mapstructure:"stability"`
		} `mapstructure:"status"`
		Telemetry struct {
			Metrics map[string]any `mapstructure:"metrics"`
		} `mapstructure:"telemetry"`
	}
	if err := cm.Unmarshal(&md, confmap.WithIgnoreUnused()); err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	f := NewFactory()
	got := map[string]any{
		"type":      md.Type,
		"class":     md.Status.Class,
		"stability": md.Status.Stability,
		"metric":    "otelcol_" + onlyKey(md.Telemetry.Metrics),
	}
	want := map[string]any{
		"type":  metadata.Type.String(),
		"class": "processor",
		"stability": map[string][]string{
			strings.ToLower(f.LogsStability().String()): {pipeline.SignalLogs.String(), pipeline.SignalTraces.String()},
		},
		"metric": metadata.FindingsMetric,
	}
	if f.LogsStability() != f.TracesStability() {
		t.Errorf("logs stability %v differs from traces stability %v", f.LogsStability(), f.TracesStability())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("metadata mismatch (-want +got):\n%s", diff)
	}
}

func onlyKey(m map[string]any) string {
	for k := range m {
		if len(m) == 1 {
			return k
		}
	}
	return ""
}

// TestComponentLifecycle creates, starts, feeds and shuts down each signal
// with the default config, and checks the context reaches the next
// consumer.
func TestComponentLifecycle(t *testing.T) {
	f := NewFactory()
	cfg := f.CreateDefaultConfig()
	for _, tc := range []struct {
		name   string
		create func(processor.Settings, *ctxSink) (component.Component, error)
		feed   func(component.Component, context.Context) error
	}{
		{
			name: "logs",
			create: func(set processor.Settings, next *ctxSink) (component.Component, error) {
				return f.CreateLogs(context.Background(), set, cfg, next)
			},
			feed: func(c component.Component, ctx context.Context) error {
				return c.(processor.Logs).ConsumeLogs(ctx, oneLog(t, "to alice@example.com", nil))
			},
		},
		{
			name: "traces",
			create: func(set processor.Settings, next *ctxSink) (component.Component, error) {
				return f.CreateTraces(context.Background(), set, cfg, next)
			},
			feed: func(c component.Component, ctx context.Context) error {
				td, _ := oneSpan()
				return c.(processor.Traces).ConsumeTraces(ctx, td)
			},
		},
	} {
		t.Run(tc.name+"-shutdown", func(t *testing.T) {
			c, err := tc.create(nopSettings(), &ctxSink{})
			if err != nil {
				t.Fatalf("create: %v", err)
			}
			if err := c.Shutdown(context.Background()); err != nil {
				t.Errorf("Shutdown before Start: %v", err)
			}
		})
		t.Run(tc.name+"-lifecycle", func(t *testing.T) {
			next := &ctxSink{}
			c, err := tc.create(nopSettings(), next)
			if err != nil {
				t.Fatalf("create: %v", err)
			}
			if err := c.Start(context.Background(), componenttest.NewNopHost()); err != nil {
				t.Fatalf("Start: %v", err)
			}
			ctx := context.WithValue(context.Background(), ctxKey{}, "test-value")
			if err := tc.feed(c, ctx); err != nil {
				t.Errorf("consume: %v", err)
			}
			if next.ctx == nil || next.ctx.Value(ctxKey{}) != "test-value" {
				t.Error("the next consumer did not get the caller's context")
			}
			if err := c.Shutdown(context.Background()); err != nil {
				t.Errorf("Shutdown: %v", err)
			}
		})
	}
}

type ctxKey struct{}

// ctxSink is a next consumer that remembers the context it was given.
type ctxSink struct{ ctx context.Context }

func (*ctxSink) Capabilities() consumer.Capabilities { return consumer.Capabilities{} }

func (s *ctxSink) ConsumeLogs(ctx context.Context, _ plog.Logs) error {
	s.ctx = ctx
	return nil
}

func (s *ctxSink) ConsumeTraces(ctx context.Context, _ ptrace.Traces) error {
	s.ctx = ctx
	return nil
}
