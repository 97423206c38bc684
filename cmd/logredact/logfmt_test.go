package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/logredact/logredact/patterns"
)

func TestParseLogfmt(t *testing.T) {
	p := &lineProc{}
	for _, tc := range []struct {
		in   string
		want []string // key=value as parsed, or nil when not logfmt
	}{
		{`level=info msg="hi there" n=3`, []string{"level=info", "msg=hi there", "n=3"}},
		{`a= b=""`, []string{"a=", "b="}},
		{`k=v bare words after`, []string{"k=v bare words after"}},
		{`k="q" bare words`, []string{"k=q"}},
		{`sig=abc== x=1`, []string{"sig=abc==", "x=1"}},
		{`esc="a \"b\" c"`, []string{`esc=a \"b\" c`}},
		{`starts with words k=v`, nil},
		{`k="unterminated`, nil},
		{`k="closed"glued`, nil},
		{`k=a"b`, nil},
		{`=v`, nil},
		{`2026-11-30 k=v`, nil},
		{``, nil},
	} {
		var got []string
		body := []byte(tc.in)
		if p.parseLogfmt(body) {
			for _, pr := range p.pairs {
				got = append(got, tc.in[pr.keyStart:pr.keyEnd]+"="+tc.in[pr.valStart:pr.valEnd])
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("parseLogfmt(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestRedactLogfmt(t *testing.T) {
	e, err := patterns.New(patterns.WithAllowedKeys("support_email"))
	if err != nil {
		t.Fatal(err)
	}
	p := &lineProc{e: e, maxLine: defaultMaxLine}
	for _, tc := range []struct{ in, want string }{
		{"level=info msg=ok", "level=info msg=ok"},
		{"a=1 password=hunter2 b=2", "a=1 password=[REDACTED:sensitive-key] b=2"},
		{`a=1 password="two words" b=2`, `a=1 password="[REDACTED:sensitive-key]" b=2`},
		{`msg="mail \"alice@example.com\" now"`, `msg="mail \"[REDACTED:email]\" now"`},
		{`msg="tab\there bob\u0040example.org"`, `msg="tab\there [REDACTED:email]"`},
		{"card=4111 1111 1111 1111 ok=1", "card=[REDACTED:credit-card] ok=1"},
		{`k="q" Authorization: Bearer abc.def`, `k="q" Authorization: Bearer [REDACTED:sensitive-key]`},
		{"support_email=help@example.com email=help@example.com", "support_email=help@example.com email=[REDACTED:email]"},
		{"db.password={not-json}", "db.password=[REDACTED:sensitive-key]"},
		{"alice@example.com=1 x=2", "[REDACTED:email]=1 x=2"},
	} {
		body := []byte(tc.in)
		if !p.parseLogfmt(body) {
			t.Errorf("%q: not parsed as logfmt", tc.in)
			continue
		}
		out, changed := p.redactLogfmt(nil, body)
		if !changed {
			out = body
		}
		if diff := cmp.Diff(tc.want, string(out)); diff != "" {
			t.Errorf("redactLogfmt(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestLogfmtEscapesRoundTrip(t *testing.T) {
	raw := `a\"b\\c\nd\te\u00e9\x`
	dec, at := decodeLogfmt(nil, nil, []byte(raw), true)
	if diff := cmp.Diff("a\"b\\c\nd\te\u00e9\\x", string(dec)); diff != "" {
		t.Errorf("decode mismatch (-want +got):\n%s", diff)
	}
	if len(at) != len(dec)+1 || at[len(dec)] != len(raw) || at[1] != 1 || at[2] != 3 {
		t.Errorf("offsets %v do not map decoded bytes to raw ones", at)
	}
	if got := string(appendLogfmtEscaped(nil, "a\"b\\c\nd\x01")); got != `a\"b\\c\nd\u0001` {
		t.Errorf("escape gave %q", got)
	}
}
