package otelredact_test

import (
	"context"
	"fmt"

	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/logredact/logredact/otelredact"
)

// ExampleNewFactory builds the processor as a Collector would, with the
// default configuration plus summary attributes, and sends it one record.
func ExampleNewFactory() {
	f := otelredact.NewFactory()
	cfg := f.CreateDefaultConfig().(*otelredact.Config)
	cfg.Summary = true
	sink := new(consumertest.LogsSink)
	p, err := f.CreateLogs(context.Background(), processortest.NewNopSettings(f.Type()), cfg, sink)
	if err != nil {
		fmt.Println(err)
		return
	}

	ld := plog.NewLogs()
	lr := ld.ResourceLogs().AppendEmpty().ScopeLogs().AppendEmpty().LogRecords().AppendEmpty()
	lr.Body().SetStr("login failed for alice@example.com")
	lr.Attributes().PutStr("db.password", "hunter2")
	lr.Attributes().PutStr("path", "/api/v1/orders/12345")
	if err := p.ConsumeLogs(context.Background(), ld); err != nil {
		fmt.Println(err)
		return
	}

	out := sink.AllLogs()[0].ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0)
	fmt.Println(out.Body().Str())
	for k, v := range out.Attributes().All() {
		fmt.Printf("%s=%s\n", k, v.AsString())
	}
	// Output:
	// login failed for [REDACTED:email]
	// db.password=[REDACTED:sensitive-key]
	// path=/api/v1/orders/12345
	// logredact.redacted.email=1
	// logredact.redacted.sensitive-key=1
}
