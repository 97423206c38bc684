package patterns

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// textReaderSeeds are layouts the free-text reader knows, to start the
// fuzzer from every form.
var textReaderSeeds = []string{
	"password=hunter2 user=bob", `{"password" : "a\"b"}`, "token := `x`", "password => x", "PASSWORD ::= \"x\"",
	`{"log":"{\"msg\":\"{\\\"token\\\":\\\"t-9\\\"}\"}"}`, "password: |\n  a\n  b\nuser: x", "password:\n  x\n",
	"- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password\n",
	"<password>x</password>", `<add key="Password" value="x"/>`, `<sometag value="x" name="the_password"/>`,
	`{"value":"x","name":"DB_PASSWORD"}`, "{Name:DB_PASSWORD Value:x}", "map[Authorization:[Bearer t-1] Cookie:[a=1; b=2]]",
	`{"password":["a","b"]}`, `"secret":{"secretName":"default-token-x"}`, "Cookie: a=1; b=2", "Set-Cookie: id=x; Path=/",
	"Authorization: Digest username=\"bob\", response=\"x\"", "mysql -uroot -ppw app", "curl -u bob:pw https://x",
	"sshpass -p pw ssh h", "smbclient //s/x -U bob%pw", "sqlplus scott/pw@orcl", "docker login -p pw r",
	"app:pw@tcp(db:3306)/app?x=y", "app:pw@unix(/s)/app", "app:pw@/app", "jdbc:oracle:thin:scott/pw@db:1521:O",
	"Server=db;Password=pw;", "Pwd={a;b}", "IDENTIFIED BY 'pw'", "identified with x by 'pw'",
	"GET /p?card=4111+1111+1111+1111&x=%2F%2b", "?ref=https%253A%252F%252Fh%252F%253Ftoken%253Dx",
	"password=${A:=b} token=$(c d) secret=%(x)s key=<y>", "token=Token{a b}", "token: a.b.C@1f",
	"credentials: new AWS.X({a: 'b'})", "(auth:SIMPLE) PWD=/home/x dsn=2.0.0 sid:2 sessionid:0x14ede63a5a70002",
	"password=[REDACTED:sensitive-key] x=[REDACTED] ghp_", `apikey: {{h}o)p${e]nob(ody[finds>-_$#thisone}}`,
	"password=\"unterminated", "password={unterminated", "password: [", "\\u003cpassword\\u003ex\\u003c\\/password\\u003e",
	"first_name=Alice zip=94103 routing_number=011000015", "password=\\", "--password", "password", "=:", "@tcp(", "-p",
}

// FuzzTextReader checks the free-text reader's promises on text built
// around its layouts: no panic, nothing the engine finds survives its
// redaction, redaction is idempotent, only masks change the text, and
// valid UTF-8 stays valid.
func FuzzTextReader(f *testing.F) {
	for _, s := range textReaderSeeds {
		f.Add(s)
	}
	e := Default()
	f.Fuzz(func(t *testing.T, s string) {
		out := e.RedactString(s)
		if fs := e.Find(out); len(fs) > 0 {
			t.Errorf("RedactString(%q) = %q, in which Find still sees %+v", s, out, fs)
		}
		if again := e.RedactString(out); again != out {
			t.Errorf("not idempotent: %q -> %q -> %q", s, out, again)
		}
		if len(e.Find(s)) == 0 && out != s {
			t.Errorf("clean input changed: %q -> %q", s, out)
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Errorf("valid UTF-8 became invalid: %q -> %q", s, out)
		}
		if !strings.Contains(out, maskPrefix) && out != s {
			t.Errorf("text changed without a mask: %q -> %q", s, out)
		}
		// Field values under sensitive keys keep the same promises.
		for _, key := range []string{"password", "auth", "cookie", "pwd", "session", "first_name"} {
			v, _ := e.RedactIn(Scope{Key: key}, s)
			if again, _ := e.RedactIn(Scope{Key: key}, v); again != v {
				t.Errorf("RedactIn(%s) not idempotent: %q -> %q -> %q", key, s, v, again)
			}
		}
	})
}
