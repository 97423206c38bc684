package patterns

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestEmailForms(t *testing.T) {
	e := Default()
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "alice@example.com", []string{"email:alice@example.com"}},
		{"HTML decimal reference", "mailto: alice&#64;example.com", []string{"email:alice&#64;example.com"}},
		{"HTML hex reference", "alice&#x40;example.com", []string{"email:alice&#x40;example.com"}},
		{"HTML hex reference, upper case", "alice&#X40;example.com", []string{"email:alice&#X40;example.com"}},
		{"HTML named reference", "alice&commat;example.com", []string{"email:alice&commat;example.com"}},
		{"fullwidth at", "alice＠example.com", []string{"email:alice＠example.com"}},
		{"percent-encoded", "to=alice%40example.com", []string{"email:alice%40example.com"}},
		{"percent-encoded twice", "next=%3Fto%3Dalice%2540example.com", []string{"email:alice%2540example.com"}},
		{"JSON escape in plain text", `alice\u0040example.com`, []string{`email:alice\u0040example.com`}},
		{"JSON escape escaped again", `{"msg":"{\"to\":\"alice\\u0040example.com\"}"}`, []string{`email:alice\\u0040example.com`}},
		{"hex escape", `alice\x40example.com`, []string{`email:alice\x40example.com`}},
		{"followed by @", "[Account xpc_ben@163.com@https://caldav.163.com/caldav/]", []string{"email:xpc_ben@163.com"}},
		{"followed by another address", "alice@example.com,bob@example.org", []string{"email:alice@example.com", "email:bob@example.org"}},
		{"joined by @", "alice@example.com@bob@example.org", []string{"email:alice@example.com", "email:bob@example.org"}},
		{"in URL user info", "https://13957525385%40163.com@p28-contacts.icloud.com/874161398/principal/", []string{"email:13957525385%40163.com"}},
		{"in angle brackets", "From: Bob <bob@example.org>", []string{"email:bob@example.org"}},
		{"SSH remote", "git clone git@github.com:org/repo.git", nil},
		{"SSH remote with home path", "deploy@host.example.com:~/app", nil},
		{"SSH URL", "ssh://git@git.example.com/org/repo", nil},
		{"user in a URL", "ftp://anonymous@ftp.example.com/pub", nil},
		{"SSH key exchange", "kex: algorithm: curve25519-sha256@libssh.org", nil},
		{"SSH cipher", "cipher: chacha20-poly1305@openssh.com MAC: <implicit>", nil},
		{"SSH certificate type", "ssh-ed25519-cert-v01@openssh.com", nil},
		{"localhost", "ssh user@localhost", nil},
		{"HTML reference without domain", "alice&#64;localhost", nil},
		{"encoded at alone", "&#64; and &commat; and %2540", nil},
		{"masked", "***&#64;example.com", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, found(e, "", tt.in)); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestEmailCharTables pins the tables of the address loops to the tests
// they stand in for.
func TestEmailCharTables(t *testing.T) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if localChars[c] != isLocalChar(byte(c)) {
			t.Errorf("localChars[%q] = %v, isLocalChar says %v", rune(c), localChars[c], !localChars[c])
		}
		if setAlnumDash[c] != isLabelChar(byte(c)) {
			t.Errorf("setAlnumDash[%q] = %v, isLabelChar says %v", rune(c), setAlnumDash[c], !setAlnumDash[c])
		}
	}
}
