package patterns

import "strings"

// Command lines of tools that take a password as an argument under a flag
// that no key rule can read: mysql's -ppassword (attached, since -p alone
// prompts), sshpass -p, curl -u user:password, redis-cli -a, the LDAP
// tools' -w, ipmitool's and sqlcmd's -P, smbclient -U user%password,
// sqlplus user/password@db, the mongo tools' -p, and -p of "docker login".
// Long flags such as --password x and --password=x are key rules of their
// own (text_reader.go) and need no table.

// toolFlags says where a tool's password is written.
type toolFlags struct {
	tools string // the tools, separated by spaces
	// attached flags carry the password glued to them (-ppw).
	attached string
	// separate flags take the password as the next argument (-p pw).
	separate string
	// userColon flags take user:password, attached or separate.
	userColon string
	// userPercent flags take user%password.
	userPercent string
	// userSlash: the first argument that is not a flag is
	// user/password@db.
	userSlash bool
	// sub is a subcommand that must come first ("login").
	sub string
}

var toolTable = []toolFlags{
	{tools: "mysql mysqldump mysqladmin mysqlimport mysqlcheck mysqlshow mysqlpump mysqlsh mysqlbinlog mariadb mariadb-dump mariadb-admin", attached: "-p"},
	{tools: "sshpass", attached: "-p", separate: "-p"},
	{tools: "curl", userColon: "-u --user -U --proxy-user"},
	{tools: "redis-cli", separate: "-a"},
	{tools: "ldapsearch ldapmodify ldapadd ldapdelete ldapwhoami ldappasswd ldapcompare ldapmodrdn ldapexop", separate: "-w -s -a"},
	{tools: "ipmitool sqlcmd bcp osql isql", separate: "-P"},
	{tools: "smbclient rpcclient smbcacls smbget", userPercent: "-U --user"},
	{tools: "sqlplus", userSlash: true},
	{tools: "mongo mongosh mongodump mongorestore mongoexport mongoimport mongostat mongotop mongofiles", separate: "-p"},
	{tools: "docker podman buildah skopeo nerdctl", separate: "-p", sub: "login"},
}

// toolLiterals are the reader's literals for the tools: their names,
// less those another name starts ("mysql" finds "mysqldump" too, and the
// reader reads the whole name).
var toolLiterals = func() []string {
	var names, out []string
	for _, t := range toolTable {
		names = append(names, strings.Fields(t.tools)...)
	}
	for _, n := range names {
		covered := false
		for _, m := range names {
			if m != n && strings.HasPrefix(n, m) {
				covered = true
			}
		}
		if !covered {
			out = append(out, n)
		}
	}
	return out
}()

// toolsByName finds a tool's flags by its name.
var toolsByName = func() map[string]*toolFlags {
	m := map[string]*toolFlags{}
	for i := range toolTable {
		for _, t := range strings.Fields(toolTable[i].tools) {
			m[t] = &toolTable[i]
		}
	}
	return m
}()

func toolOf(name string) *toolFlags { return toolsByName[name] }

// maxArgs bounds the arguments of one command that are read.
const maxArgs = 64

// readCommand reads the arguments of the tool whose name kw starts at
// s[at] and masks its passwords.
func (e *Engine) readCommand(dst []Finding, s string, at int, kw string, vd textVerdict, st *kvState) []Finding {
	if at > 0 && !commandBoundary(s[at-1]) {
		if _, n := escapeBefore(s, at); n == 0 {
			return dst
		}
	}
	end := at + len(kw)
	for end < len(s) && (isLowerAlnum(s[end]) || s[end] == '-') {
		end++
	}
	tf := toolOf(s[at:end])
	if tf == nil || end >= len(s) || s[end] != ' ' && s[end] != '\t' {
		return dst
	}
	// The command ends at a line break, a shell operator or the quote
	// that encloses it.
	var encl quoteTok
	if q, ok := quoteEndingAt(s, at); ok {
		encl = q
	}
	i := end
	firstArg := true
	pending := "" // a flag waiting for its argument
	for n := 0; n < maxArgs; n++ {
		i = skipBlanks(s, i)
		if i >= len(s) || commandEnd(s, i, encl) {
			break
		}
		a := argAt(s, i, encl)
		if a.end <= a.start {
			break
		}
		arg := s[a.start:a.end]
		i = a.next
		if firstArg && tf.sub != "" {
			if arg != tf.sub {
				return dst
			}
			firstArg = false
			continue
		}
		switch {
		case pending == "userColon":
			dst = e.userInfoPassword(dst, s, vd, a, ':', st)
			pending = ""
			continue
		case pending == "userPercent":
			dst = e.userInfoPassword(dst, s, vd, a, '%', st)
			pending = ""
			continue
		case pending != "":
			pending = ""
			if arg != "" && arg[0] != '-' {
				dst = e.takeValue(dst, s, vd, value{start: a.start, end: a.end, next: a.next, quoted: true}, st)
			}
			continue
		}
		if arg[0] != '-' {
			if tf.userSlash && firstArg {
				dst = e.userSlashPassword(dst, s, vd, a, st)
			}
			firstArg = false
			continue
		}
		if f, glued := flagIn(tf.userColon, arg); f {
			if glued == "" {
				pending = "userColon"
			} else {
				dst = e.userInfoPassword(dst, s, vd, argv{start: a.end - len(glued), end: a.end, next: a.next}, ':', st)
			}
			continue
		}
		if f, glued := flagIn(tf.userPercent, arg); f {
			if glued == "" {
				pending = "userPercent"
			} else {
				dst = e.userInfoPassword(dst, s, vd, argv{start: a.end - len(glued), end: a.end, next: a.next}, '%', st)
			}
			continue
		}
		if f, glued := flagIn(tf.attached, arg); f && glued != "" && !strings.HasPrefix(glued, "=") {
			dst = e.takeValue(dst, s, vd, value{start: a.end - len(glued), end: a.end, next: a.next, quoted: true}, st)
			continue
		}
		if f, glued := flagIn(tf.separate, arg); f && glued == "" {
			pending = "separate"
		}
	}
	return dst
}

