// Package workload defines the standard events that every benchmark of
// the module measures, once, so that the adapters' own benchmarks and the
// bench module time exactly the same thing.
package workload

import "strings"

// Field is one logged key/value pair. Value is a string, int, or float64.
type Field struct {
	Key   string
	Value any
}

// CleanMessage is the message of the CLEAN event.
const CleanMessage = "request completed"

// DirtyMessage is the message of the DIRTY event.
const DirtyMessage = "login failed for alice@example.com"

// RequestID is the UUID logged as request_id.
const RequestID = "3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b"

// CleanFields are the fields of the CLEAN event: nothing in them may be
// redacted.
var CleanFields = []Field{
	{"method", "GET"},
	{"path", "/api/v1/orders/12345"},
	{"status", 200},
	{"duration_ms", 12.5},
	{"user_id", "u_8f3a2c"},
	{"request_id", RequestID},
	{"bytes", 5321},
	{"remote_ip", "10.1.2.3"},
	{"user_agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"},
}

// GitHubToken is the DIRTY event's token: "ghp_" and 36 alphanumerics,
// built here rather than written out so that no scanner mistakes the
// source for a leak.
var GitHubToken = "ghp_" + strings.Repeat("aB3dE5fG7h", 4)[:36]

// DirtyOnly are the sensitive fields of the DIRTY event.
var DirtyOnly = []Field{
	{"email", "bob.smith@example.org"},
	{"card", "4111 1111 1111 1111"},
	{"ssn", "123-45-6789"},
	{"note", "key AKIAIOSFODNN7EXAMPLE used"},
	{"token", GitHubToken},
}

// DirtyFields are the fields of the DIRTY event: the sensitive fields
// followed by the CLEAN fields.
var DirtyFields = append(append([]Field(nil), DirtyOnly...), CleanFields...)

// Secrets are the substrings of the DIRTY event that must not survive
// redaction.
var Secrets = []string{
	"alice@example.com", "bob.smith@example.org", "4111 1111 1111 1111",
	"123-45-6789", "AKIAIOSFODNN7EXAMPLE", GitHubToken,
}

// Intact are the substrings of both events that must survive redaction
// byte for byte.
var Intact = []string{
	"request completed", "/api/v1/orders/12345", "u_8f3a2c", RequestID,
	"10.1.2.3", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36",
}
