package patterns

// The key terms, as data. A term is one or more words ("password",
// "api key", "date of birth"); a key is sensitive when a term ends its
// words, give or take the words that only say how the value is written
// ("password_confirmation", "token_value", "access_token1"), and unless a
// word before the term makes it a count ("max_tokens") or names something
// that is not secret ("next_page_token", "cache_key"). See classifyWords.
//
// Each group says why its values are sensitive, which value rule applies
// (valuePolicy: the value decides for ambiguous short names), and which
// words wake the free-text reader (keywords: case-insensitive literals of
// the prefilter; one keyword may serve several terms, since the reader
// reads the whole key around it).

// termGroup is a set of terms that share a rule.
type termGroup struct {
	// terms are separated by ',', the words of a term by ' '.
	terms string
	rule  termRule
	// keywords are the prefilter literals that find these keys in text.
	keywords []string
}

// termRule is what a matched term says about a value.
type termRule struct {
	policy valuePolicy
	// category is Secret, PII or PIIKey; PIIKey findings are reported as
	// pii-key, the others as sensitive-key.
	category Category
	// suffixAny lets the term end a run of letters after any prefix:
	// "dbpassword", "theapikey". Terms without it need a known word in
	// front inside such a run, so "chpasswd" and "jsonwebtoken" are no
	// keys.
	suffixAny bool
	// notAfter lists words that, right before the term, make it name
	// something that is not secret.
	notAfter string
	// tails lists words that may follow this term without changing what
	// the value is ("passport_number").
	tails string
}

