package otelredact

import (
	"context"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"

	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/consumer/consumertest"

	"github.com/logredact/logredact/internal/workload"
)

// sideCase is one row of the side-by-side table: a value logged under
// key, and the part of it that must not survive ("" when the value must
// survive whole).
type sideCase struct {
	name, key, value, secret string
}

func sideCases() []sideCase {
	b64 := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	jwt := b64(`{"alg":"HS256","typ":"JWT"}`) + "." + b64(`{"sub":"1234567890","name":"Example"}`) + "." + strings.Repeat("Sfl4KxwRJSMeKKF2QT4f", 3)[:43]
	pem := "-----BEGIN RSA PRIVATE KEY-----\n" + strings.Repeat("MIIEowIBAAKCAQEAx3exampleKeyMaterial0123456789abcdefABCDEF+/\n", 3) + "-----END RSA PRIVATE KEY-----"
	slack := "xoxb-" + "123456789012" + "-" + "1234567890123" + "-" + strings.Repeat("aB3dE5fG", 3)
	cases := []sideCase{{name: "message (body)", key: "", value: workload.DirtyMessage, secret: "alice@example.com"}}
	for _, f := range workload.DirtyOnly {
		v := f.Value.(string)
		secret := v
		if f.Key == "note" {
			secret = "AKIAIOSFODNN7EXAMPLE"
		}
		cases = append(cases, sideCase{name: "DIRTY " + f.Key, key: f.Key, value: v, secret: secret})
	}
	return append(cases,
		sideCase{name: "URL credential", key: "upstream", value: "https://admin:s3cr3t-Pa55@db.example.com:5432/orders", secret: "s3cr3t-Pa55"},
		sideCase{name: "JWT", key: "detail", value: "session " + jwt, secret: jwt},
		sideCase{name: "PEM block", key: "detail", value: pem, secret: "exampleKeyMaterial"},
		sideCase{name: "Slack token", key: "detail", value: "posting with " + slack, secret: slack},
		sideCase{name: "order number (Luhn-invalid)", key: "order_id", value: "4111111111111112"},
	)
}

// runSide sends one record holding c through next (a processor whose next
// consumer is sink) and returns what it left of the value.
func runSide(t *testing.T, c sideCase, p consumer.Logs, sink *consumertest.LogsSink) string {
	t.Helper()
	sink.Reset()
	ld := oneLog(t, "", nil)
	lr := ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0)
	if c.key == "" {
		lr.Body().SetStr(c.value)
	} else {
		lr.Body().SetStr("event")
		lr.Attributes().PutStr(c.key, c.value)
	}
	if err := p.ConsumeLogs(context.Background(), ld); err != nil {
		t.Fatalf("ConsumeLogs: %v", err)
	}
	out := firstRecord(t, sink)
	if c.key == "" {
		return out.Body().Str()
	}
	v, _ := out.Attributes().Get(c.key)
	return v.AsString()
}

// TestSideBySide runs the comparison cases through the contrib redaction
// processor (configured as in the benchmarks) and this one. It asserts
// what the README claims: this processor hides every case the engine
// detects, keeps the Luhn-invalid order number, and the contrib card regex
// masks that number. Run with -v to print the table for the README.
func TestSideBySide(t *testing.T) {
	contribSink := new(consumertest.LogsSink)
	contrib := newContribLogs(t, contribSink)
	ours, oursSink := newLogs(t, nil, testEnv(nil), nopSettings())

	var table strings.Builder
	table.WriteString("| case | redactionprocessor | logredact |\n| --- | --- | --- |\n")
	for _, c := range sideCases() {
		gotContrib := runSide(t, c, contrib, contribSink)
		gotOurs := runSide(t, c, ours, oursSink)
		fmt.Fprintf(&table, "| %s | %s | %s |\n", c.name, cell(gotContrib), cell(gotOurs))
		if c.secret == "" {
			if gotOurs != c.value {
				t.Errorf("%s: logredact changed %q to %q", c.name, c.value, gotOurs)
			}
			if gotContrib == c.value {
				t.Errorf("%s: redactionprocessor no longer masks %q; update the README", c.name, c.value)
			}
			continue
		}
		if strings.Contains(gotOurs, c.secret) {
			if !detectableAll(c.secret) {
				t.Logf("%s: the catalog has no detector for this case yet", c.name)
				continue
			}
			t.Errorf("%s: %q survived logredact: %q", c.name, c.secret, gotOurs)
		}
	}
	t.Logf("side by side:\n%s", table.String())
}

func detectableAll(s string) bool { return len(detectable([]string{s})) == 1 }

// cell renders a value for a Markdown table cell: one line, pipes
// escaped, long values shortened in the middle.
func cell(s string) string {
	s = strings.ReplaceAll(s, "\n", `\n`)
	s = strings.ReplaceAll(s, "|", `\|`)
	if len(s) > 72 {
		s = s[:48] + "…" + s[len(s)-20:]
	}
	return "`" + s + "`"
}
