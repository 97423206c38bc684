package patterns

import "testing"

func TestEnvSecretNames(t *testing.T) {
	kr, err := newKeyRules(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, val string
		want      bool
	}{
		{"API_KEY", "k-1234567890", true},
		{"APIKEY", "k-1234567890", true},
		{"GITHUB_TOKEN", "tok-12345678", true},
		{"CLIENT_SECRET", "cs-12345678", true},
		{"DB_PASSWORD", "correct-horse", true},
		{"DB_PASS", "correct-horse", true},
		{"DB_PASSWD", "correct-horse", true},
		{"PGPASSWORD", "correct-horse", true},
		{"MYSQL_PWD", "correct-horse", true},
		{"SECRET_KEY_BASE", "a1b2c3d4e5f6", true},
		{"GOOGLE_APPLICATION_CREDENTIALS", `{"type":"service_account"}`, true},
		{"AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG", true},
		{"SENTRY_DSN", "https://abc@o1.example/1", true},
		{"DATABASE_URL", "postgres://u:p@db/app", true},
		// Ambiguous names: the value decides.
		{"PWD", "/home/alice/src", false},
		{"OLDPWD", "/home/alice", false},
		{"STRIPE_KEY", "rk-live-51Habc123XYZ", true},
		{"STRIPE_KEY", "orders-by-day", false},
		// Not credentials.
		{"MONKEY", "banana-banana", false},
		{"HOME", "/root/home/dir", false},
		{"PATH", "/usr/bin:/bin", false},
		{"KEYBOARD", "us-international", false},
		{"TOKEN_TTL", "3600000000", false},
		{"SSH_AUTH_SOCK", "/tmp/ssh-XXXX/agent.1", false},
		{"SESSION_MANAGER", "local/host:@/tmp/.ICE-unix/1", false},
		{"PGPASSFILE", "/home/alice/.pgpass", false},
		{"FIRST_NAME", "Alice-Alice", false},
		{"DB_PASSWORD", "short", false},
	}
	for _, tt := range tests {
		if got := envSecret(kr, tt.name, tt.val); got != tt.want {
			t.Errorf("envSecret(%q, %q) = %v, want %v", tt.name, tt.val, got, tt.want)
		}
	}
}
