package main

import (
	"errors"
	"flag"
	"fmt"
	"runtime"
	"strconv"
	"strings"

	"github.com/logredact/logredact/patterns"
)

// listFlag collects a comma-separated list; the flag may be repeated.
// A use that names nothing (an empty value, or only commas) is an error:
// it cannot mean anything the user wants.
type listFlag []string

// String implements flag.Value.
func (l *listFlag) String() string { return strings.Join(*l, ",") }

// Set implements flag.Value: each use adds to the list.
func (l *listFlag) Set(v string) error {
	items := splitList(v)
	if len(items) == 0 {
		return errors.New("empty list: give at least one item")
	}
	*l = append(*l, items...)
	return nil
}

// autoBool is a boolean flag that remembers whether it was given, so that
// "-progress" can default to what the terminal allows.
type autoBool struct {
	set, on bool
}

// String implements flag.Value.
func (b *autoBool) String() string {
	if !b.set {
		return "auto"
	}
	return strconv.FormatBool(b.on)
}

// Set implements flag.Value.
func (b *autoBool) Set(v string) error {
	on, err := strconv.ParseBool(v)
	if err != nil {
		return err
	}
	b.set, b.on = true, on
	return nil
}

// IsBoolFlag lets "-progress" stand without a value.
func (b *autoBool) IsBoolFlag() bool { return true }

// sizeFlag is a byte count written as 1048576, 512K, 1M or 1MiB.
type sizeFlag int

// String implements flag.Value.
func (s *sizeFlag) String() string { return strconv.Itoa(int(*s)) }

// Set implements flag.Value.
func (s *sizeFlag) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = sizeFlag(n)
	return nil
}

// parseSize reads a byte count with an optional K, M or G suffix (KiB,
// MiB and GiB: powers of two, as memory is counted).
func parseSize(v string) (int, error) {
	i := 0
	for i < len(v) && v[i] >= '0' && v[i] <= '9' {
		i++
	}
	n, err := strconv.Atoi(v[:i])
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("size %q is not a positive number of bytes", v)
	}
	mult := 1
	switch strings.ToUpper(v[i:]) {
	case "", "B":
	case "K", "KB", "KIB":
		mult = 1 << 10
	case "M", "MB", "MIB":
		mult = 1 << 20
	case "G", "GB", "GIB":
		mult = 1 << 30
	default:
		return 0, fmt.Errorf("unknown size suffix in %q: use K, M or G", v)
	}
	return n * mult, nil
}

// engineFlags are the flags every subcommand shares: they configure the
// engine, on top of -config.
type engineFlags struct {
	config          string
	sensitiveKeys   listFlag
	allowedKeys     listFlag
	enable          listFlag
	disable         listFlag
	knownSecretsEnv listFlag
	mask            string
	envSecrets      bool
	reportOnly      bool
}

func (f *engineFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.config, "config", "", "read engine options from the JSON config `file`")
	fs.Var(&f.sensitiveKeys, "sensitive-keys", "extra sensitive `keys` (comma-separated) whose values are always masked")
	fs.Var(&f.allowedKeys, "allowed-keys", "`keys` (comma-separated) whose values are never touched")
	fs.Var(&f.enable, "enable", "keep only these detector IDs or categories (secret, pii), comma-separated")
	fs.Var(&f.disable, "disable", "turn off these detector IDs or categories (secret, pii), comma-separated")
	fs.Var(&f.knownSecretsEnv, "known-secrets-env", "environment `variables` (comma-separated) whose values are masked wherever they appear")
	fs.StringVar(&f.mask, "mask", "", "what replaces a finding: label, partial, hmac (key from $"+defaultHMACKeyEnv+" or the config's hmac_key_env) or fixed:TEXT")
	fs.BoolVar(&f.envSecrets, "env-secrets", false, "mask the values of this process's environment variables named like secrets (*_TOKEN, *_PASSWORD, ...)")
	fs.BoolVar(&f.reportOnly, "report-only", false, "redact nothing: write the input as it is and count what would be masked (for measuring before turning masking on)")
}

