package jsonredact

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/logredact/logredact/patterns"
)

// TestNameValuePairs checks that an object naming a sensitive key in a
// name member has its value member masked, in either order and inside
// strings, and that pairs naming nothing sensitive, or holding a
// reference, are left as they are.
func TestNameValuePairs(t *testing.T) {
	e := patterns.Default()
	tests := []struct{ name, in, want string }{
		{"kubernetes env var",
			`{"env":[{"name":"DB_PASSWORD","value":"hunter2"},{"name":"DB_HOST","value":"db1"}]}`,
			`{"env":[{"name":"DB_PASSWORD","value":"[REDACTED:sensitive-key]"},{"name":"DB_HOST","value":"db1"}]}`},
		{"value before name",
			`{"value":"hunter2","name":"api_key"}`,
			`{"value":"[REDACTED:sensitive-key]","name":"api_key"}`},
		{"AWS parameter",
			`{"ParameterKey":"DbPassword","ParameterValue":"s3cr3t-v4lue"}`,
			`{"ParameterKey":"DbPassword","ParameterValue":"[REDACTED:sensitive-key]"}`},
		{"HAR header, the scheme kept",
			`{"name":"Authorization","value":"Bearer abc.def"}`,
			`{"name":"Authorization","value":"Bearer [REDACTED:sensitive-key]"}`},
		{"inside a string",
			`{"log":"{\"name\":\"SECRET_KEY\",\"value\":\"q1w2e3r4\"}"}`,
			`{"log":"{\"name\":\"SECRET_KEY\",\"value\":\"[REDACTED:sensitive-key]\"}"}`},
		{"a value found where it is is masked once",
			`{"name":"token","value":"ghp_` + "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789" + `"}`,
			`{"name":"token","value":"[REDACTED:github-pat]"}`},
	}
	for _, tt := range tests {
		got, _ := Append(nil, e, "", []byte(tt.in))
		if diff := cmp.Diff(tt.want, string(got)); diff != "" {
			t.Errorf("%s: Append(%s) mismatch (-want +got):\n%s", tt.name, tt.in, diff)
		}
		if Clean(e, "", []byte(tt.in)) {
			t.Errorf("%s: Clean(%s) = true", tt.name, tt.in)
		}
	}
	for _, in := range []string{
		`{"name":"DB_HOST","value":"db1"}`,
		`{"name":"DB_PASSWORD","valueFrom":{"secretKeyRef":{"name":"db","key":"password"}}}`,
		`{"name":"DB_PASSWORD","value":"${DB_PASSWORD}"}`,
		`{"name":"password","type":"string","required":true}`,
		`{"key":"timeout","value":"30s"}`,
	} {
		if got, changed := Append(nil, e, "", []byte(in)); changed {
			t.Errorf("Append(%s) = %s, want it unchanged", in, got)
		}
		if !Clean(e, "", []byte(in)) {
			t.Errorf("Clean(%s) = false", in)
		}
	}
}

// TestNeighbours checks that a secret known only by the member beside it
// is masked in a flat object, and that the second read of the object
// keeps to its member strings and its keys' rules.
func TestNeighbours(t *testing.T) {
	const id, secret = "ASIABG5KW7AGSVELJCPF", "BmdK2/AGSVErpCvlM5e5Wuht9xFwXjQehRGb9jr1"
	e, err := patterns.New(patterns.WithAllowedKeys("contact"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{`{"id":"` + id + `","key":"` + secret + `"}`,
			`{"id":"[REDACTED:aws-access-key-id]","key":"[REDACTED:aws-secret-access-key]"}`},
		{`{"key":"` + secret + `","id":"` + id + `"}`,
			`{"key":"[REDACTED:aws-secret-access-key]","id":"[REDACTED:aws-access-key-id]"}`},
		{`{"contact":"a@example.com","email":"b@example.com"}`,
			`{"contact":"a@example.com","email":"[REDACTED:email]"}`},
		{`{"id":"` + id + `","note":"all good"}`,
			`{"id":"[REDACTED:aws-access-key-id]","note":"all good"}`},
	}
	for _, tt := range tests {
		got, _ := Append(nil, e, "", []byte(tt.in))
		if diff := cmp.Diff(tt.want, string(got)); diff != "" {
			t.Errorf("Append(%s) mismatch (-want +got):\n%s", tt.in, diff)
		}
		var n int
		Scan(e, "", []byte(tt.in), func(f patterns.Finding) {
			n++
			if f.DetectorID == "aws-secret-access-key" && f.Key != "key" {
				t.Errorf("Scan(%s): the secret reported under %q, want its member's key", tt.in, f.Key)
			}
		})
		if want := strings.Count(tt.want, "[REDACTED:"); n != want {
			t.Errorf("Scan(%s) reported %d findings, want %d", tt.in, n, want)
		}
	}
}
