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
//   - Personal data by structure: email addresses, payment card numbers,
//     US SSNs, phone numbers and IBANs, and IP addresses on request; see
//     Personal data below.
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
// # Personal data
//
// On by default, because a service that logs them leaks them and no
// format of theirs is ever something a reader needs whole:
//
//   - Email addresses, with the '@' as written in any form: plain,
//     percent-encoded once or twice ("%40", "%2540"), as an HTML reference
//     ("&#64;", "&commat;"), escaped ("\u0040") or fullwidth ("＠"). SSH
//     remotes ("git@github.com:org/repo.git"), the user of a URL
//     ("ssh://git@host/x"), SSH algorithm names ("...@openssh.com") and
//     hosts without a domain ("user@localhost") are not addresses.
//   - Payment card numbers: 13 to 19 digits, Luhn-valid and in an
//     issuer's range (Visa, Mastercard, Amex, Discover, JCB, Diners,
//     UnionPay, Maestro, Mir, RuPay, Verve, Elo, Troy, UATP and others),
//     bare or grouped as cards print them with one separator throughout
//     (space, dash, dot, slash, no-break space), in any Unicode decimal
//     digits, or logged as a float ("4.111111111111111e+15"). A number
//     under an ID key ("trace_id", "order_no") or in a Go struct dump
//     ("ext:583521218251528") is not a card.
//   - US SSNs valid by SSA rules (area not 000, 666 or 900-999, group not
//     00, serial not 0000), with dashes, spaces, dots or no-break spaces,
//     in any decimal digits.
//   - Phone numbers, valid by their country's numbering plan
//     (libphonenumber's, read from github.com/nyaruka/phonenumbers): with
//     a '+' or an international call prefix and a calling code anywhere,
//     "tel:" links, and national numbers ("020 7946 0958") only after a
//     phone word ("call", "tel", "mobile", "SMS to", and their French,
//     German, Spanish, ... forms) or under a phone key ("phone",
//     "customer_phone", "phoneNumber", "msisdn"), in a field or in free
//     text. Digits with no such signal (counts, IDs, epochs, prices) are
//     never phone numbers. The plans are read on the first phone-shaped
//     candidate, not when the package is imported.
//   - IBANs of every country in the ISO 13616 registry, with its length,
//     BBAN structure and mod-97 check digits, compact or in groups of
//     four, in the upper case the standard writes them in.
//
// Off by default: IP addresses (IPv4 and IPv6, with zone, port, brackets
// or the IPv4-mapped form). Most services log client addresses on purpose
// and need them to run; [WithIPAddresses] masks them. Versions, OIDs, MAC
// addresses, times and hex words are never taken for addresses.
//
// # Masks
//
// A [Mask] decides what replaces a finding: [LabelMask] (the default,
// "[REDACTED:<detector-id>]"), [FixedMask], [PartialMask], [HMACMask], or
// [MaskFunc] for a scheme of the application's own. Whatever the mask, its
// output is settled: the text around it is scanned again, so a mask never
// leaves or creates anything the engine finds, and redacting twice gives
// what redacting once gave.
//
// [PartialMask] keeps, for each kind of finding, what helps a reader
// without revealing the value; one row per kind, and every kind not
// listed gets the label:
//
//	kind           detector       kept                        example
//	email          email          the domain                  ***@example.com
//	card           credit-card    the last four digits        **** **** **** 1111
//	SSN            us-ssn         the last four digits        ***-**-6789
//	phone number   phone-number   calling code, last 2 digits +44 ** **** **58
//	IBAN           iban           country code, last 4        GB** **** **** **** **54 32
//	IP address     ip-address     the network (/24, /48)      10.1.2.***, 2001:db8:0:*:*:*:*:*
//	(any other)    -              nothing: the label          [REDACTED:github-pat]
//
// A national phone number, having no calling code, keeps only its last two
// digits.
//
// # Rolling out
//
// [WithReportOnly] builds an engine that redacts nothing: it finds what
// it would mask and reports each finding to the observer of
// [WithObserver], and every text comes back as it was, secrets included.
// A team runs it for a while to measure what masking would change, then
// removes the option. Each logging layer and the command log a one-time
// warning when they are given such an engine ([Engine.ReportOnly]).
//
// # Detectors of one's own
//
// [WithDetector] adds a detector; [New] runs its examples against the
// whole engine and fails when one does not hold. The matchers the catalog
// is built with are exported ([PrefixToken], [DottedToken], [KeyedValue],
// [Block], [URLCredential], over a [Charset]), so a detector added at run
// time keeps to word boundaries and reads through escapes as the built-in
// ones do. Package patternstest checks a configuration from a team's own
// tests, in the log contexts the catalog is tested in.
//
// # What is never touched
//
// UUIDs, hashes, trace IDs, timestamps, IP addresses (unless
// [WithIPAddresses]), module versions and numbers that fail the Luhn or
// SSA checks or every numbering plan. A value under a key given to
// [WithAllowedKeys] is not examined at all, unless a component of its key
// path is sensitive.
//
// # Rules every layer follows
//
// The slog, zap and zerolog adapters, the logredact command and the
// Collector processor apply one set of rules, and one conformance suite
// (internal/conformance) runs every case through each of them with every
// mask:
//
//   - A value whose key path has a sensitive component is masked. A
//     container under a sensitive key (a group, object, dict, map, struct,
//     array, slice, or a namespace or group opened under that name) is
//     replaced whole by one mask string, observed once; see
//     [Engine.MaskWhole]. Booleans and null hide nothing and are kept.
//     A container whose member keys only say where a secret lives
//     (Kubernetes' {"secretName": ...}, "secretKeyRef") holds none and is
//     walked instead ([Engine.ReferenceKey]).
//   - An allowed key ([WithAllowedKeys]) exempts only its own value, and
//     only when no component of its path is sensitive: a container under
//     an allowed key is walked as any other.
//   - A value both under a sensitive key and of a known kind takes that
//     kind's mask, so [PartialMask] keeps the last four digits of a card
//     under "card_number" everywhere, and it is observed once, by that
//     detector. Numbers are judged by their decimal text: a card number is
//     masked under any key, any number under a sensitive one.
//   - Map keys are data: they are scanned in every layer, and a finding in
//     one is observed under the path of the map that holds it
//     ([Engine.RedactKey]). Field keys, group names and logger names are
//     the program's code and are not scanned; the command and the
//     Collector scan every key, since there keys are data too.
//   - The message is judged and observed under the key "msg" in every
//     layer, whatever key the output writes it under.
//   - A string that holds a JSON document is read as JSON, with its key
//     paths under the string's key.
//   - A key that holds a mask is judged without it: a map key whose card
//     number was masked does not make its value a card's.
//   - In an object written as JSON, a name/value pair
//     ({"name":"DB_PASSWORD","value":"x"}, {"ParameterKey":...,
//     "ParameterValue":...}) has its value judged under the name, as in
//     text; and a flat object holding an identifier whose secret has no
//     form of its own ([Engine.Paired]: an AWS access key ID) has its
//     other strings read together with it, so that the secret beside it
//     is found.
//   - Only masked spans change: JSON escapes and every other byte outside
//     a mask stay as they were ("\u0026" stays "\u0026", "\/" stays "\/"),
//     and an event with nothing to mask is written byte for byte as the
//     plain logger writes it.
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
// around a hit is examined further. Every keyword and anchor is filed
// under one pair of adjacent bytes in a 64 Kbit table, and the pass asks
// the table about 32 positions at a time (on amd64 with AVX-512 byte
// permutes over the table folded into row and column classes, or with
// AVX2 gathers; in Go elsewhere and under the purego build tag), visiting
// only the positions it holds; a bucket of keywords is compared only when the
// bytes on either side of its pair could belong to one of them.
// Keywords are distinctive literals, so ordinary log text rarely wakes a
// detector. Any regexp is Go's, which runs in linear time. A string with
// nothing to mask is returned as is, without allocating; on a short value
// a call costs tens of nanoseconds. [Engine.ContainsSpans] judges the
// values of a whole event in one pass, which is how the layers prove a
// clean event clean.
//
// # Concurrency
//
// An Engine is immutable after construction and safe for concurrent use.
// An observer set with [WithObserver] is called from the goroutines that
// log and must itself be safe for concurrent use.
package patterns