var termGroups = []termGroup{
	// Passwords and passphrases are the secret itself, whatever word
	// comes before them ("db_password", "newPassword", "MYSQL_ROOT_PASSWORD").
	{terms: "password, passphrase, passcode, pass phrase, pass word",
		rule: termRule{suffixAny: true}, keywords: []string{"pass"}},
	// Short and tool-specific spellings of a password: passwd(5),
	// keytool's -storepass and -keypass, openssl's -passin and -passout,
	// Redis's requirepass and masterauth.
	{terms: "passwd, pword, storepass, keypass, srcstorepass, deststorepass, srckeypass, destkeypass, passin, passout, requirepass, masterauth",
		rule: termRule{}, keywords: []string{"pass", "pword", "masterauth"}},
	// "pass" and "pw" are passwords in "db_pass" and "smtp_pw", but also
	// counts and verdicts ("pass=3", "pass: true"): integers are not
	// secrets under them.
	{terms: "pass, pw",
		rule: termRule{policy: polPass}, keywords: []string{"pass", "pw"}},
	// "pwd" is a password in connection strings (ODBC's PWD=) but the
	// working directory in sudo's and the shell's PWD=/home/user: an
	// absolute path is not a secret under it.
	{terms: "pwd",
		rule: termRule{policy: polPath}, keywords: []string{"pwd"}},
	// Shared secrets of every kind: client_secret, app_secret,
	// webhook_secret, "secrets".
	{terms: "secret, mnemonic, seed phrase, recovery phrase, secret answer, security answer",
		rule: termRule{suffixAny: true}, keywords: []string{"secret", "mnemonic", "phrase", "answer"}},
	// Bearer, access, refresh, ID, API and session tokens, JWTs and CSRF
	// tokens. Pagination cursors and tokenizer markers are called tokens
	// too and hold nothing secret.
	{terms: "token, bearer, jwt, csrf, xsrf, cftoken",
		rule:     termRule{notAfter: "next page continuation pagination cursor sync resume cancellation cancel eos bos pad unk sep cls special stop start end sentinel lexer"},
		keywords: []string{"token", "bearer", "jwt", "csrf", "xsrf"}},
	// Keys that open something. A key qualified by one of these words is
	// a credential whatever its value looks like.
	{terms: "api key, secret key, private key, access key, signing key, encryption key, decryption key, master key, client key, auth key, session key, license key, licence key, app key, application key, account key, shared key, subscription key, consumer key, hmac key, aes key, deploy key, root key, service key, webhook key, storage key, pass key, passkey, crypto key, jwt key, ingest key, write key, admin key",
		rule: termRule{suffixAny: true}, keywords: []string{"key"}},
	// A bare "key", or one qualified by a word of no known kind
	// ("stripe_key", and "ssh_key" or "gpg_key", which are as often
	// public keys), is often a credential but as often a lookup key:
	// only a value that looks like a token (long, mixing letters and
	// digits, no path or dots) is masked. Keys of data structures and
	// stores name no secret at all.
	{terms: "key",
		rule: termRule{policy: polTokenLike,
			notAfter: "public primary foreign sort partition cache hash range row idempotency routing object map lookup dedup deduplication message translation i18n group metric label composite unique index shard bucket cursor sequence record entity table column dict config setting settings env header registry hot short sign"},
		keywords: []string{"key"}},
	// Authorization headers carry a scheme word and a credential; the
	// scheme stays visible ("Bearer [REDACTED:...]").
	{terms: "authorization",
		rule: termRule{policy: polAuthorization}, keywords: []string{"auth"}},
	// "auth" holds a credential ("auth=user:pw", "auth: Bearer x") but
	// also the name of a mechanism (Hadoop's "auth:SIMPLE", "KERBEROS",
	// "auth=password"): a single word or a number is not a secret under it.
	{terms: "auth, basic auth, http auth, proxy auth",
		rule: termRule{policy: polAuth}, keywords: []string{"auth"}},
	// Cookies carry sessions: every cookie of a Cookie header, and the
	// value of a Set-Cookie header, are masked.
	{terms: "cookie, set cookie",
		rule: termRule{policy: polCookie}, keywords: []string{"cookie"}},
	// Session identifiers are bearer credentials: PHPSESSID, JSESSIONID,
	// ASP.NET_SessionId, Express's connect.sid, Rails' _app_session. A
	// hexadecimal number is no session cookie (ZooKeeper's
	// "sessionid:0x14ede63a5a70002" is an ID the server prints).
	{terms: "session, session id, sessid, phpsessid, jsessionid, aspsessionid, connect sid, session cookie",
		rule: termRule{policy: polSession}, keywords: []string{"sess", "sid"}},
	// "sid" alone is a session ID, but also ZooKeeper's server ID
	// ("sid:2"), a Windows security ID and an Oracle system ID ("ORCL"):
	// only a value that looks like a token is masked.
	{terms: "sid",
		rule:     termRule{policy: polTokenLike, notAfter: "account user group security process oracle db database service system audit"},
		keywords: []string{"sid"}},
	// Stored credentials: AWS, GCP and Docker credential blobs, "creds".
	{terms: "credential, credentials, creds, cred",
		rule: termRule{suffixAny: true}, keywords: []string{"cred"}},
	// One-time passwords and the codes sent to verify a login, reset a
	// password or authorize an OAuth client. A number of up to three
	// digits is a count or a step, not a code.
	{terms: "otp, totp, hotp, mfa, 2fa, mfa code, 2fa code, otp code, verification code, verify code, security code, recovery code, backup code, reset code, activation code, confirmation code, sms code, login code, auth code, authorization code, access code, one time code, pin, pin code, pin number",
		rule: termRule{policy: polShortNum}, keywords: []string{"otp", "mfa", "2fa", "code", "pin"}},
	// Request signatures: with the rest of a signed request, they replay it.
	{terms: "signature",
		rule: termRule{}, keywords: []string{"signature"}},
	// Connection strings and DSNs hold a password among settings that
	// operators need (host, port, database, user): the value is never
	// masked whole for its key; the reader masks the password inside it
	// (sendmail's "dsn=2.0.0" holds none).
	{terms: "dsn, connection string, conn string, connstr, conn str, database url, db url, jdbc url, connection uri, connection url, database uri, db uri, mongo uri, mongodb uri",
		rule: termRule{policy: polConn}},
	// Personal data with a format of its own, under its usual key names:
	// the value is masked whole even where the format scanners would not
	// recognize it (an SSN without dashes, a card in another grouping).
	{terms: "ssn, social security number, social security, card number, credit card, credit card number, cc number, cc num, ccnum, card num, cvv, cvc, cvv2, cvc2, card verification value, card security code",
		rule: termRule{category: PII}, keywords: []string{"ssn", "social", "card", "cvv", "cvc"}},

	// Personal data without a format, known by its key name (pii-key).

	// Names of people. "name" alone names anything (a service, a file, a
	// host) and "user_name" is an account handle, not a person's name.
	{terms: "first name, last name, full name, given name, middle name, family name, maiden name, surname, forename, legal name, customer name, patient name, cardholder name, holder name, account holder, account holder name, contact name, recipient name, billing name, shipping name, person name, employee name, real name",
		rule: termRule{category: PIIKey}, keywords: []string{"name", "holder"}},
	// Dates of birth.
	{terms: "date of birth, birth date, birthdate, birthday, dob, birth day",
		rule: termRule{category: PIIKey}, keywords: []string{"birth", "dob"}},
	// Postal addresses. "address" alone is as often a network address
	// (ip_address, remote_address, listen address) and is left alone;
	// "address1" and "address_line2" are lines of a postal address.
	{terms: "street address, street, address line, addr line, billing address, shipping address, home address, mailing address, postal address, residential address, delivery address, physical address, street line",
		rule: termRule{category: PIIKey}, keywords: []string{"street", "addr"}},
	// Postal codes.
	{terms: "postal code, post code, postcode, zip code, zipcode",
		rule: termRule{category: PIIKey}, keywords: []string{"postal", "postcode", "zip"}},
	// "zip" alone is a postal code, or a compression switch ("zip: true"):
	// only a value holding a digit is masked.
	{terms: "zip",
		rule: termRule{category: PIIKey, policy: polZip}, keywords: []string{"zip"}},
	// Numbers of identity documents and tax IDs.
	{terms: "passport, national id, national identifier, national insurance, national identification, tax id, tax identification, taxpayer id, tax number, drivers license, driver license, driving licence, driving license, drivers licence, driver licence",
		rule: termRule{category: PIIKey, tails: "number no num nr id"}, keywords: []string{"passport", "national", "tax", "driv"}},
	// Bank accounts.
	{terms: "account number, account no, account num, acct number, acct no, acct num, bank account, iban",
		rule: termRule{category: PIIKey, tails: "number no num nr"}, keywords: []string{"account", "acct", "iban"}},
	// US routing numbers: masked only when the value passes the ABA
	// checksum, since "routing" also names message routing.
	{terms: "routing number, routing, aba, aba number, routing no, aba routing",
		rule: termRule{category: PIIKey, policy: polRouting}, keywords: []string{"routing", "aba"}},
}

