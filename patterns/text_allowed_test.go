package patterns

import "testing"

// TestAllowedKeysInText checks that a value written after an allowed key
// in a line of text is exempt, that Contains agrees with RedactString on
// it, and that an allowed last component under a sensitive key exempts
// nothing.
func TestAllowedKeysInText(t *testing.T) {
	e, err := New(WithAllowedKeys("note", "contact"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"note=bob@example.com other=ann@example.com", "note=bob@example.com other=[REDACTED:email]"},
		{`contact="bob@example.com" ok`, `contact="bob@example.com" ok`},
		{"contact: bob@example.com", "contact: bob@example.com"},
		{"notes=bob@example.com", "notes=[REDACTED:email]"},
		{"password=hunter2 note=x", "password=[REDACTED:sensitive-key] note=x"},
	}
	for _, tt := range tests {
		got := e.RedactString(tt.in)
		if got != tt.want {
			t.Errorf("RedactString(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if c := e.Contains(tt.in); c != (got != tt.in) {
			t.Errorf("Contains(%q) = %v, but RedactString changed it: %v", tt.in, c, got != tt.in)
		}
	}
}
