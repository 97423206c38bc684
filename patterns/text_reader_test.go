package patterns

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Masks as the default engine writes them, for the tables of the
// free-text reader.
const (
	mK = "[REDACTED:sensitive-key]"
	mP = "[REDACTED:pii-key]"
)

type redactCase struct{ in, want string }

// checkRedactions runs each input through the default engine and compares
// the output; each output must also be settled (nothing left to find) and
// redacting it again must change nothing.
func checkRedactions(t *testing.T, cases []redactCase) {
	t.Helper()
	e := Default()
	for _, tt := range cases {
		got := e.RedactString(tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("RedactString(%q) mismatch (-want +got):\n%s", tt.in, diff)
			continue
		}
		if fs := e.Find(got); len(fs) > 0 {
			t.Errorf("RedactString(%q) = %q still holds %+v", tt.in, got, fs)
		}
	}
}

func TestTextSeparators(t *testing.T) {
	checkRedactions(t, []redactCase{
		{"password=hunter2", "password=" + mK},
		{"password = hunter2", "password = " + mK},
		{"password  =  hunter2 next", "password  =  " + mK + " next"},
		{"retry password:hunter2 now", "retry password:" + mK + " now"},
		{"retry password : hunter2 now", "retry password : " + mK + " now"},
		{"retry password\t:\thunter2 now", "retry password\t:\t" + mK + " now"},
		{`token := "tk-778"`, `token := "` + mK + `"`},
		{"token:=tk-778", "token:=" + mK},
		{"PASSWORD ::= hunter2", "PASSWORD ::= " + mK},
		{"PASSWORD :::= hunter2", "PASSWORD :::= " + mK},
		{`GENERIC_TOKEN ?= "tk-1"`, `GENERIC_TOKEN ?= "` + mK + `"`},
		{`GENERIC_TOKEN += "tk-1"`, `GENERIC_TOKEN += "` + mK + `"`},
		{`$apiToken .= "tk-1"`, `$apiToken .= "` + mK + `"`},
		{"password => hunter2", "password => " + mK},
		{`"password" => "hunter2"`, `"password" => "` + mK + `"`},
		{"password -> hunter2", "password -> " + mK},
		{`{"client_secret" : "cs-1"}`, `{"client_secret" : "` + mK + `"}`},
		{"{\n  \"client_secret\":\n    \"cs-1\"\n}", "{\n  \"client_secret\":\n    \"" + mK + "\"\n}"},
		{`var apiToken string = "tk-1"`, `var apiToken string = "` + mK + `"`},
		{`String apiToken = "tk-1";`, `String apiToken = "` + mK + `";`},
		{`val apiToken: String = "tk-1"`, `val apiToken: String = "` + mK + `"`},
		{"apiToken := `tk-1`", "apiToken := `" + mK + "`"},
		{`apikey = @"tk-1"`, `apikey = @"` + mK + `"`},
		{`apikey[]= "tk-1"`, `apikey[]= "` + mK + `"`},
		{`some_dict["secret"] = "tk-1"`, `some_dict["secret"] = "` + mK + `"`},
		{`private_key 'tk-1';`, `private_key '` + mK + `';`},
		{`setPassword("hunter2")`, `setPassword("` + mK + `")`},
		{`password == "x"`, `password == "x"`},
	})
}

