package patterns

import (
	"fmt"
	"os"
)

// Option configures an [Engine] built by [New].
type Option interface {
	apply(*config) error
}

type optionFunc func(*config) error

func (f optionFunc) apply(c *config) error { return f(c) }

type config struct {
	only       []string
	without    []string
	withoutCat []Category
	custom     []Detector
	keys       []string
	allowed    []string
	mask       Mask
	known      []string
	environ    []string
	observer   func(Observation)
	reportOnly bool
	optIn      []string
}

// WithDetectors keeps only the built-in detectors with these IDs (detectors
// added with [WithDetector] are kept too). An unknown ID is an error.
func WithDetectors(ids ...string) Option {
	return optionFunc(func(c *config) error {
		if len(ids) == 0 {
			return fmt.Errorf("WithDetectors: no detector IDs given")
		}
		c.only = append(c.only, ids...)
		return nil
	})
}

// WithoutDetectors turns off the detectors with these IDs. An unknown ID is
// an error, so a typo cannot silently leave a detector on.
func WithoutDetectors(ids ...string) Option {
	return optionFunc(func(c *config) error {
		c.without = append(c.without, ids...)
		return nil
	})
}

// WithoutCategory turns off every detector of category cat.
func WithoutCategory(cat Category) Option {
	return optionFunc(func(c *config) error {
		if cat != Secret && cat != PII && cat != PIIKey {
			return fmt.Errorf("WithoutCategory: unknown category %d", cat)
		}
		c.withoutCat = append(c.withoutCat, cat)
		return nil
	})
}

// WithDetector adds a detector of the user's own, checked like the
// built-in ones: a kebab-case ID not taken by another detector of the
// engine, keywords of at least three bytes, and exactly one of Pattern (a
// valid Go regexp) and Match. [New] then runs its examples against the
// whole engine, as the catalog's test runs the built-in ones: every
// Positive must be found with d's ID and exactly its Secret span, and no
// Negative may be found by any detector. A failing example is an error
// that names the detector and the example (see [ExampleError]).
//
// To replace a built-in detector by a detector of the same ID, turn the
// built-in off with [WithoutDetectors]. The matchers of
// match_exported.go ([PrefixToken], [KeyedValue], ...) give a detector
// the word boundaries and escape handling of the built-in ones.
func WithDetector(d Detector) Option {
	return optionFunc(func(c *config) error {
		d.anchor = anchorNone
		if err := d.compile(); err != nil {
			return fmt.Errorf("WithDetector: %w", err)
		}
		c.custom = append(c.custom, d)
		return nil
	})
}

// WithSensitiveKeys adds keys whose values are always masked. Each is a
// term of one or more words, matched by the rules of the built-in terms
// (see "Key names" in the package documentation): case and separators
// are ignored, and a key matches when the term's words end its words, give
// or take digits and words such as "value" after them ("ssn" matches
// "user_ssn" and "userSSN"; "member_number" matches "memberNumber2" but
// not "member_number_count").
func WithSensitiveKeys(keys ...string) Option {
	return optionFunc(func(c *config) error {
		c.keys = append(c.keys, keys...)
		return nil
	})
}

// WithAllowedKeys names keys whose values are never examined, neither by
// key rules nor by detectors. A key path matches when it, or its last
// component, equals one of these after folding case and separators; a
// last component is exempt only when no component above it is sensitive
// ("id" allowed leaves "session.id" masked).
func WithAllowedKeys(keys ...string) Option {
	return optionFunc(func(c *config) error {
		c.allowed = append(c.allowed, keys...)
		return nil
	})
}

// WithMask sets what replaces a finding; the default is [LabelMask].
// [New] reports a [FixedMask] whose text the engine would itself find
// ("bob@example.com", "password=x"): such a mask would write a finding
// into every masked value.
func WithMask(m Mask) Option {
	return optionFunc(func(c *config) error {
		if err := m.validate(); err != nil {
			return fmt.Errorf("WithMask: %w", err)
		}
		c.mask = m
		return nil
	})
}

// minKnownSecret is the shortest value [WithKnownSecrets] takes: shorter
// ones would mask ordinary words and numbers.
const minKnownSecret = 6

// WithKnownSecrets registers exact values that are masked wherever they
// appear, also in their base64 and URL-encoded forms, even when they have
// no recognizable format.
func WithKnownSecrets(values ...string) Option {
	return optionFunc(func(c *config) error {
		for _, v := range values {
			if len(v) < minKnownSecret {
				return fmt.Errorf("WithKnownSecrets: a value of %d bytes is too short (need %d) to mask safely", len(v), minKnownSecret)
			}
		}
		c.known = append(c.known, values...)
		return nil
	})
}

// WithEnvSecrets registers, as known secrets, the values of environment
// variables whose names the key rules take for sensitive (API_KEY,
// PGPASSWORD, DB_PASSWD, SECRET_KEY_BASE, GOOGLE_APPLICATION_CREDENTIALS)
// or for connection strings (DATABASE_URL, SENTRY_DSN). Under an
// ambiguous name the value decides, so the shell's PWD=/home/user is
// skipped. Values shorter than 8 bytes are skipped. environ is in the form
// of [os.Environ]; nil reads the process environment when [New] runs.
func WithEnvSecrets(environ []string) Option {
	return optionFunc(func(c *config) error {
		if environ == nil {
			environ = os.Environ()
		}
		c.environ = append(c.environ, environ...)
		return nil
	})
}

// WithObserver sets a function called once per masked finding with its
// detector, category, key and layer, never the value. It is called
// synchronously from the logging goroutine, possibly concurrently, so it
// must be fast and safe for concurrent use (an atomic counter, a metric).
func WithObserver(fn func(Observation)) Option {
	return optionFunc(func(c *config) error {
		if fn == nil {
			return fmt.Errorf("WithObserver: nil function")
		}
		c.observer = fn
		return nil
	})
}

// WithReportOnly turns redaction off: nothing is redacted, and every
// value is logged as it is, secrets included. The engine still finds
// everything it would mask and reports each finding to the observer set
// with [WithObserver], so that a team can measure what masking would
// change before it turns masking on. [Engine.RedactString],
// [Engine.RedactIn], [Engine.AppendRedact], [Engine.RedactFind],
// [Engine.MaskValue], [Engine.AppendMask], [Engine.RedactInt] and
// [Engine.RedactUint] return their input unchanged (RedactFind still
// returns the findings). [Engine.ReportOnly] tells the logging layers,
// which each log a one-time warning when they are given such an engine.
func WithReportOnly() Option {
	return optionFunc(func(c *config) error {
		c.reportOnly = true
		return nil
	})
}

// WithIPAddresses turns on the ip-address detector, which is off by
// default: IPv4 and IPv6 addresses (with zone, port, brackets and the
// IPv4-mapped form) are masked wherever they appear. Under [PartialMask]
// the network stays readable: "10.1.2.***", the first 48 bits of IPv6.
func WithIPAddresses() Option {
	return optionFunc(func(c *config) error {
		c.optIn = append(c.optIn, ipAddressID)
		return nil
	})
}