// Words that may follow a term without changing what the value is: how
// it is encoded ("token_b64"), which copy it is ("password_confirmation",
// "new_password"'s twin "password_new"), or what holds it
// ("password_field", "secret_value").
const transparentWords = "value val values confirmation confirm hash hashed digest b64 base64 hex enc encrypted encoded raw plain plaintext cleartext str string data bytes text again repeat verify new old current list json tag attribute attr att field param parameter prop property var variable input entry element arg argument option setting base"

// Words that, right before a term, make its value a count of it
// ("max_tokens", "prompt_tokens", "num_keys").
const countWords = "max min num total count prompt completion input output cached reasoning remaining used avg mean estimated limit"

// Words that only help split runs of letters written without separators
// ("awssecretaccesskey", "userpassword", "secretname"): qualifiers that
// appear in front of terms, and words that describe a secret after one.
const qualifierWords = "api access refresh id client user username db database admin root app application master private public shared signing encryption decryption ssh gpg pgp hmac aes rsa oauth oauth2 bot github gh gitlab slack stripe aws gcp azure google npm pypi docker smtp mail email ldap ftp sftp redis mysql postgres pg mongo mongodb kafka rabbit amqp vault consul etcd proxy wifi vnc store trust my the your service deploy webhook storage account subscription consumer session auth bearer php asp net connect csrf xsrf cf device push secure security login reset temp default " +
	"name type count at changed created updated expires expiry expiration ttl length len size file path url uri endpoint ref policy rotation days manager provider source mount mode version"