func TestTextKeyWords(t *testing.T) {
	checkRedactions(t, []redactCase{
		{"db_password=x1", "db_password=" + mK},
		{"password2=x1", "password2=" + mK},
		{"userPassword=x1", "userPassword=" + mK},
		{"X-Auth-Token: x1", "X-Auth-Token: " + mK},
		{"access_token1=x1 tokens=x2", "access_token1=" + mK + " tokens=" + mK},
		{"password_confirmation=x1", "password_confirmation=" + mK},
		{"session=x1y2z3 PHPSESSID=x1y2z3 JSESSIONID=x1y2z3", "session=" + mK + " PHPSESSID=" + mK + " JSESSIONID=" + mK},
		{"auth_code=x1 otp=123456 pin=4321", "auth_code=" + mK + " otp=" + mK + " pin=" + mK},
		{"theapikey: x1", "theapikey: " + mK},
		{"spring.datasource.password=x1", "spring.datasource.password=" + mK},
		{"-Djavax.net.ssl.keyStorePassword=x1", "-Djavax.net.ssl.keyStorePassword=" + mK},
		{"AWS_SECRET_ACCESS_KEY_ID=x1", "AWS_SECRET_ACCESS_KEY_ID=x1"},
		{"max_tokens=4096 prompt_tokens=12 token_count=3", "max_tokens=4096 prompt_tokens=12 token_count=3"},
		{"password_changed_at=2026-01-01 secret_rotation_days=30", "password_changed_at=2026-01-01 secret_rotation_days=30"},
		{"secretName=db passwordPolicy=strict", "secretName=db passwordPolicy=strict"},
		{"nextPageToken=CiAKGjBpNDd2", "nextPageToken=CiAKGjBpNDd2"},
	})
}

func TestTextEscapedJSON(t *testing.T) {
	checkRedactions(t, []redactCase{
		{`{"msg":"login {\"password\":\"pa ss\"} ok"}`, `{"msg":"login {\"password\":\"` + mK + `\"} ok"}`},
		{`{"log":"{\"password\":\"p\\\"q\"}"}`, `{"log":"{\"password\":\"` + mK + `\"}"}`},
		{`{"log":"{\"msg\":\"{\\\"token\\\":\\\"t-9\\\"}\"}"}`, `{"log":"{\"msg\":\"{\\\"token\\\":\\\"` + mK + `\\\"}\"}"}`},
		{`{"a":"{\"b\":\"{\\\"c\\\":\\\"{\\\\\\\"password\\\\\\\":\\\\\\\"x1\\\\\\\"}\\\"}\"}"}`,
			`{"a":"{\"b\":\"{\\\"c\\\":\\\"{\\\\\\\"password\\\\\\\":\\\\\\\"` + mK + `\\\\\\\"}\\\"}\"}"}`},
		{`{"MESSAGE":"user=bob password=hunter2 ok"}`, `{"MESSAGE":"user=bob password=` + mK + ` ok"}`},
		{`{"msg":"a\npassword=x1\tb"}`, `{"msg":"a\npassword=` + mK + `\tb"}`},
		{`\{\n    \"generic_token\": \"t-1\"\n\}`, `\{\n    \"generic_token\": \"` + mK + `\"\n\}`},
	})
}

func TestTextYAML(t *testing.T) {
	checkRedactions(t, []redactCase{
		{"generic_token: t-1", "generic_token: " + mK},
		{"generic_token: 't-1'", "generic_token: '" + mK + "'"},
		{"db:\n  password: two words\n  user: bob", "db:\n  password: " + mK + "\n  user: bob"},
		{"db:\n  password: x1 # comment\n", "db:\n  password: " + mK + " # comment\n"},
		{"password: |\n  line one\n  line two\nuser: bob", "password: |\n  " + mK + "\nuser: bob"},
		{"password: >-\n    folded\n    text\nuser: bob", "password: >-\n    " + mK + "\nuser: bob"},
		{"password:\n  x1\nuser: bob", "password:\n  " + mK + "\nuser: bob"},
		{"credentials:\n  username: bob\n  password: x1\nnext: 1", "credentials:\n  " + mK + "\nnext: 1"},
		{"env:\n- name: DB_PASSWORD\n  value: x1\n", "env:\n- name: DB_PASSWORD\n  value: " + mK + "\n"},
		{"- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password\n", "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password\n"},
		{"secretKeyRef:\n  name: db\n  key: password\n", "secretKeyRef:\n  name: db\n  key: password\n"},
	})
}

