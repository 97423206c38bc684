package patterns

import "testing"

func TestKeyRules(t *testing.T) {
	e := Default()
	tests := []struct {
		key  string
		want bool
	}{
		{"password", true},
		{"Password", true},
		{"apiKey", true},
		{"API-KEY", true},
		{"api_key", true},
		{"x-api-key", true},
		{"db_password", true},
		{"db.password", true},
		{"userPassword", true},
		{"stripeSecretKey", true},
		{"X-Auth-Token", true},
		{"authorization", true},
		{"Proxy-Authorization", true},
		{"cookie", true},
		{"Set-Cookie", true},
		{"private_key", true},
		{"credentials", true},
		{"session_id", true},
		{"sessionId", true},
		{"client_secret", true},
		{"access_token", true},
		{"db_pass", true},
		{"ssn", true},
		{"user_ssn", true},
		{"max_tokens", false},
		{"token_count", false},
		{"password_changed_at", false},
		{"secret_rotation_days", false},
		{"passwordless", false},
		{"bypass", false},
		{"compass", false},
		{"key", false},
		{"monkey", false},
		{"cache_key", false},
		{"private_key_id", false},
		{"token_type", false},
		{"user_id", false},
		{"method", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := e.SensitiveKey(tt.key); got != tt.want {
			t.Errorf("SensitiveKey(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

func TestUserKeys(t *testing.T) {
	e, err := New(WithSensitiveKeys("member-number", "user.name"), WithAllowedKeys("session_id", "trace.token"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key        string
		sensitive  bool
		allowed    bool
		redactedIn string
	}{
		{key: "memberNumber", sensitive: true},
		{key: "MEMBER_NUMBER", sensitive: true},
		{key: "old_member_number", sensitive: true},
		{key: "user.name", sensitive: true},
		{key: "user_name", sensitive: true},
		{key: "session_id", allowed: true},
		{key: "http.sessionId", allowed: true},
		{key: "trace.token", allowed: true},
		{key: "other.token", sensitive: true},
		{key: "number", sensitive: false},
	}
	for _, tt := range tests {
		if got := e.SensitiveKey(tt.key); got != tt.sensitive {
			t.Errorf("SensitiveKey(%q) = %v, want %v", tt.key, got, tt.sensitive)
		}
		if got := e.AllowedKey(tt.key); got != tt.allowed {
			t.Errorf("AllowedKey(%q) = %v, want %v", tt.key, got, tt.allowed)
		}
	}
	// An allowed key is never touched, even by detectors.
	if got, changed := e.RedactIn(Scope{Key: "session_id"}, "alice@example.com"); changed || got != "alice@example.com" {
		t.Errorf("RedactIn under an allowed key = %q, %v; want the value untouched", got, changed)
	}
}
