package jsonredact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/logredact/logredact/patterns"
)

// neighbourParts are members of the objects TestMemberCandsAgree builds:
// paired identifiers, bare secrets, strings the notes must skip (short,
// escaped, under an escaped or a sensitive key, the message) and
// containers that make an object not flat.
var neighbourParts = []string{
	`"id":"ASIABG5KW7AGSVELJCPF"`,
	`"akid":"AKIAIOSFODNN7EXAMPLE"`,
	`"key":"BmdK2/AGSVErpCvlM5e5Wuht9xFwXjQehRGb9jr1"`,
	`"k2":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"`,
	`"hex":"0123456789abcdef0123456789abcdef"`,
	`"k\u0065y":"BmdK2/AGSVErpCvlM5e5Wuht9xFwXjQehRGb9jr1"`,
	`"esc":"BmdK2\/AGSVErpCvlM5e5Wuht9xFwXjQehRGb9jr1"`,
	`"password":"BmdK2/AGSVErpCvlM5e5Wuht9xFwXjQehRGb9jr1"`,
	`"message":"BmdK2/AGSVErpCvlM5e5Wuht9xFwXjQehRGb9jr1"`,
	`"short":"abc"`,
	`"path":"/api/v1/orders/12345/items"`,
	`"ua":"Mozilla/5.0 (X11; Linux x86_64)"`,
	`"n":12345`,
	`"ok":true`,
	`"inner":{"id":"ASIABG5KW7AGSVELJCPF","key":"BmdK2/AGSVErpCvlM5e5Wuht9xFwXjQehRGb9jr1"}`,
	`"list":["BmdK2/AGSVErpCvlM5e5Wuht9xFwXjQehRGb9jr1"]`,
}

// TestMemberCandsAgree compares the neighbour read from the walk's notes
// with the read of memberStrings, on objects with up to 24 members, so
// that both the notes and their overflow are taken.
func TestMemberCandsAgree(t *testing.T) {
	e := patterns.Default()
	r := rand.New(rand.NewPCG(7, 11))
	for range 3000 {
		n := 1 + r.IntN(24)
		parts := make([]string, n)
		for k := range parts {
			parts[k] = neighbourParts[r.IntN(len(neighbourParts))]
			if r.IntN(4) == 0 {
				// Distinct keys, so that no member repeats another.
				parts[k] = strings.Replace(parts[k], `":`, fmt.Sprintf(`_%d":`, k), 1)
			}
		}
		in := "{" + strings.Join(parts, ",") + "}"
		if r.IntN(3) == 0 {
			in = `{"outer":` + in + `}`
		}
		agreeWithMemberStrings(t, e, in)
	}
}

// FuzzMemberCands is TestMemberCandsAgree on any input.
func FuzzMemberCands(f *testing.F) {
	for _, p := range neighbourParts {
		f.Add(`{"id":"ASIABG5KW7AGSVELJCPF",` + p + `}`)
	}
	e := patterns.Default()
	f.Fuzz(func(t *testing.T, in string) {
		agreeWithMemberStrings(t, e, in)
	})
}

func agreeWithMemberStrings(t *testing.T, e *patterns.Engine, in string) {
	t.Helper()
	got, gotChanged := Append(nil, e, "message", []byte(in))
	var gotFound []patterns.Finding
	Scan(e, "message", []byte(in), func(f patterns.Finding) { gotFound = append(gotFound, f) })
	noteCands = false
	want, wantChanged := Append(nil, e, "message", []byte(in))
	var wantFound []patterns.Finding
	Scan(e, "message", []byte(in), func(f patterns.Finding) { wantFound = append(wantFound, f) })
	noteCands = true
	if diff := cmp.Diff(string(want), string(got)); diff != "" || gotChanged != wantChanged {
		t.Fatalf("Append(%s) with the notes differs from memberStrings' (-want +got):\n%s", in, diff)
	}
	if diff := cmp.Diff(wantFound, gotFound); diff != "" {
		t.Fatalf("Scan(%s) with the notes differs from memberStrings' (-want +got):\n%s", in, diff)
	}
}

// TestBareSecretTable compares bareSecret with the rule it encodes, on
// every pair of bytes after a fixed run.
func TestBareSecretTable(t *testing.T) {
	rule := func(b []byte) bool {
		var up, low, digit bool
		hex := true
		for _, c := range b {
			switch {
			case c >= 'A' && c <= 'Z':
				up, hex = true, hex && c <= 'F'
			case c >= 'a' && c <= 'z':
				low, hex = true, hex && c <= 'f'
			case c >= '0' && c <= '9':
				digit = true
			case strings.IndexByte("+/=_-", c) >= 0:
				hex = false
			default:
				return false
			}
		}
		return up && low && digit || hex && len(b) >= 32
	}
	for _, base := range []string{"0123456789abcdef0123456789abcde", "Ab1", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} {
		for a := range 256 {
			for c := range 256 {
				b := append([]byte(base), byte(a), byte(c))
				if got, want := bareSecret(b), rule(b); got != want {
					t.Fatalf("bareSecret(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}