func TestTextXML(t *testing.T) {
	checkRedactions(t, []redactCase{
		{"<password>x1</password>", "<password>" + mK + "</password>"},
		{"<the_password> m{{h}o)p${e]nob(ody[finds>-_$#thisone}} </the_password>", "<the_password> " + mK + " </the_password>"},
		{"< the_password > x1 </the_password>", "< the_password > " + mK + " </the_password>"},
		{"<apiToken>\n    t-1\n</apiToken>", "<apiToken>\n    " + mK + "\n</apiToken>"},
		{`<the_password value="x1"/>`, `<the_password value="` + mK + `"/>`},
		{`<sometag the_password="x1"/>`, `<sometag the_password="` + mK + `"/>`},
		{`<add key="Password" value="x1"/>`, `<add key="Password" value="` + mK + `"/>`},
		{`<sometag name = "the_password" value= "x1" />`, `<sometag name = "the_password" value= "` + mK + `" />`},
		{`<sometag value="x1" name="the_password"/>`, `<sometag value="` + mK + `" name="the_password"/>`},
		{`<sometag name="the_password">x1</sometag>`, `<sometag name="the_password">` + mK + `</sometag>`},
		{`<entry key="db.password">x1</entry>`, `<entry key="db.password">` + mK + `</entry>`},
		{`<password><![CDATA[x1]]></password>`, `<password><![CDATA[` + mK + `]]></password>`},
		{`<password/>`, `<password/>`},
		{`<credentials><user>bob</user></credentials>`, `<credentials><user>bob</user></credentials>`},
	})
}

func TestTextNameValue(t *testing.T) {
	checkRedactions(t, []redactCase{
		{`{"name":"DB_PASSWORD","value":"x1"}`, `{"name":"DB_PASSWORD","value":"` + mK + `"}`},
		{`{"value":"x1","name":"DB_PASSWORD"}`, `{"value":"` + mK + `","name":"DB_PASSWORD"}`},
		{`{"name": "Authorization", "value": "Bearer t-1"}`, `{"name": "Authorization", "value": "Bearer ` + mK + `"}`},
		{`{"ParameterKey":"DbPassword","ParameterValue":"x1"}`, `{"ParameterKey":"DbPassword","ParameterValue":"` + mK + `"}`},
		{`{"name":"DB_PASSWORD","valueFrom":{"secretKeyRef":{"name":"db","key":"password"}}}`, `{"name":"DB_PASSWORD","valueFrom":{"secretKeyRef":{"name":"db","key":"password"}}}`},
		{"{Name:DB_PASSWORD Value:x1}", "{Name:DB_PASSWORD Value:" + mK + "}"},
		{"&{Name:DB_PASSWORD,Value:x1}", "&{Name:DB_PASSWORD,Value:" + mK + "}"},
		{"[{Name:PATH Value:/bin} {Name:API_TOKEN Value:t-1}]", "[{Name:PATH Value:/bin} {Name:API_TOKEN Value:" + mK + "}]"},
		{`{"name":"DB_HOST","value":"db1"}`, `{"name":"DB_HOST","value":"db1"}`},
		{`{"Name":"/prod/db/password","Type":"SecureString","Value":"x1"}`, `{"Name":"/prod/db/password","Type":"SecureString","Value":"` + mK + `"}`},
		{"GET /api/token?x=1", "GET /api/token?x=1"},
	})
}

func TestTextContainers(t *testing.T) {
	checkRedactions(t, []redactCase{
		{`{"password":["a1","b2"],"n":1}`, `{"password":` + mK + `,"n":1}`},
		{`msg {"credentials":{"value":"x1"}} ok`, `msg {"credentials":` + mK + `} ok`},
		{"headers=map[Accept:[*/*] X-Api-Key:[k-1]]", "headers=map[Accept:[*/*] X-Api-Key:" + mK + "]"},
		{"req map[Authorization:[Bearer t-1234] Cookie:[a=1; b=2]]", "req map[Authorization:[Bearer " + mK + "] Cookie:[a=" + mK + "; b=" + mK + "]]"},
		{"creds=map[user:bob pass:x1]", "creds=" + mK},
		{`"secret":{"secretName":"default-token-x7k2p","defaultMode":420}`, `"secret":{"secretName":"default-token-x7k2p","defaultMode":420}`},
		{"secretKeyRef: {name: db, key: password}", "secretKeyRef: {name: db, key: password}"},
		{`{"password":{}}`, `{"password":` + mK + `}`},
		{`apikey: {{h}o)p${e]nob(ody[finds>-_$#thisone}}`, "apikey: " + mK},
	})
}

