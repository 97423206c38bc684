package patterns

// Category says whether a detector protects credentials or personal data.
type Category uint8

const (
	// Secret marks credentials: API keys, tokens, passwords, private keys.
	Secret Category = iota + 1
	// PII marks personal data found by its format: email addresses, card
	// numbers, SSNs.
	PII
	// PIIKey marks personal data found by its key name: names,
	// addresses, dates of birth, document and account numbers under keys
	// such as first_name or date_of_birth (detector pii-key). It is a
	// category of its own so that [WithoutCategory] can switch it off
	// alone.
	PIIKey
)

// String returns "secret", "pii" or "pii-key".
func (c Category) String() string {
	switch c {
	case Secret:
		return "secret"
	case PII:
		return "pii"
	case PIIKey:
		return "pii-key"
	}
	return "unknown"
}

// ParseCategory is the inverse of [Category.String].
func ParseCategory(s string) (Category, bool) {
	switch s {
	case "secret":
		return Secret, true
	case "pii":
		return PII, true
	case "pii-key":
		return PIIKey, true
	}
	return 0, false
}

// Finding is one span of the input that a detector claims.
// Start and End are byte offsets into the scanned string: s[Start:End] is
// the sensitive value. A Finding never holds the value itself, so it can be
// logged, counted or exported safely.
type Finding struct {
	DetectorID string
	Category   Category
	Start, End int
	// Key is the field key (or key path) the value was found under, or the
	// key a free-text assignment such as "password=..." named; "" otherwise.
	Key string
}

// Scope tells the engine where a value comes from. Key is the field key
// path with components joined by '.', such as "db.password"; it selects key
// rules. Layer names the caller ("slog", "zap", "zerolog", ...) and is only
// passed on to the observer.
type Scope struct {
	Layer string
	Key   string
}

// Observation is what an observer learns about one redaction. It carries no
// part of the redacted value.
type Observation struct {
	DetectorID string
	Category   Category
	Key        string
	Layer      string
}