// flagIn reports whether arg is one of the flags (separated by spaces),
// bare or with a value glued to it ("-ppw", "--user=bob:pw"); glued is
// that value, without a '='.
func flagIn(flags, arg string) (bool, string) {
	for _, f := range strings.Fields(flags) {
		if !strings.HasPrefix(arg, f) {
			continue
		}
		rest := arg[len(f):]
		switch {
		case rest == "":
			return true, ""
		case rest[0] == '=':
			return true, rest[1:]
		case len(f) == 2:
			return true, rest // a short flag: -ppw, -uuser:pw
		}
	}
	return false, ""
}

// argv is one argument of a command line: its bytes, inside its quotes.
type argv struct{ start, end, next int }

// argAt reads the argument at s[i]: quoted or up to a blank.
func argAt(s string, i int, encl quoteTok) argv {
	if c := s[i]; c == '\'' || c == '"' {
		if encl.c == 0 || c != encl.c {
			if j := strings.IndexByte(s[i+1:min(len(s), i+1+maxKeyLen*8)], c); j >= 0 {
				return argv{start: i + 1, end: i + 1 + j, next: i + 2 + j}
			}
		}
	}
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != '\t' && !commandEnd(s, j, encl) {
		j++
	}
	return argv{start: i, end: j, next: j}
}

// commandBoundary reports the bytes a command name may follow.
func commandBoundary(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '/', '"', '\'', '`', '(', ';', '|', '&', '=', '[', '>':
		return true
	}
	return false
}

// commandEnd reports whether the command ends at s[i].
func commandEnd(s string, i int, encl quoteTok) bool {
	switch c := s[i]; c {
	case '\n', '\r', ';', '|', '&', '`', ')':
		return true
	case '\\':
		if i+1 < len(s) && (s[i+1] == 'n' || s[i+1] == '"' && encl.c == '"') {
			return true
		}
	case '"', '\'':
		if encl.c == c {
			_, ok := sameQuoteAt(s, i-backslashesBefore(s, i), quoteTok{c: c, depth: encl.depth})
			return ok
		}
	}
	return false
}

// userInfoPassword masks what follows the first sep in a user info
// argument ("bob:pw", "bob%pw"); a user alone makes the tool prompt.
func (e *Engine) userInfoPassword(dst []Finding, s string, vd textVerdict, a argv, sep byte, st *kvState) []Finding {
	arg := s[a.start:a.end]
	i := strings.IndexByte(arg, sep)
	if i < 0 || a.start+i+1 >= a.end {
		return dst
	}
	// What documentation writes in its place ("$USER:$PASS",
	// "<user:password>", "test:test") stands for no credential.
	if curlPlaceholder(arg) || curlPlaceholder(arg[i+1:]) || curlDummy(arg[:i], arg[i+1:]) {
		return dst
	}
	return e.takeValue(dst, s, vd, value{start: a.start + i + 1, end: a.end, next: a.next, quoted: true}, st)
}

// userSlashPassword masks the password of sqlplus' user/password@db.
func (e *Engine) userSlashPassword(dst []Finding, s string, vd textVerdict, a argv, st *kvState) []Finding {
	arg := s[a.start:a.end]
	i := strings.IndexByte(arg, '/')
	if i <= 0 || i == len(arg)-1 {
		return dst
	}
	end := len(arg)
	if at := strings.LastIndexByte(arg, '@'); at > i {
		end = at
	}
	return e.takeValue(dst, s, vd, value{start: a.start + i + 1, end: a.start + end, next: a.next, quoted: true}, st)
}