func TestTextHeaders(t *testing.T) {
	checkRedactions(t, []redactCase{
		{"Authorization: Bearer t-1234", "Authorization: Bearer " + mK},
		{"Proxy-Authorization: Basic dXNlcjpwdw", "Proxy-Authorization: Basic [REDACTED:basic-auth]"},
		{"Proxy-Authorization: Negotiate t-1", "Proxy-Authorization: Negotiate " + mK},
		{"authorization=Bearer t-1 next=1", "authorization=Bearer " + mK + " next=1"},
		{`{"Authorization":"Token t-1"}`, `{"Authorization":"Token ` + mK + `"}`},
		{"Authorization: Digest username=\"bob\", response=\"6629fae4\"", "Authorization: Digest " + mK},
		{"Authorization: t-1234", "Authorization: " + mK},
		{"Authorization: Basic", "Authorization: Basic"},
		{"auth=Bearer t-1", "auth=Bearer " + mK},
		{"auth=bob:pw1", "auth=" + mK},
		{"Cookie: a=1; session=x1y2; theme=dark", "Cookie: a=" + mK + "; session=" + mK + "; theme=" + mK},
		{"Set-Cookie: id=x1y2; Path=/; HttpOnly; Max-Age=3600", "Set-Cookie: id=" + mK + "; Path=/; HttpOnly; Max-Age=3600"},
		{`{"cookie":"a=1; b=2"}`, `{"cookie":"a=` + mK + `; b=` + mK + `"}`},
		{"Set-Cookie: session=; Max-Age=0", "Set-Cookie: session=; Max-Age=0"},
	})
}

func TestTextCommandLines(t *testing.T) {
	checkRedactions(t, []redactCase{
		{"--password x1", "--password " + mK},
		{"--password=x1", "--password=" + mK},
		{"-password x1 -v", "-password " + mK + " -v"},
		{"--db-password 'two words' --x", "--db-password '" + mK + "' --x"},
		{"--password --verbose", "--password --verbose"},
		{"mysql -uroot -phunter2 app", "mysql -uroot -p" + mK + " app"},
		{"/usr/bin/mysqldump -h db -u app -phunter2 shop", "/usr/bin/mysqldump -h db -u app -p" + mK + " shop"},
		{"mysql -u root -p app", "mysql -u root -p app"},
		{"mysql -h db -P 3306 -uapp", "mysql -h db -P 3306 -uapp"},
		{"curl -u bob:pw1 https://x.example", "curl -u bob:[REDACTED:curl-user-credentials] https://x.example"},
		{"curl -ubob:pw1 https://x.example", "curl -ubob:" + mK + " https://x.example"},
		{"curl --user=bob:pw1 https://x.example", "curl --user=bob:[REDACTED:curl-user-credentials] https://x.example"},
		{"curl -u bob https://x.example", "curl -u bob https://x.example"},
		{`curl -H "Authorization: Bearer t-1" https://x.example`, `curl -H "Authorization: Bearer ` + mK + `" https://x.example`},
		{"sshpass -p pw1 ssh deploy@host", "sshpass -p " + mK + " ssh deploy@host"},
		{"redis-cli -h cache -a pw1 ping", "redis-cli -h cache -a " + mK + " ping"},
		{"ldapsearch -x -D cn=admin -w pw1 -b dc=x", "ldapsearch -x -D cn=admin -w " + mK + " -b dc=x"},
		{"ipmitool -H bmc -U admin -P pw1 power status", "ipmitool -H bmc -U admin -P " + mK + " power status"},
		{"smbclient //srv/share -U bob%pw1", "smbclient //srv/share -U bob%" + mK},
		{"sqlplus scott/pw1@orcl", "sqlplus scott/" + mK + "@orcl"},
		{"docker login -u bob -p pw1 registry.example", "docker login -u bob -p " + mK + " registry.example"},
		{"docker run -p 8080:80 nginx", "docker run -p 8080:80 nginx"},
		{"export PGPASSWORD=pw1; psql -h db", "export PGPASSWORD=" + mK + "; psql -h db"},
		{"kubectl create secret generic db --from-literal=password=pw1", "kubectl create secret generic db --from-literal=password=" + mK},
		{"User-Agent: curl/7.68.0", "User-Agent: curl/7.68.0"},
	})
}

