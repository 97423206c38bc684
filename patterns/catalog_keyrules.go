package patterns

// Key rules as detectors: a value under a sensitive key name
// (sensitive-key) or a personal-data key name (pii-key), in a field or in
// free text, whatever the value looks like. Their keywords are the words
// of the key terms (keys_terms.go) and the literals of the free-text
// reader (text_literals.go), registered by the engine itself; the lists
// here are what the catalog shows and what the examples are checked
// against.

// readerKeywords returns the literals of the reader: the words of the
// terms of one kind, and the reader's own literals for secrets.
func readerKeywords(pii bool) []string {
	v := builtinVocabulary()
	if pii {
		return append([]string(nil), v.piiKeywords...)
	}
	out := append([]string(nil), v.keywords...)
	for _, l := range keyLiterals {
		out = append(out, l.text)
	}
	return out
}

var _ = register(Detector{
	ID:          sensitiveKeyID,
	Description: "Value under a sensitive key name, in a field or in free text: assignments in any layout, JSON and YAML, XML, name/value pairs, headers and cookies, DSNs and command lines",
	Category:    Secret,
	anchor:      anchorKeyValue,
	Keywords:    readerKeywords(false),
	IgnoreCase:  true,
	Positive: []Example{
		{Text: "password=hunter2", Secret: "hunter2", Why: "key=value"},
		{Text: "login user=bob password=hunter2 ok", Secret: "hunter2", Why: "logfmt in a sentence"},
		{Text: `{"user":"bob","api_key":"k-123-abc"}`, Secret: "k-123-abc", Why: "JSON line"},
		{Text: `msg="retry with \"password\":\"pa ss\""`, Secret: "pa ss", Why: "JSON inside a quoted string"},
		{Text: `{"log":"{\"msg\":\"{\\\"token\\\":\\\"t-9f8e7d\\\"}\"}"}`, Secret: "t-9f8e7d", Why: "JSON two levels deep in JSON strings"},
		{Text: "Authorization: Bearer abc.def.ghi", Secret: "abc.def.ghi", Why: "header: the scheme stays visible"},
		{Text: "X-Auth-Token: 0badc0ffee", Secret: "0badc0ffee", Why: "compound header name"},
		{Text: "authorization: Custom c0ffee-c0ffee", Secret: "c0ffee-c0ffee", Why: "any scheme word under an Authorization key"},
		{Text: "db_password: 's3 cr3t'", Secret: "s3 cr3t", Why: "single-quoted YAML"},
		{Text: "stripeSecretKey=abc", Secret: "abc", Why: "camelCase compound"},
		{Text: "GET /cb?code=1&access_token=abc123&x=1", Secret: "abc123", Why: "URL query"},
		{Text: "API-KEY=zzz", Secret: "zzz", Why: "upper case with a dash"},
		{Text: "db_pass=open", Secret: "open", Why: "short word for a password"},
		{Text: "userPassword=x1", Secret: "x1", Why: "camelCase suffix"},
		{Text: "ssn=123456789", Secret: "123456789", Why: "bare digits under an SSN key"},
		{Text: "password = hunter2", Secret: "hunter2", Why: "spaces around the separator"},
		{Text: "retry password\t:\thunter2 now", Secret: "hunter2", Why: "tabs around a colon"},
		{Text: "{\n  \"client_secret\" : \"cs-42x\"\n}", Secret: "cs-42x", Why: "pretty-printed JSON"},
		{Text: `token := "tk-778"`, Secret: "tk-778", Why: "Go short assignment"},
		{Text: "password => hunter2", Secret: "hunter2", Why: "Perl/Ruby/logstash arrow"},
		{Text: "password2=hunter2", Secret: "hunter2", Why: "a digit after the key word"},
		{Text: "password_confirmation=hunter2", Secret: "hunter2", Why: "the confirmation copy of a password"},
		{Text: "access_token1=ya29-abc", Secret: "ya29-abc", Why: "numbered token key"},
		{Text: `tokens: ["t-1","t-2"]`, Secret: `["t-1","t-2"]`, Why: "a list under a plural key, masked whole"},
		{Text: "Cookie: PHPSESSID=r2t5uvjq435r4q7ib3vtdjq120; theme=dark", Secret: "r2t5uvjq435r4q7ib3vtdjq120", Why: "every cookie of a Cookie header"},
		{Text: "JSESSIONID=1A530637289A03B07199A44E8D531427", Secret: "1A530637289A03B07199A44E8D531427", Why: "Java session cookie"},
		{Text: "set connect.sid=s%3Aab12.cd34 for bob", Secret: "s%3Aab12.cd34", Why: "Express session cookie"},
		{Text: "auth_code=4-0AX4XfWh", Secret: "4-0AX4XfWh", Why: "OAuth authorization code"},
		{Text: "otp=123456", Secret: "123456", Why: "one-time password"},
		{Text: "pin: 4321", Secret: "4321", Why: "a PIN"},
		{Text: "session=7c2f9a0b1e", Secret: "7c2f9a0b1e", Why: "a session cookie"},
		{Text: "dsn=app:hunter2@tcp(db:3306)/app?parseTime=true", Secret: "hunter2", Why: "go-sql-driver DSN: the user and host stay"},
		{Text: "open app:hunter2@unix(/run/mysqld.sock)/app", Secret: "hunter2", Why: "DSN over a socket"},
		{Text: "mysql -uroot -phunter2 app", Secret: "hunter2", Why: "mysql's attached -p"},
		{Text: "curl -ubob:hunter2 https://api.example.com", Secret: "hunter2", Why: "curl user:password glued to -u"},
		{Text: "sshpass -p hunter2 ssh deploy@host", Secret: "hunter2", Why: "sshpass -p"},
		{Text: "run --db-password hunter2 --verbose", Secret: "hunter2", Why: "long flag with its argument"},
		{Text: "CREATE USER 'bob'@'%' IDENTIFIED BY 'hunter2';", Secret: "hunter2", Why: "SQL IDENTIFIED BY"},
		{Text: `{"name":"DB_PASSWORD","value":"hunter2"}`, Secret: "hunter2", Why: "Kubernetes env var name/value pair"},
		{Text: `{"value":"hunter2","name":"DB_PASSWORD"}`, Secret: "hunter2", Why: "name/value pair, value first"},
		{Text: "env {Name:DB_PASSWORD Value:hunter2}", Secret: "hunter2", Why: "Go %+v dump of a name/value pair"},
		{Text: `<add key="Password" value="hunter2"/>`, Secret: "hunter2", Why: ".NET config name/value attributes"},
		{Text: "<password>hunter2</password>", Secret: "hunter2", Why: "XML element"},
		{Text: "headers=map[Accept:[*/*] X-Api-Key:[k-123]]", Secret: "[k-123]", Why: "Go http.Header printed with %v"},
		{Text: `{"password":["a1","b2"]}`, Secret: `["a1","b2"]`, Why: "a JSON array under a sensitive key, masked whole"},
		{Text: `{"credentials":{"value":"x-9"}}`, Secret: `{"value":"x-9"}`, Why: "a JSON object under a sensitive key, masked whole"},
		{Text: "export PGPASSWORD=hunter2", Secret: "hunter2", Why: "environment assignment"},
		{Text: "Server=db;User Id=app;Password=hunter2;Encrypt=true", Secret: "hunter2", Why: "ADO.NET connection string"},
		{Text: "host=db user=app password=hunter2 dbname=app", Secret: "hunter2", Why: "libpq keyword string"},
		{Text: "url=jdbc:oracle:thin:scott/hunter2@db:1521:ORCL", Secret: "hunter2", Why: "Oracle thin URL user/password"},
		{Text: "PWD=x7-fq2", Secret: "x7-fq2", Why: "an ODBC password that is no path"},
		{Text: "password=$UPPERCASE9", Secret: "$UPPERCASE9", Why: "a password that only starts like a variable"},
		{Text: `api_key: "{{h}o)p${e]nob(ody}}"`, Secret: "{{h}o)p${e]nob(ody}}", Why: "braces inside a value that is no template"},
	},
	Negative: []Example{
		{Text: "max_tokens=4096", Why: "a count of tokens"},
		{Text: "token_count=3", Why: "describes tokens"},
		{Text: "password_changed_at=2026-01-01T00:00:00Z", Why: "describes a password"},
		{Text: "secret_rotation_days=30", Why: "describes a secret"},
		{Text: "secretName=db-creds", Why: "the name of a secret"},
		{Text: "passwordPolicy=strict", Why: "a policy about passwords"},
		{Text: "cache key=orders/123", Why: "a bare key is not an API key"},
		{Text: "cache_key=user-42-profile", Why: "the key of a cache"},
		{Text: "monkey=banana", Why: "ends in key but is no key"},
		{Text: "bypass=yes", Why: "contains pass but not as a word"},
		{Text: `{"password":null}`, Why: "nothing to hide"},
		{Text: "password=${DB_PASSWORD} token={{ .Values.token }} secret=$APP_SECRET", Why: "template references name a secret's source"},
		{Text: "password=${DB_PASSWORD:=changeme} token=$(gcloud auth print-access-token)", Why: "defaults and command substitutions are references"},
		{Text: "password=[REDACTED:sensitive-key]", Why: "already masked"},
		{Text: "https://example.com/token", Why: "a URL path"},
		{Text: "pam_unix(chpasswd:chauthtok): password changed for bob", Why: "chpasswd is one word"},
		{Text: "Auth successful for job_1445144423722_0020 (auth:SIMPLE)", Why: "an authentication mechanism"},
		{Text: "sudo: alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/bin/ls", Why: "the working directory"},
		{Text: "relay=[127.0.0.1], dsn=4.0.0, stat=Deferred", Why: "a delivery status code"},
		{Text: "ProcessThread(sid:2 cport:-1)", Why: "a server ID"},
		{Text: "session termination for sessionid: 0x14ede63a5a70002", Why: "a session ID printed as a number"},
		{Text: "token=Token{a64f992 ActivityRecord{de9231d}}", Why: "an object dump"},
		{Text: "Bad activity token: android.os.BinderProxy@2bd79ce", Why: "a Java object's string"},
		{Text: "io.jsonwebtoken:jjwt-api:0.11.5", Why: "Maven coordinates"},
		{Text: "credentials: new AWS.SharedIniFileCredentials({profile: 'dev'})", Why: "code in a stack trace"},
		{Text: `"secret":{"secretName":"default-token-x7k2p","defaultMode":420}`, Why: "a Kubernetes secret volume references a secret"},
		{Text: "secretKeyRef: {name: db, key: password}", Why: "a reference to where a password lives"},
		{Text: "mysql -u root -p app", Why: "-p alone makes mysql prompt"},
		{Text: "curl -u bob https://api.example.com", Why: "a user alone makes curl prompt"},
		{Text: "next_page_token=CiAKGjBpNDd2Nmp2Zml2", Why: "a pagination cursor"},
		{Text: "ERROR: password authentication failed for user \"app\"", Why: "a message about a password"},
	},
})

