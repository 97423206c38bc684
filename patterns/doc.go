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
//     free text ("password=...", `"token":"..."`). Key matching ignores case
//     and separators and looks at how a key ends, so "db_password" is
//     sensitive and "password_changed_at" is not.
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
// [WithAllowedKeys] is not examined at all.
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
//   - Only masked spans change: JSON escapes and every other byte outside
//     a mask stay as they were ("\u0026" stays "\u0026", "\/" stays "\/"),
//     and an event with nothing to mask is written byte for byte as the
//     plain logger writes it.
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