func TestTextConnectionStrings(t *testing.T) {
	checkRedactions(t, []redactCase{
		{"dsn=app:pw1@tcp(db:3306)/shop?parseTime=true", "dsn=app:" + mK + "@tcp(db:3306)/shop?parseTime=true"},
		{`dial "app:pw1@unix(/run/mysqld/mysqld.sock)/shop"`, `dial "app:` + mK + `@unix(/run/mysqld/mysqld.sock)/shop"`},
		{"open app:pw1@/shop", "open app:" + mK + "@/shop"},
		{"open app@tcp(db:3306)/shop", "open app@tcp(db:3306)/shop"},
		{"jdbc:mysql://db:3306/shop?user=app&password=pw1&ssl=true", "jdbc:mysql://db:3306/shop?user=app&password=" + mK + "&ssl=true"},
		{"jdbc:sqlserver://db:1433;databaseName=shop;user=app;password=pw1;", "jdbc:sqlserver://db:1433;databaseName=shop;user=app;password=" + mK + ";"},
		{"jdbc:oracle:thin:scott/pw1@db:1521:ORCL", "jdbc:oracle:thin:scott/" + mK + "@db:1521:ORCL"},
		{"Server=db;Database=shop;User Id=app;Password=pw1;", "Server=db;Database=shop;User Id=app;Password=" + mK + ";"},
		{"Driver={ODBC Driver 18};Server=db;Uid=app;Pwd=pw1;", "Driver={ODBC Driver 18};Server=db;Uid=app;Pwd=" + mK + ";"},
		{"Pwd={p;w1};Server=db", "Pwd=" + mK + ";Server=db"},
		{"host=db port=5432 user=app password=pw1 dbname=shop", "host=db port=5432 user=app password=" + mK + " dbname=shop"},
		{"host=db password='p w1' dbname=shop", "host=db password='" + mK + "' dbname=shop"},
		{"connection_string=Server=db;Password=pw1", "connection_string=Server=db;Password=" + mK},
		{"dsn=2.0.0, stat=Sent", "dsn=2.0.0, stat=Sent"},
	})
}

func TestTextSQL(t *testing.T) {
	checkRedactions(t, []redactCase{
		{"CREATE USER 'bob'@'%' IDENTIFIED BY 'pw1';", "CREATE USER 'bob'@'%' IDENTIFIED BY '" + mK + "';"},
		{"alter user bob identified by pw1;", "alter user bob identified by " + mK + ";"},
		{"CREATE USER bob IDENTIFIED WITH mysql_native_password BY 'pw1'", "CREATE USER bob IDENTIFIED WITH mysql_native_password BY '" + mK + "'"},
		{"CREATE ROLE bob WITH LOGIN PASSWORD 'pw1'", "CREATE ROLE bob WITH LOGIN PASSWORD '" + mK + "'"},
		{"SET PASSWORD FOR bob = PASSWORD('pw1')", "SET PASSWORD FOR bob = PASSWORD('" + mK + "')"},
		// A password hash is masked as the value of PASSWORD.
		{"IDENTIFIED BY PASSWORD '*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19'", "IDENTIFIED BY PASSWORD '" + mK + "'"},
	})
}

