package patterns

import (
	"strings"
	"testing"
)

// TestTextLayouts renders one secret under one key in the layouts of
// configuration files, source code and logs, and requires it masked in
// each, alone, mid-line and inside a JSON string.
func TestTextLayouts(t *testing.T) {
	secret := "Qz" + fake(charsAlnum, 18, "layouts") + "-_$#!x"
	layouts := []string{
		// INI, properties, env files, logfmt.
		"{k}={s}", "{k} = {s}", `{k}="{s}"`, `{k} = "{s}"`, "{k}='{s}'", "export {K}={s}", "{K}={s} ./run.sh",
		"set {K}={s}", "ENV {K}={s}", "-e {K}={s}", "--env={K}={s}",
		// JSON, escaped JSON, pretty JSON.
		`{"{k}":"{s}"}`, `{"{k}": "{s}"}`, "{\n  \"{k}\" : \"{s}\"\n}", `{\"{k}\":\"{s}\"}`, "{\n  \"{k}\":\n    \"{s}\"\n}",
		// YAML.
		"{k}: {s}", "{k}: '{s}'", `{k}: "{s}"`, "{k}: |\n  {s}", "{k}: >\n  {s}", "config:\n  {k}: {s}\n  other: 1",
		// XML.
		"<{k}>{s}</{k}>", "<{k}>\n    {s}\n</{k}>", `<entry key="{k}" value="{s}"/>`, `<entry value="{s}" key="{k}"/>`,
		`<property name="{k}">{s}</property>`, `<db {k}="{s}"/>`,
		// Source code.
		`{k} := "{s}"`, `var {k} string = "{s}"`, `String {k} = "{s}";`, `const {k} = "{s}";`, `{k} = '{s}'`,
		"{k} := `{s}`", `${k} = "{s}";`, `"{k}" => "{s}"`, `{k}: "{s}",`, `self.{k} = "{s}"`, `config["{k}"] = "{s}"`,
		`{K} ?= "{s}"`, `{K} ::= "{s}"`, `set{K}("{s}")`,
		// Logs and dumps.
		"{k}:{s}", "map[{k}:{s}]", "{{K}:{s} user:bob}", "&{{K}:{s}}", `{"name":"{K}","value":"{s}"}`,
		"{Name:{K} Value:{s}}", "--{k} {s}", "--{k}={s}", "-{k} {s}", "?{k}={s}&x=1", "&{k}={s}",
		"{k}={s};next=1", "{k}={s},next=1", "({k}={s})", "[{k}={s}]",
	}
	keys := []string{"password", "api_key", "clientSecret", "auth_token", "DB_PASSWORD", "accessToken"}
	e := Default()
	for _, key := range keys {
		upper := strings.ToUpper(key)
		for _, l := range layouts {
			text := strings.NewReplacer("{k}", key, "{K}", upper, "{s}", secret).Replace(l)
			for _, ctx := range []string{text, "2026-11-30T09:39:28Z INFO " + text + " done"} {
				if out := e.RedactString(ctx); strings.Contains(out, secret[:12]) {
					t.Errorf("layout %q, key %s: RedactString(%q) = %q", l, key, ctx, out)
				}
			}
			in := `{"msg":"` + jsonEscape(text) + `"}`
			if out := e.RedactString(in); strings.Contains(out, secret[:12]) {
				t.Errorf("layout %q, key %s, in a JSON string: RedactString(%q) = %q", l, key, in, out)
			}
		}
	}
}
