package jsonredact

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/logredact/logredact/patterns"
)

func TestAppend(t *testing.T) {
	deep := strings.Repeat("[", maxDepth+2) + `"alice@example.com"` + strings.Repeat("]", maxDepth+2)
	tests := []struct {
		name, in, want string // want "" means unchanged
	}{
		{"clean object", `{"level":"info","n":1,"ok":true,"x":null,"f":-1.5e3,"a":[],"o":{}}`, ""},
		{"clean with newline", "{\"message\":\"request completed\"}\n", ""},
		{"message", `{"message":"login failed for alice@example.com"}`, `{"message":"login failed for [REDACTED:email]"}`},
		{"newline kept", "{\"m\":\"alice@example.com\"}\n", "{\"m\":\"[REDACTED:email]\"}\n"},
		{"crlf kept", "{\"m\":\"alice@example.com\"}\r\n", "{\"m\":\"[REDACTED:email]\"}\r\n"},
		{"spacing kept", ` { "m" : "alice@example.com" , "n" : 1 } `, ` { "m" : "[REDACTED:email]" , "n" : 1 } `},
		{"only changed values rewritten", `{"a":"\u00e9","m":"alice@example.com","b":"x\/y"}`, `{"a":"\u00e9","m":"[REDACTED:email]","b":"x\/y"}`},
		{"escaped at", `{"m":"alice\u0040example.com"}`, `{"m":"[REDACTED:email]"}`},
		{"escaped at upper hex", `{"m":"alice\u0040EXAMPLE\u002Ecom"}`, `{"m":"[REDACTED:email]"}`},
		{"escaped quotes around", `{"m":"say \"alice@example.com\" now"}`, `{"m":"say \"[REDACTED:email]\" now"}`},
		{"escaped solidus kept", `{"m":"see https:\/\/alice@example.com\/x"}`, `{"m":"see https:\/\/[REDACTED:email]\/x"}`},
		{"escapes around a mask kept", `{"m":"\ud83d\ude00 \u0026 alice@example.com \ud800"}`, `{"m":"\ud83d\ude00 \u0026 [REDACTED:email] \ud800"}`},
		{"mask inside an escaped span", `{"m":"to alice\u0040example.com \u0026 more"}`, `{"m":"to [REDACTED:email] \u0026 more"}`},
		{"control characters re-escaped", `{"m":"a\tb\u0001 alice@example.com\n"}`, `{"m":"a\tb\u0001 [REDACTED:email]\n"}`},
		{"JSON in a string", `{"body":"{\"email\":\"alice\\u0040example.com\"}"}`, `{"body":"{\"email\":\"[REDACTED:email]\"}"}`},
		{"nested dict", `{"user":{"name":"bob","email":"bob@example.org"}}`, `{"user":{"name":"bob","email":"[REDACTED:email]"}}`},
		{"array elements", `{"to":["a@example.com","ok","b@example.com"]}`, `{"to":["[REDACTED:email]","ok","[REDACTED:email]"]}`},
		{"top-level array", `[{"e":"a@example.com"},"b@example.com",1]`, `[{"e":"[REDACTED:email]"},"[REDACTED:email]",1]`},
		{"sensitive key string", `{"password":"hunter2"}`, `{"password":"[REDACTED:sensitive-key]"}`},
		{"sensitive key path", `{"db":{"password":"hunter2","host":"db1"}}`, `{"db":{"password":"[REDACTED:sensitive-key]","host":"db1"}}`},
		{"sensitive key object", `{"db":{"password":{"a":[1,"x"]}}}`, `{"db":{"password":"[REDACTED:sensitive-key]"}}`},
		{"sensitive key array", `{"secrets":["a","b"]}`, `{"secrets":"[REDACTED:sensitive-key]"}`},
		{"sensitive key number", `{"pin_token":1234}`, `{"pin_token":"[REDACTED:sensitive-key]"}`},
		{"sensitive key literals kept", `{"password":null,"auth":true,"token":false}`, ""},
		{"sensitive key empty string kept", `{"password":""}`, ""},
		{"sensitive key already masked", `{"password":"[REDACTED:sensitive-key]"}`, ""},
		{"reference under a sensitive key", `{"secret":{"secretName":"default-token-x7k2p","defaultMode":420}}`, ""},
		{"escaped sensitive key", `{"pass\u0077ord":"hunter2"}`, `{"pass\u0077ord":"[REDACTED:sensitive-key]"}`},
		{"array keeps parent key", `{"token":["a","b"]}`, `{"token":"[REDACTED:sensitive-key]"}`},
		{"objects in array extend key", `{"users":[{"password":"x","name":"bob"}]}`, `{"users":[{"password":"[REDACTED:sensitive-key]","name":"bob"}]}`},
		{"card number", `{"card":4111111111111111,"n":12}`, `{"card":"[REDACTED:credit-card]","n":12}`},
		{"card string", `{"card":"4111 1111 1111 1111"}`, `{"card":"[REDACTED:credit-card]"}`},
		{"long clean number", `{"ts":1700000000000,"f":4111111111111111.5}`, ""},
		{"keys are data", `{"alice@example.com":1,"b":{"x@example.org":2}}`, `{"[REDACTED:email]":1,"b":{"[REDACTED:email]":2}}`},
		{"plain text", "user alice@example.com logged in\n", "user [REDACTED:email] logged in\n"},
		{"plain clean text", "GET /api/v1/orders/12345 200\n", ""},
		{"truncated JSON", `{"m":"ok","e":"alice@example.com`, `{"m":"ok","e":"[REDACTED:email]`},
		{"truncated with escape", `{"m":"ok","e":"alice\u0040example.com`, `{"m":"ok","e":"[REDACTED:email]`},
		{"text escaped solidus kept", `url=https:\/\/alice@example.com\/x`, `url=https:\/\/[REDACTED:email]\/x`},
		{"text quote escape kept", `msg=\"password\":\"hunter2\"`, `msg=\"password\":\"[REDACTED:sensitive-key]\"`},
		{"two objects are text", `{"a":1}{"m":"alice@example.com"}`, `{"a":1}{"m":"[REDACTED:email]"}`},
		{"raw control char is text", "{\"m\":\"a\x01 alice@example.com\"}", "{\"m\":\"a\x01 [REDACTED:email]\"}"},
		{"too deep is text", deep, strings.Replace(deep, "alice@example.com", "[REDACTED:email]", 1)},
		{"empty", "", ""},
		{"scalar is text", `"alice@example.com"`, `"[REDACTED:email]"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed := Append(nil, nil, "test", []byte(tt.in))
			want := tt.want
			if want == "" {
				if changed || got != nil {
					t.Errorf("Append(%q) = %q, %v; want nil, false", tt.in, got, changed)
				}
			} else if diff := cmp.Diff(want, string(got)); diff != "" || !changed {
				t.Errorf("Append(%q) changed=%v, mismatch (-want +got):\n%s", tt.in, changed, diff)
			}
			if clean := Clean(nil, "test", []byte(tt.in)); clean != (tt.want == "") {
				t.Errorf("Clean(%q) = %v, want %v", tt.in, clean, tt.want == "")
			}
		})
	}
}

func TestAppendKeepsDst(t *testing.T) {
	dst := []byte("prefix:")
	got, changed := Append(dst, nil, "", []byte(`{"a":"b"}`))
	if changed || string(got) != "prefix:" || &got[0] != &dst[0] {
		t.Errorf("clean Append = %q, %v; want dst unchanged", got, changed)
	}
	got, changed = Append(dst, nil, "", []byte(`{"a":"bob@example.org"}`))
	if diff := cmp.Diff(`prefix:{"a":"[REDACTED:email]"}`, string(got)); diff != "" || !changed {
		t.Errorf("Append mismatch (-want +got):\n%s", diff)
	}
}

func TestAllowedKeys(t *testing.T) {
	e, err := patterns.New(patterns.WithAllowedKeys("headers", "contact"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		// An allowed key exempts its own value, not what is nested in it.
		{`{"headers":{"authorization":"Bearer x","to":"a@example.com"}}`, `{"headers":{"authorization":"Bearer [REDACTED:sensitive-key]","to":"[REDACTED:email]"}}`},
		{`{"headers":"a@example.com"}`, `{"headers":"a@example.com"}`},
		{`{"user":{"contact":"a@example.com","email":"b@example.com"}}`, `{"user":{"contact":"a@example.com","email":"[REDACTED:email]"}}`},
		{`{"contact":["a@example.com"],"n":4111111111111111}`, `{"contact":["a@example.com"],"n":"[REDACTED:credit-card]"}`},
	}
	for _, tt := range tests {
		r := Rewriter{Engine: e}
		got, _ := r.Append(nil, []byte(tt.in))
		if got == nil {
			got = []byte(tt.in)
		}
		if diff := cmp.Diff(tt.want, string(got)); diff != "" {
			t.Errorf("Append(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestSensitiveKeyPaths(t *testing.T) {
	e, err := patterns.New(patterns.WithSensitiveKeys("visit.id"))
	if err != nil {
		t.Fatal(err)
	}
	r := Rewriter{Engine: e}
	in := `{"visit":{"id":"s-1","user":"bob"},"id":"r-1"}`
	got, changed := r.Append(nil, []byte(in))
	want := `{"visit":{"id":"[REDACTED:sensitive-key]","user":"bob"},"id":"r-1"}`
	if diff := cmp.Diff(want, string(got)); diff != "" || !changed {
		t.Errorf("Append(%q) mismatch (-want +got):\n%s", in, diff)
	}
}

func TestMessageKey(t *testing.T) {
	var obs []patterns.Observation
	e, err := patterns.New(patterns.WithObserver(func(o patterns.Observation) { obs = append(obs, o) }))
	if err != nil {
		t.Fatal(err)
	}
	r := Rewriter{Engine: e, Layer: "zerolog", MessageKey: "msg"}
	in := `{"msg":"to alice@example.com","sub":{"msg":"bob@example.org"},"to":"carol@example.net"}`
	want := `{"msg":"to [REDACTED:email]","sub":{"msg":"[REDACTED:email]"},"to":"[REDACTED:email]"}`
	got, _ := r.Append(nil, []byte(in))
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("Append mismatch (-want +got):\n%s", diff)
	}
	wantObs := []patterns.Observation{
		{DetectorID: "email", Category: patterns.PII, Key: MessageKey, Layer: "zerolog"},
		{DetectorID: "email", Category: patterns.PII, Key: "sub.msg", Layer: "zerolog"},
		{DetectorID: "email", Category: patterns.PII, Key: "to", Layer: "zerolog"},
	}
	if diff := cmp.Diff(wantObs, obs); diff != "" {
		t.Errorf("observations mismatch (-want +got):\n%s", diff)
	}
}

// TestObservedKeysAreStable checks that keys handed to the observer own
// their bytes: the walker builds key paths in a reused buffer.
func TestObservedKeysAreStable(t *testing.T) {
	var keys []string
	e, err := patterns.New(patterns.WithObserver(func(o patterns.Observation) { keys = append(keys, o.Key) }))
	if err != nil {
		t.Fatal(err)
	}
	r := Rewriter{Engine: e}
	r.Append(nil, []byte(`{"db":{"password":"x"}}`))
	r.Append(nil, []byte(`{"ab":{"cdefghij":"bob@example.org"}}`))
	if diff := cmp.Diff([]string{"db.password", "ab.cdefghij"}, keys); diff != "" {
		t.Errorf("observed keys mismatch (-want +got):\n%s", diff)
	}
}