func TestTextQueryValues(t *testing.T) {
	b64 := "abc" + "%2F" + "def%2b" + "ghi%3D"
	checkRedactions(t, []redactCase{
		{"GET /pay?card=4111+1111+1111+1111 HTTP/1.1", "GET /pay?card=[REDACTED:credit-card] HTTP/1.1"},
		{"GET /pay?n=1&card=4111%201111%201111%201111&x=2", "GET /pay?n=1&card=[REDACTED:credit-card]&x=2"},
		{"GET /cb?access_token=" + b64 + "&x=1", "GET /cb?access_token=" + mK + "&x=1"},
		{"GET /r?next=%2Fcb%3Fpassword%3Dpw1%26x%3D1", "GET /r?next=%2Fcb%3Fpassword%3D" + mK + "%26x%3D1"},
		{"GET /r?ref=https%3A%2F%2Fhooks.example.com%2Fcb%3Ftoken%3Dt-1%26x%3D2", "GET /r?ref=https%3A%2F%2Fhooks.example.com%2Fcb%3Ftoken%3D" + mK + "%26x%3D2"},
		{"GET /r?ref=https%253A%252F%252Fh.example%252Fcb%253Ftoken%253Dt-1", "GET /r?ref=https%253A%252F%252Fh.example%252Fcb%253Ftoken%253D" + mK},
		{"GET /r?to=alice%40example.com", "GET /r?to=[REDACTED:email]"},
		{"GET /search?q=hello%20world+again&page=2", "GET /search?q=hello%20world+again&page=2"},
	})
}

func TestTextNotValues(t *testing.T) {
	checkRedactions(t, []redactCase{
		{"password=${DB_PASSWORD}", "password=${DB_PASSWORD}"},
		{"password=${DB_PASSWORD:-changeme} token=${T:=x}", "password=${DB_PASSWORD:-changeme} token=${T:=x}"},
		{"token={{ .Values.token }}", "token={{ .Values.token }}"},
		{"token=$(gcloud auth print-access-token)", "token=$(gcloud auth print-access-token)"},
		{"password=%(password)s secret=%s", "password=%(password)s secret=%s"},
		{"password=<your-password> secret=<nil>", "password=<your-password> secret=<nil>"},
		{"password=$APP_PASSWORD token=$token", "password=$APP_PASSWORD token=$token"},
		{"password=true secret=null token=none key=", "password=true secret=null token=none key="},
		{"token=Token{a64f992 u0}", "token=Token{a64f992 u0}"},
		{"Token: Token { kind: ContainerToken, service: 10.0.0.1:28345 }", "Token: Token { kind: ContainerToken, service: 10.0.0.1:28345 }"},
		{"token: android.os.BinderProxy@2bd79ce", "token: android.os.BinderProxy@2bd79ce"},
		{"secret=[B@1a2b3c4d", "secret=[B@1a2b3c4d"},
		{"credentials: new AWS.SharedIniFileCredentials({profile: 'dev'})", "credentials: new AWS.SharedIniFileCredentials({profile: 'dev'})"},
		{"apiKey: getApiKey()", "apiKey: getApiKey()"},
		{"password=******** token=xxxxxxxx", "password=******** token=xxxxxxxx"},
		// Values that only start like a reference or a mask are values.
		{"password=$UPPERCASE9", "password=" + mK},
		{"password=${a}b", "password=" + mK},
		{"token: [REDACTED] ghp_" + strings.Repeat("aB3dE5fG7h", 4)[:36], "token: [REDACTED] [REDACTED:github-pat]"},
	})
}

func TestTextValueEnds(t *testing.T) {
	checkRedactions(t, []redactCase{
		{"password=x1;user=bob", "password=" + mK + ";user=bob"},
		{"password=x1,user=bob", "password=" + mK + ",user=bob"},
		{"?password=x1&user=bob", "?password=" + mK + "&user=bob"},
		{"(password=x1) ok", "(password=" + mK + ") ok"},
		{"[password=x1] ok", "[password=" + mK + "] ok"},
		{"{password=x1, user=bob}", "{password=" + mK + ", user=bob}"},
		{"password=p(a)ss ok", "password=" + mK + " ok"},
		{`password="a \"b\" c" ok`, `password="` + mK + `" ok`},
		{`password='it\'s' ok`, `password='` + mK + `' ok`},
		{"the password=x1.", "the password=" + mK + "."},
		{`msg="password=x1" user=bob`, `msg="password=` + mK + `" user=bob`},
	})
}

