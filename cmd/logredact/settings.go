package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/logredact/logredact/patterns"
)

// settings is the merged configuration: the config file, then the flags.
// It also remembers where each list and the mask were written, so that
// every error names the flag or the config field at fault.
type settings struct {
	fileConfig
	// path is the config file, "" when there is none.
	path string
	// The lists as they were written, flag by flag and field by field.
	sensitive, allowed, enable, disable, knownEnv []listSource
	// maskFrom names where the mask was chosen ("-mask", "config
	// app.json: mask").
	maskFrom string
}

// listSource is one list and where it was written ("-disable", "config
// app.json: disable").
type listSource struct {
	where string
	items []string
}

// field names a field of the config file for an error message.
func (s *settings) field(name string) string {
	return "config " + s.path + ": " + name
}

// lookupEnv reads the environment; tests replace it.
type lookupEnv func(name string) (string, bool)

// engineOptions turns the settings into options of patterns.New. Every
// problem is reported here, before any input is read, and named where it
// was written: each list, the mask and each custom detector is first
// checked on its own. With examples false the custom detectors are added
// without their examples, for "logredact check" to run them itself; the
// detectors the engine gets are returned, with their examples and their
// indices in the config file.
func (s *settings) engineOptions(env lookupEnv, environ []string, examples bool) ([]patterns.Option, []configured, error) {
	var opts []patterns.Option
	for _, src := range s.sensitive {
		if err := checkOption(src.where, patterns.WithSensitiveKeys(src.items...)); err != nil {
			return nil, nil, err
		}
	}
	if len(s.SensitiveKeys) > 0 {
		opts = append(opts, patterns.WithSensitiveKeys(s.SensitiveKeys...))
	}
	for _, src := range s.allowed {
		if err := checkOption(src.where, patterns.WithAllowedKeys(src.items...)); err != nil {
			return nil, nil, err
		}
	}
	if len(s.AllowedKeys) > 0 {
		opts = append(opts, patterns.WithAllowedKeys(s.AllowedKeys...))
	}
	custom, err := s.customDetectors(examples)
	if err != nil {
		return nil, nil, err
	}
	sel, custom, err := s.selection(custom)
	if err != nil {
		return nil, nil, err
	}
	opts = append(opts, sel...)
	m, err := s.mask(env)
	if err != nil {
		return nil, nil, err
	}
	// Only a fixed mask can be wrong once it is made (its text may be
	// found); checking any other would build a whole engine for nothing,
	// a third of the command's start-up.
	if s.Mask == "fixed" {
		if err := checkOption(s.maskFrom, patterns.WithMask(m)); err != nil {
			return nil, nil, err
		}
	}
	opts = append(opts, patterns.WithMask(m))
	var known []string
	for _, src := range s.knownEnv {
		for _, name := range src.items {
			v, ok := env(name)
			if !ok || v == "" {
				return nil, nil, fmt.Errorf("%s: environment variable %s is not set", src.where, name)
			}
			if err := checkOption(src.where+": "+name, patterns.WithKnownSecrets(v)); err != nil {
				return nil, nil, err
			}
			known = append(known, v)
		}
	}
	if len(known) > 0 {
		opts = append(opts, patterns.WithKnownSecrets(known...))
	}
	if s.EnvSecrets {
		opts = append(opts, patterns.WithEnvSecrets(environ))
	}
	if s.ReportOnly {
		opts = append(opts, patterns.WithReportOnly())
	}
	for _, c := range custom {
		d := c.det
		if !examples {
			d.Positive, d.Negative = nil, nil
		}
		opts = append(opts, patterns.WithDetector(d))
	}
	return opts, custom, nil
}

// configured is a custom detector of the config file and its index there.
type configured struct {
	index int
	det   patterns.Detector
}

// customDetectors converts the config's detectors and checks each with
// the built-in catalog alone, so that an error names its entry.
func (s *settings) customDetectors(examples bool) ([]configured, error) {
	var out []configured
	for i, d := range s.Detectors {
		where := s.field(fmt.Sprintf("detectors[%d]", i))
		if j := slices.IndexFunc(s.Detectors[:i], func(o customDetector) bool { return o.ID == d.ID }); j >= 0 {
			return nil, fmt.Errorf("%s.id: %q is also the ID of detectors[%d]", where, d.ID, j)
		}
		det, err := d.detector()
		if err != nil {
			return nil, fmt.Errorf("%s.%w", where, err)
		}
		checked := det
		if !examples {
			checked.Positive, checked.Negative = nil, nil
		}
		if err := checkOption(where, patterns.WithDetector(checked)); err != nil {
			return nil, err
		}
		out = append(out, configured{i, det})
	}
	return out, nil
}

