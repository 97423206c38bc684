package slogredact_test

import "log/slog"

// The types below are logged by the tests: each exercises one way a
// value can carry text.

type address struct {
	City string `json:"city"`
	Line string `json:"line"`
}

// Account is logged as a struct value; it exercises every tag rule.
type account struct {
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Password string            `json:"password"`
	APIKey   string            `redact:"true"`
	Tags     []string          `json:"tags,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Card     int64             `json:"card,omitempty"`
	Internal string            `json:"-"`
	note     string
	*address
}

// handle is a fmt.Stringer whose text holds an email.
type handle struct{ email string }

func (h handle) String() string { return "handle of " + h.email }

// authError is an error that is also a LogValuer, so slog logs its
// LogValue rather than its Error text.
type authError struct{ user string }

func (e authError) Error() string { return "auth failed for " + e.user }

func (e authError) LogValue() slog.Value {
	return slog.GroupValue(slog.String("user", e.user), slog.String("reason", "bad password"))
}

// lazy is a LogValuer that counts its calls.
type lazy struct {
	v     string
	calls *int
}

func (l lazy) LogValue() slog.Value {
	*l.calls++
	return slog.StringValue(l.v)
}

// selfValuer returns itself from LogValue, forever.
type selfValuer struct{}

func (s selfValuer) LogValue() slog.Value { return slog.AnyValue(s) }

type panicLogValuer struct{}

func (panicLogValuer) LogValue() slog.Value { panic("LogValue of alice@example.com") }

type panicStringer struct{}

func (panicStringer) String() string { panic("String of alice@example.com") }

type panicError struct{}

func (panicError) Error() string { panic("Error of alice@example.com") }

// rawUser marshals itself to JSON holding an email.
type rawUser struct{}

func (rawUser) MarshalJSON() ([]byte, error) { return []byte(`{"email":"alice@example.com"}`), nil }

type panicMarshaler struct{}

func (panicMarshaler) MarshalJSON() ([]byte, error) { panic("MarshalJSON") }

// node points at itself through next.
type node struct {
	Name string `json:"name"`
	Next *node  `json:"next"`
}