func TestTextNoLengthCliff(t *testing.T) {
	for _, n := range []int{100, 5000, 70000} {
		long := strings.Repeat("aZ9-", n)
		checkRedactions(t, []redactCase{
			{"password=" + long + " user=bob", "password=" + mK + " user=bob"},
			{`{"token":"` + long + `","n":1}`, `{"token":"` + mK + `","n":1}`},
			{"credentials: [" + strings.Repeat(`"a",`, n) + `"b"] ok`, "credentials: " + mK + " ok"},
		})
	}
}

func TestTextPIIKeys(t *testing.T) {
	checkRedactions(t, []redactCase{
		{"first_name=Alice last_name=Smith", "first_name=" + mP + " last_name=" + mP},
		{`{"firstName":"Alice","surname":"Smith","given_name":"Al"}`, `{"firstName":"` + mP + `","surname":"` + mP + `","given_name":"` + mP + `"}`},
		{"customer_last_name=Smith", "customer_last_name=" + mP},
		{"date_of_birth=1990-01-31 dob=1990-01-31 birth_date=1990-01-31", "date_of_birth=" + mP + " dob=" + mP + " birth_date=" + mP},
		{`billing_address="1 Main St" postal_code=94103 zip_code=94103`, `billing_address="` + mP + `" postal_code=` + mP + " zip_code=" + mP},
		{"tax_id=12-3456789 passport_number=X1 national_id=AB1", "tax_id=" + mP + " passport_number=" + mP + " national_id=" + mP},
		{"bank_account=12345678 account_number=87654321", "bank_account=" + mP + " account_number=" + mP},
		{"routing_number=011000015 aba=011000015", "routing_number=" + mP + " aba=" + mP},
		{"routing_number=011000016", "routing_number=011000016"},
		{"ip_address=10.0.0.1 mac_address=00:1a:2b:3c:4d:5e remote_address=10.0.0.2", "ip_address=10.0.0.1 mac_address=00:1a:2b:3c:4d:5e remote_address=10.0.0.2"},
		{"service_name=api file_name=a.txt host_name=web1 zip_file=a.zip date_created=2026-01-01 user_name=bob", "service_name=api file_name=a.txt host_name=web1 zip_file=a.zip date_created=2026-01-01 user_name=bob"},
	})
}

func TestTextMessages(t *testing.T) {
	checkRedactions(t, []redactCase{
		{"password: must be at least 12 characters", "password: must be at least 12 characters"},
		{"ValidationError: password: is too short", "ValidationError: password: is too short"},
		{"oauth2: cannot fetch token: 401 Unauthorized Response", "oauth2: cannot fetch token: 401 Unauthorized Response"},
		{`secret=projects/p/secrets/db-password/versions/latest err="denied"`, `secret=projects/p/secrets/db-password/versions/latest err="denied"`},
		{"vault: token=secret/data/app/db", "vault: token=secret/data/app/db"},
		{"Access denied for user 'app'@'10.0.0.5' (using password: YES)", "Access denied for user 'app'@'10.0.0.5' (using password: YES)"},
		{`password="must be fun"`, `password="` + mK + `"`},
		{"password=is", "password=" + mK},
		{`resource "aws_secretsmanager_secret" "db" {`, `resource "aws_secretsmanager_secret" "db" {`},
		{"Using credentials 'deploy-key' for the checkout", "Using credentials 'deploy-key' for the checkout"},
		{`ssh_keys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGk bob@laptop"]`, `ssh_keys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGk bob@laptop"]`},
		{"Issuing certificate as Secret does not exist secret=default/tls-secret", "Issuing certificate as Secret does not exist secret=default/tls-secret"},
		{"sessions: 12 active, 3 idle", "sessions: 12 active, 3 idle"},
		{"ALTER USER app PASSWORD 'pw1' VALID UNTIL 'infinity'", "ALTER USER app PASSWORD '" + mK + "' VALID UNTIL 'infinity'"},
	})
}
