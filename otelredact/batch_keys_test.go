package otelredact

import (
	"testing"

	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/logredact/logredact/internal/testutil"
	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
)

// TestKeyMemory checks that a pass remembers the keys of clean records
// only, and that what it remembers never makes a record with a finding
// look clean.
func TestKeyMemory(t *testing.T) {
	p := &pass{eng: patterns.Default(), path: make([]byte, 0, 64)}
	record := func(attrs map[string]string) plog.LogRecord {
		lr := plog.NewLogRecord()
		lr.Body().SetStr(workload.CleanMessage)
		for k, v := range attrs {
			lr.Attributes().PutStr(k, v)
		}
		return lr
	}
	judge := func(attrs map[string]string) bool {
		lr := record(attrs)
		return p.cleanRecord(lr.Body(), lr.Attributes())
	}

	if judge(map[string]string{"method": workload.GitHubToken, "path": "/v1"}) {
		t.Fatal("a record with a token was judged clean")
	}
	if p.keys.has("method") || p.keys.has("path") {
		t.Error("the keys of a record with a finding were remembered")
	}
	if judge(map[string]string{"alice@example.com": "x"}) {
		t.Fatal("a record whose key is an email address was judged clean")
	}
	if !judge(map[string]string{"method": "GET", "path": "/v1"}) {
		t.Fatal("a clean record was refused")
	}
	if !p.keys.has("method") || !p.keys.has("path") {
		t.Error("the keys of a clean record were not remembered")
	}
	if judge(map[string]string{"method": workload.GitHubToken}) {
		t.Error("a remembered key let a token through")
	}
	if judge(map[string]string{"method": "GET", "alice@example.com": "x"}) {
		t.Error("an email address as a key was judged clean beside a remembered key")
	}
	if p.keys.has("alice@example.com") {
		t.Error("a key holding a finding was remembered")
	}
	if len(p.keys.pending) != 0 {
		t.Errorf("%d keys left pending after a verdict", len(p.keys.pending))
	}

	// Quiet keys: clean as data and adding nothing to their values.
	if !p.keys.isQuiet("method") || !p.keys.isQuiet("path") {
		t.Error("the plain keys of a clean record were not remembered as quiet")
	}
	// A phone key adds to what its value holds: the batch refuses it, and
	// the walk, which reads it as data, remembers it as clean only.
	if judge(map[string]string{"path": "/v1", "phone": "ok"}) {
		t.Error("the batch took a value under a phone key")
	}
	lr := record(map[string]string{"phone": "ok"})
	p.attributes(lr.Attributes())
	if !p.keys.has("phone") || p.keys.isQuiet("phone") {
		t.Error("a phone key the walk found clean must be clean as data but not quiet")
	}
	if judge(map[string]string{"path": "/v1", "phone": "415 555 0132"}) {
		t.Error("a phone number under a remembered phone key was judged clean")
	}
	if judge(map[string]string{"path": "/v1", "method": "token " + workload.GitHubToken}) {
		t.Error("a quiet key let a token through")
	}
	lr = record(map[string]string{"path": "/v1"})
	lr.Attributes().PutBool("flag", true)
	if !p.cleanRecord(lr.Body(), lr.Attributes()) {
		t.Fatal("a clean record with a boolean was refused")
	}
	if !p.keys.has("flag") || p.keys.isQuiet("flag") {
		t.Error("a key whose value the batch never took must be clean as data but not quiet")
	}
	lr = record(map[string]string{"path": "/v1"})
	lr.Attributes().PutEmptySlice("method").AppendEmpty().SetStr(workload.GitHubToken)
	if p.cleanRecord(lr.Body(), lr.Attributes()) {
		t.Error("a slice under a quiet key was judged clean without the walk")
	}
	if len(p.keys.pendingQuiet) != 0 {
		t.Errorf("%d quiet keys left pending after a verdict", len(p.keys.pendingQuiet))
	}
}

// TestKeyMemoryAllocs checks that remembered keys cost no allocation on
// the records after the first.
func TestKeyMemoryAllocs(t *testing.T) {
	p := &pass{eng: patterns.Default(), path: make([]byte, 0, 64)}
	lr := plog.NewLogRecord()
	lr.Body().SetStr(workload.CleanMessage)
	lr.Attributes().PutStr("method", "GET")
	lr.Attributes().PutStr("user_agent", "curl/8.5.0")
	p.cleanRecord(lr.Body(), lr.Attributes())
	testutil.WantAllocs(t, 0, func() {
		if !p.cleanRecord(lr.Body(), lr.Attributes()) {
			t.Fatal("the clean record was refused")
		}
	})
}

// TestKeyMemoryFromWalk checks that the walk of a record that is not
// clean remembers the keys it found clean alone, not the one that holds
// a finding, and that a remembered key still has its value redacted.
func TestKeyMemoryFromWalk(t *testing.T) {
	p := &pass{eng: patterns.Default(), path: make([]byte, 0, 64)}
	lr := plog.NewLogRecord()
	lr.Body().SetStr(workload.CleanMessage)
	lr.Attributes().PutStr("method", workload.GitHubToken)
	lr.Attributes().PutStr("alice@example.com", "x")
	p.attributes(lr.Attributes())
	if !p.keys.has("method") {
		t.Error("a key the walk found clean was not remembered")
	}
	if p.keys.has("alice@example.com") {
		t.Error("a key holding a finding was remembered")
	}
	if _, ok := lr.Attributes().Get("alice@example.com"); ok {
		t.Error("the key holding a finding was not masked")
	}
	again := plog.NewLogRecord()
	again.Attributes().PutStr("method", workload.GitHubToken)
	p.attributes(again.Attributes())
	if v, _ := again.Attributes().Get("method"); v.Str() == workload.GitHubToken {
		t.Error("the value under a remembered key was not redacted")
	}
}