var _ = register(Detector{
	ID:          piiKeyID,
	Description: "Value under a personal-data key name: names, dates of birth, postal addresses and codes, identity document, tax and bank account numbers",
	Category:    PIIKey,
	anchor:      anchorPIIKey,
	Keywords:    readerKeywords(true),
	IgnoreCase:  true,
	Positive: []Example{
		{Text: "first_name=Alice", Secret: "Alice", Why: "free text"},
		{Text: `{"last_name":"Smith","id":7}`, Secret: "Smith", Why: "JSON"},
		{Text: "customer_last_name=Smith", Secret: "Smith", Why: "a compound key"},
		{Text: "lastName: Smith", Secret: "Smith", Why: "camelCase key at a line's start"},
		{Text: "full_name: Alice B. Smith", Secret: "Alice B. Smith", Why: "a YAML line: the value runs to its end"},
		{Text: "date_of_birth=1990-01-31", Secret: "1990-01-31", Why: "a date of birth"},
		{Text: "dob: 31/01/1990", Secret: "31/01/1990", Why: "dob"},
		{Text: `street_address="1 Main St"`, Secret: "1 Main St", Why: "a street address"},
		{Text: `address_line1="Flat 2"`, Secret: "Flat 2", Why: "an address line"},
		{Text: "postal_code=94103", Secret: "94103", Why: "a postal code"},
		{Text: "zip=94103", Secret: "94103", Why: "a ZIP code"},
		{Text: "passport_number=X1234567", Secret: "X1234567", Why: "a passport number"},
		{Text: "national_id=AB123456C", Secret: "AB123456C", Why: "a national ID"},
		{Text: "drivers_license=D1234567", Secret: "D1234567", Why: "a driver's license"},
		{Text: "account_number=12345678", Secret: "12345678", Why: "a bank account number"},
		{Text: "routing_number=011000015", Secret: "011000015", Why: "a routing number that passes the ABA checksum"},
	},
	Negative: []Example{
		{Text: "ip_address=10.0.0.1", Why: "a network address"},
		{Text: "remote_address=10.0.0.1:443", Why: "a network address"},
		{Text: "service_name=api file_name=a.txt host_name=web1", Why: "names of things"},
		{Text: "user_name=bob", Why: "an account handle"},
		{Text: "zip_file=a.zip", Why: "a file"},
		{Text: "date_created=2026-01-01", Why: "a date that is no birthday"},
		{Text: "routing_number=123456789", Why: "fails the ABA checksum"},
		{Text: "routing=orders.created", Why: "message routing"},
		{Text: "zip: true", Why: "a compression switch"},
		{Text: "last_name_updated_at=2026-01-01", Why: "describes a name"},
	},
})
