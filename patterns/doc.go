// Package patterns is the detection engine behind every logredact adapter:
// it finds credentials and personal data in text and masks them, fast
// enough to stay on for every log event in production.
//
// An [Engine] holds a set of [Detector]s, key rules and a [Mask]. Use the
// shared [Default] engine, or build one with [New] and hand it to each
// adapter, so that the slog, zap and zerolog layers and the logredact
// command all redact alike:
//
//	e, err := patterns.New(
//		patterns.WithSensitiveKeys("member_number"),
//		patterns.WithMask(patterns.PartialMask()),
//	)
//
// # What is found
//
//   - Credentials by format: more than a hundred detectors for cloud,
//     source-hosting, chat, payment, AI and developer-tool tokens, private
//     key blocks, JWTs, credentials in URLs and Authorization headers. Each
//     is declared, with its examples, in a catalog_<family>.go file.
//   - Personal data by structure: email addresses (also percent-encoded),
//     payment card numbers (Luhn-valid and in an issuer's range) and US
//     SSNs (valid by SSA rules).
//   - Values under sensitive keys, whatever they look like: fields such as
//     password, api_key, authorization or session_id, and the same keys in
//     free text, in every layout text writes them (see "Key names" and
//     "Free text" below). Keys are decided on whole words, so "db_password"
//     is sensitive and "password_changed_at" is not.
//   - Personal data under its key names (detector pii-key, category
//     [PIIKey]): names, dates of birth, postal addresses and codes,
//     identity document, tax and bank account numbers.
//   - Known secrets: exact values the application registers, or the values
//     of its sensitive environment variables, in plain, base64 and
//     URL-encoded form.
//
// # What is never touched
//
// UUIDs, hashes, trace IDs, timestamps, IP addresses, module versions and
// numbers that fail the Luhn or SSA checks. A value under a key given to
// [WithAllowedKeys] is not examined at all.
//
// # Key names
//
// A key is split into words where its writer split it: at '_', '-', '.'
// and every other byte that is no letter or digit, where a lower-case
// letter meets a capital ("userPassword"), before the last capital of an
// acronym ("APIKey"), and before trailing digits ("password2"). A run of
// letters without any of these ("accesstoken", "PHPSESSID") is split only
// into known words, so "chpasswd", "bypass" and "jsonwebtoken" stay words
// of their own and are no keys. The key is sensitive when a term ends its
// words; after the term may only come digits and words that say how the
// value is written or which copy it is (value, confirmation, hash, b64,
// new, old, field, param, ...): "password2", "access_token1",
// "password_confirmation" and "token_value" are sensitive,
// "password_changed_at", "token_count", "secret_rotation_days",
// "secretName" and "passwordPolicy" are not. A word before the term that
// counts it (max, num, total, prompt, completion, ...) makes it a count:
// "max_tokens" is not sensitive. Plurals are terms too ("tokens"), but a
// number under a plural counts it.
//
// The sensitive terms, by why their values are secrets:
//
//   - Passwords: password, passphrase, passcode, passwd, pwd, pass, pw, and
//     tools' spellings (storepass, keypass, passin, requirepass,
//     masterauth).
//   - Shared secrets: secret, client_secret, mnemonic, seed or recovery
//     phrase, secret or security answer.
//   - Tokens: token (access, refresh, ID, session, CSRF, ...), bearer, jwt,
//     csrf, xsrf; not pagination cursors (next_page_token,
//     continuation_token) or tokenizer markers (eos_token).
//   - Keys that open something: api_key, secret_key, private_key,
//     access_key, signing, encryption, master, client, session,
//     license, app, account, shared, subscription, hmac, deploy, storage
//     keys and more. A bare "key", or one of an unknown kind
//     ("stripe_key"), is masked only when its value looks like a token;
//     keys of data structures (cache_key, primary_key, routing_key,
//     public_key) never are.
//   - Authorization and auth; cookie, set_cookie; session, session_id,
//     sessid, PHPSESSID, JSESSIONID, ASPSESSIONID, connect.sid; sid.
//   - Credentials: credential(s), creds.
//   - One-time and verification codes: otp, totp, hotp, mfa, 2fa, pin, and
//     auth, authorization, verification, security, recovery, backup,
//     reset, activation, confirmation, sms, login and access codes.
//   - Request signatures: signature.
//   - Personal data with a format: ssn, social_security_number,
//     card_number, credit_card, cc_number, cvv, cvc (reported as
//     sensitive-key, category PII).
//   - Personal data without one (pii-key): first, last, full, given,
//     middle, family, maiden, legal, customer and holder names, surname;
//     date_of_birth, birth_date, dob; street, billing, shipping, home,
//     mailing and postal addresses, address lines ("address_line1");
//     postal_code, zip_code, zip; passport, national_id, tax_id,
//     drivers_license (with their _number); account_number, bank_account,
//     iban; routing and aba numbers. "name" and "address" alone name
//     things as often as people (service_name, ip_address) and are left
//     alone; "user_name" is an account handle, not a person's name.
//
// Where a short name is ambiguous, the value decides:
//
//   - pwd: an absolute path is the working directory (sudo's PWD=/home/x);
//   - pass, pw: an integer is a count or a verdict (pass=3);
//   - sid, key: only a value that looks like a token (16 or more letters
//     and digits, no path, dots, UUID or bare hex digest) is a secret; a
//     small integer, an Oracle SID ("ORCL") or a hex number is not;
//   - session: a number, decimal or hexadecimal (ZooKeeper's
//     sessionid:0x14ede63a5a70002), is an ID a server prints;
//   - auth: a single word names a mechanism (auth:SIMPLE, KERBEROS,
//     password), a number is a count or status;
//   - pin, otp and the codes: a number of up to three digits is a step or
//     a board's pin number;
//   - zip: only a value with a digit; routing, aba: only a nine-digit
//     number that passes the ABA checksum;
//   - dsn and connection strings (connection_string, database_url, ...):
//     never masked whole; the password inside is, and the user, host and
//     database stay. Sendmail's dsn=2.0.0 holds none.
//
// Under every key, some values hold nothing to hide: nothing, literals
// (null, true, none, n/a, a log level), masks, template references
// (${X}, ${X:-d}, ${X:=d}, ${{ secrets.X }}, {{ .X }}, $(cmd), %(x)s,
// <placeholder>, $NAME in one case not ending in a digit, an ARN, code
// naming a variable such as this.apiKey), and code or objects printed
// where a value would be (Token{...}, pkg.Type@1a2b, new X(...), getX(),
// package coordinates such as jjwt-api:0.11.5). A value that only starts
// like one ("$UPPERCASE9", "[REDACTED] ghp_...") is a value, and the
// detectors still run over every value.
//
// Words given to [WithSensitiveKeys] are terms like these, matched by the
// same rules, always sensitive. [WithEnvSecrets] reads environment names
// by the same rules (PGPASSWORD, DB_PASSWD, SECRET_KEY_BASE,
// GOOGLE_APPLICATION_CREDENTIALS, DATABASE_URL) and lets an ambiguous
// name's value decide.
//
// # Key paths
//
// A field's key is a path, components joined by '.' ("db.password"):
//
//   - a value whose path has a sensitive component is masked, so a
//     container under a sensitive key is masked whole, and
//     "credentials.username" is masked;
//   - a key given to [WithAllowedKeys] exempts only its own value (the
//     path's last component, or the whole path), and only when no
//     component above it is sensitive: with "id" allowed, "session.id" is
//     still masked; with "user" allowed, "user.password" is;
//   - a value under a sensitive key that a detector claims whole keeps
//     that detector's name, so a card under card_number keeps the card's
//     partial mask, and is one finding;
//   - a container that only says where a secret lives is no secret: when
//     the last word of every member key, at every depth, is one of name,
//     ref, path, file, mount, key, kind, type, namespace, optional, items,
//     mode, from, source, store, version, ... and no member key is itself
//     sensitive ("secret":{"secretName":"default-token-x"},
//     secretKeyRef: {name: db, key: password}), the container is left
//     alone; [Engine.ReferenceKey] is this rule for one member key.
//
// # Free text
//
// One reader finds key/value structure in any text, entered where a word
// of a sensitive key occurs: assignments with =, :, :=, ::=, =>, ->, +=,
// ?= and spaces or tabs around them; keys and values in double, single
// or back quotes, with escapes, also JSON inside JSON strings at any
// depth of escaping; pretty-printed JSON and YAML values on the next line
// and in | and > blocks; XML elements and attributes; name/value pairs
// ({"name":"DB_PASSWORD","value":"x"}, {Name:X Value:x},
// <add key="Password" value="x"/>); Go %v maps and structs; headers (the
// scheme word of an Authorization value stays visible: "Bearer
// [REDACTED:sensitive-key]") and every cookie of Cookie and Set-Cookie;
// command-line flags (--password x, mysql -ppw, curl -u user:pw, sshpass
// -p, redis-cli -a, ldapsearch -w, smbclient -U user%pw, sqlplus
// user/pw@db); SQL's IDENTIFIED BY and PASSWORD 'x'; DSNs
// (user:pw@tcp(host)/db, unix(...), @/db), JDBC, ADO.NET, ODBC and libpq
// connection strings. A value ends at its closing quote or bracket, or
// at a blank, ',', ';', '&' or a bracket it did not open, so a mask
// neither swallows the next field nor leaves a tail. Query and form
// values are decoded ('+' and percent-escapes) before every detector
// runs over them, URLs inside them too, and masked in the encoded text.
// Values of any length are read to their end, in linear time.
//
// # Performance
//
// One pass over the input finds the keywords of every detector at once and
// the structural anchors of the personal-data scanners; only the text
// around a hit is examined further. Keywords are distinctive literals, so
// ordinary log text rarely wakes a detector, and adding detectors barely
// changes the speed. Any regexp is Go's, which runs in linear time. A
// string with nothing to mask is returned as is, without allocating; on a
// short value a call costs tens of nanoseconds.
//
// # Concurrency
//
// An Engine is immutable after construction and safe for concurrent use.
// An observer set with [WithObserver] is called from the goroutines that
// log and must itself be safe for concurrent use.
package patterns