// settings loads the config file and lays the flags over it: list flags
// add to the file's lists (-enable replaces the file's enable), the others
// replace its values. Each list is remembered where it was written.
func (f *engineFlags) settings() (*settings, error) {
	s := &settings{maskFrom: "-mask"}
	if f.config != "" {
		c, err := loadConfig(f.config)
		if err != nil {
			return nil, err
		}
		s.fileConfig, s.path = c, f.config
		if c.Mask != "" || c.MaskText != "" {
			s.maskFrom = s.field("mask")
		}
	}
	add := func(dst *[]listSource, where string, items []string) {
		if len(items) > 0 {
			*dst = append(*dst, listSource{where, items})
		}
	}
	add(&s.sensitive, s.field("sensitive_keys"), s.SensitiveKeys)
	add(&s.allowed, s.field("allowed_keys"), s.AllowedKeys)
	add(&s.enable, s.field("enable"), s.Enable)
	add(&s.disable, s.field("disable"), s.Disable)
	add(&s.knownEnv, s.field("known_secrets_env"), s.KnownSecretsEnv)
	add(&s.sensitive, "-sensitive-keys", f.sensitiveKeys)
	add(&s.allowed, "-allowed-keys", f.allowedKeys)
	add(&s.enable, "-enable", f.enable)
	add(&s.disable, "-disable", f.disable)
	add(&s.knownEnv, "-known-secrets-env", f.knownSecretsEnv)

	s.SensitiveKeys = append(s.SensitiveKeys, f.sensitiveKeys...)
	s.AllowedKeys = append(s.AllowedKeys, f.allowedKeys...)
	if len(f.enable) > 0 {
		s.Enable = f.enable
	}
	s.Disable = append(s.Disable, f.disable...)
	s.KnownSecretsEnv = append(s.KnownSecretsEnv, f.knownSecretsEnv...)
	s.EnvSecrets = s.EnvSecrets || f.envSecrets
	s.ReportOnly = s.ReportOnly || f.reportOnly
	if f.mask != "" {
		s.maskFrom = "-mask"
		name, text, hasText := strings.Cut(f.mask, ":")
		if name == "fixed" {
			if !hasText || text == "" {
				return nil, errors.New("-mask: fixed needs its text: -mask fixed:TEXT")
			}
			s.MaskText = text
		} else if hasText {
			return nil, fmt.Errorf("-mask: %s takes no text", name)
		}
		s.Mask = name
	}
	return s, nil
}

// newEngine builds the engine the settings describe. observer may be nil.
func newEngine(s *settings, env *cmdEnv, observer func(patterns.Observation)) (*patterns.Engine, error) {
	opts, _, err := s.engineOptions(env.lookup, env.environ, true)
	if err != nil {
		return nil, err
	}
	if observer != nil {
		opts = append(opts, patterns.WithObserver(observer))
	}
	e, err := patterns.New(opts...)
	if err != nil {
		return nil, s.newEngineError(err)
	}
	return e, nil
}

// procFlags tune how input is read and processed; filter and scan share
// them.
type procFlags struct {
	jobs      int
	maxLine   sizeFlag
	chunkSize sizeFlag
	progress  autoBool
}

const (
	defaultMaxLine = 1 << 20
	// defaultChunkSize keeps a chunk and what is written for it within a
	// core's L2 cache, and lets the workers start on a file sooner: at
	// 1 MiB the command filtered the bench corpus a fifth slower on one
	// core and a quarter slower on two.
	defaultChunkSize = 128 << 10
)

func (f *procFlags) register(fs *flag.FlagSet) {
	f.maxLine = defaultMaxLine
	f.chunkSize = defaultChunkSize
	fs.IntVar(&f.jobs, "j", runtime.GOMAXPROCS(0), "process chunks on `n` goroutines")
	fs.Var(&f.maxLine, "max-line", "lines longer than this many `bytes` are redacted as text in windows of this size")
	fs.Var(&f.chunkSize, "chunk-size", "`bytes` of whole lines handed to a goroutine at a time")
	fs.Var(&f.progress, "progress", "show progress on standard error (default: when it is a terminal and the input size is known)")
}

func (f *procFlags) check() error {
	if f.jobs < 1 {
		return fmt.Errorf("-j must be at least 1, got %d", f.jobs)
	}
	if f.maxLine < minMaxLine {
		return fmt.Errorf("-max-line must be at least %d bytes, got %d", minMaxLine, f.maxLine)
	}
	return nil
}