// selection turns the enable and disable lists, which mix detector IDs,
// categories and the IDs of custom detectors, into engine options, and
// drops the custom detectors that disable names. Each list is checked
// where it was written; an unknown ID gets the closest one as a hint.
func (s *settings) selection(custom []configured) ([]patterns.Option, []configured, error) {
	isCustom := func(id string) bool {
		return slices.ContainsFunc(custom, func(c configured) bool { return c.det.ID == id })
	}
	// ids resolves a list into built-in IDs and categories.
	ids := func(items []string) (ids []string, cats []patterns.Category) {
		for _, name := range items {
			if cat, ok := patterns.ParseCategory(name); ok {
				cats = append(cats, cat)
			} else if !isCustom(name) {
				ids = append(ids, name)
			}
		}
		return ids, cats
	}
	for _, src := range s.enable {
		if found, _ := ids(src.items); len(found) > 0 {
			if err := checkOption(src.where, patterns.WithDetectors(found...)); err != nil {
				return nil, nil, err
			}
		}
	}
	for _, src := range s.disable {
		if found, _ := ids(src.items); len(found) > 0 {
			if err := checkOption(src.where, patterns.WithoutDetectors(found...)); err != nil {
				return nil, nil, err
			}
		}
	}
	var opts []patterns.Option
	if len(s.Enable) > 0 {
		keep, cats := ids(s.Enable)
		for _, d := range patterns.Default().Detectors() {
			if slices.Contains(cats, d.Category) {
				keep = append(keep, d.ID)
			}
		}
		if len(keep) > 0 {
			opts = append(opts, patterns.WithDetectors(keep...))
		} else {
			// Only custom detectors are enabled: no built-in one.
			opts = append(opts, patterns.WithoutCategory(patterns.Secret), patterns.WithoutCategory(patterns.PII))
		}
	}
	off, cats := ids(s.Disable)
	for _, c := range cats {
		opts = append(opts, patterns.WithoutCategory(c))
	}
	if len(off) > 0 {
		opts = append(opts, patterns.WithoutDetectors(off...))
	}
	custom = slices.DeleteFunc(custom, func(c configured) bool { return slices.Contains(s.Disable, c.det.ID) })
	return opts, custom, nil
}

// checkOption builds an engine with opt alone and names where on its
// error: "-disable: unknown detector ...".
func checkOption(where string, opt patterns.Option) error {
	if _, err := patterns.New(opt); err != nil {
		return fmt.Errorf("%s: %s", where, optionMessage(err))
	}
	return nil
}

// optionMessage is an error of patterns.New without the option names it
// starts its lines with ("patterns.WithoutDetectors: "): the command names
// its own flags and fields instead.
func optionMessage(err error) string {
	lines := strings.Split(err.Error(), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "patterns.") {
			if _, rest, ok := strings.Cut(l, ": "); ok {
				l = rest
			}
		}
		lines[i] = strings.Replace(l, "FixedMask text", "the text", 1)
	}
	return strings.Join(lines, "\n")
}

// newEngineError names the config field behind an error of the final
// patterns.New, which sees the whole configuration at once: a custom
// detector whose examples another detector contradicts, a fixed mask that
// a custom detector finds.
func (s *settings) newEngineError(err error) error {
	var lines []string
	for _, l := range strings.Split(err.Error(), "\n") {
		where := "configuration"
		switch {
		case strings.HasPrefix(l, "patterns.WithDetector: "):
			l = strings.TrimPrefix(l, "patterns.WithDetector: ")
			for i, d := range s.Detectors {
				if strings.HasPrefix(l, fmt.Sprintf("detector %q:", d.ID)) {
					where = s.field(fmt.Sprintf("detectors[%d]", i))
				}
			}
		case strings.HasPrefix(l, "patterns.WithMask: "):
			where = s.maskFrom
			l = optionMessage(errors.New(l))
		default:
			l = optionMessage(errors.New(l))
		}
		lines = append(lines, where+": "+l)
	}
	return errors.New(strings.Join(lines, "\n"))
}

// mask builds the mask; the HMAC key is read from the environment only.
func (s *settings) mask(env lookupEnv) (patterns.Mask, error) {
	switch s.Mask {
	case "", "label":
		return patterns.LabelMask(), nil
	case "partial":
		return patterns.PartialMask(), nil
	case "fixed":
		if s.MaskText == "" {
			return patterns.Mask{}, fmt.Errorf("%s: mask \"fixed\" needs a text: mask_text in the config or -mask fixed:TEXT", s.maskFrom)
		}
		return patterns.FixedMask(s.MaskText), nil
	case "hmac":
		name := s.HMACKeyEnv
		if name == "" {
			name = defaultHMACKeyEnv
		}
		key, ok := env(name)
		if !ok || key == "" {
			return patterns.Mask{}, fmt.Errorf("%s: mask \"hmac\" reads its key from environment variable %s, which is not set", s.maskFrom, name)
		}
		if len(key) < 16 {
			return patterns.Mask{}, fmt.Errorf("%s: mask \"hmac\": the key in %s is %d bytes, need at least 16", s.maskFrom, name, len(key))
		}
		return patterns.HMACMask([]byte(key)), nil
	}
	return patterns.Mask{}, fmt.Errorf("%s: unknown mask %q: want label, partial, hmac or fixed", s.maskFrom, s.Mask)
}

// fingerprintKey returns the key of scan fingerprints, or nil when its
// variable is unset.
func (s *settings) fingerprintKey(env lookupEnv) (name string, key []byte) {
	name = s.FingerprintKeyEnv
	if name == "" {
		name = defaultFingerprintKeyEnv
	}
	if v, ok := env(name); ok && v != "" {
		return name, []byte(v)
	}
	return name, nil
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
