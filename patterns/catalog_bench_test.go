package patterns

import (
	"regexp"
	"strings"
	"testing"
)

// keywordDetectorIDs returns n keyword detectors spread evenly over the
// catalog (all of them when n is 0), so that a subset is not one family.
func keywordDetectorIDs(n int) []string {
	var ids []string
	for _, d := range Default().Detectors() {
		if len(d.Keywords) > 0 {
			ids = append(ids, d.ID)
		}
	}
	if n == 0 || n >= len(ids) {
		return ids
	}
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, ids[i*len(ids)/n])
	}
	return out
}

// catalogAlternation is what a service would write without the engine:
// every detector as one Go regexp alternation. Pattern detectors
// contribute their Pattern; matcher detectors their keywords followed by
// a token body.
func catalogAlternation() *regexp.Regexp {
	var alts []string
	for _, d := range Default().Detectors() {
		switch {
		case d.Pattern != "":
			alts = append(alts, "(?:"+strings.ReplaceAll(d.Pattern, "?P<secret>", "")+")")
		case len(d.Keywords) > 0:
			kws := make([]string, len(d.Keywords))
			for i, k := range d.Keywords {
				kws[i] = regexp.QuoteMeta(k)
			}
			alts = append(alts, "(?:"+strings.Join(kws, "|")+`)[A-Za-z0-9_.+/=-]{8,}`)
		}
	}
	return regexp.MustCompile(strings.Join(alts, "|"))
}

func TestCatalogAlternationCompiles(t *testing.T) {
	re := catalogAlternation()
	in := "key AKIAIOSFODNN7EXAMPLE used"
	if got := re.FindString(in); got != "AKIAIOSFODNN7EXAMPLE" {
		t.Errorf("alternation FindString(%q) = %q, want the key", in, got)
	}
}

// BenchmarkCatalog scans clean log text (one full pass, since nothing is
// found) with 10, 50 and all keyword detectors, with the whole default
// engine, and with Go regexp running the catalog as one alternation.
func BenchmarkCatalog(b *testing.B) {
	corpus := benchCorpus(4 << 20)
	if Default().Contains(corpus) {
		b.Fatal("bench corpus is not clean")
	}
	for _, c := range []struct {
		name string
		n    int
	}{{"detectors-10", 10}, {"detectors-50", 50}, {"detectors-all-keyword", 0}} {
		e, err := New(WithDetectors(keywordDetectorIDs(c.n)...))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(corpus)))
			for b.Loop() {
				_ = e.RedactString(corpus)
			}
		})
	}
	b.Run("default-engine", func(b *testing.B) {
		e := Default()
		b.ReportAllocs()
		b.SetBytes(int64(len(corpus)))
		for b.Loop() {
			_ = e.RedactString(corpus)
		}
	})
	b.Run("regexp-alternation", func(b *testing.B) {
		re := catalogAlternation()
		b.ReportAllocs()
		b.SetBytes(int64(len(corpus)))
		for b.Loop() {
			_ = re.FindAllStringIndex(corpus, -1)
		}
	})
}

// BenchmarkCatalogDenseKeywords is the adversarial case: text made of
// nothing but keywords, each occurrence waking its detector. The matchers
// read a few bytes per occurrence, so the rate stays within a small
// factor of clean text.
func BenchmarkCatalogDenseKeywords(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, d := range Default().Detectors() {
			for _, kw := range d.Keywords {
				for _, sep := range []string{"", " ", "=", `\n`} {
					sb.WriteString(strings.Repeat(kw+sep, 8))
				}
			}
		}
	}
	in := sb.String()
	e := Default()
	b.ReportAllocs()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		_ = e.RedactString(in)
	}
}
