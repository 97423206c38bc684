package bench

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/logredact/logredact/patterns"
)

// Engine names, as they appear in benchmark names and in the report.
const (
	EngineLogredact = "logredact"
	EngineRegexp    = "regexp"
	EngineGitleaks  = "gitleaks"
	EngineFloor     = "indexbyte"
	EngineByteLoop  = "byteloop"
	// EngineCall is one engine call on a short clean value, the unit an
	// adapter pays per field.
	EngineCall = "call-20B"
)

// CallValue is EngineCall's value: 20 bytes of a field, clean, with a
// digit run and a common word in it, as identifiers are.
const CallValue = "u_8f3a2c-order-12345"

// SlowScanBytes bounds how much of the corpus the slow scanners (the
// regexp alternations and gitleaks) read per operation. At well under
// 1 MB/s, a whole corpus would take minutes per run; a prefix of the same
// text gives the same MB/s, since every scanner here is linear and the
// text is uniform.
const SlowScanBytes = 256 << 10

// prefix returns the first lines of text, at most n bytes of them.
func prefix(text string, n int) string {
	if len(text) <= n {
		return text
	}
	if cut := strings.LastIndexByte(text[:n], '\n') + 1; cut > 0 {
		return text[:cut]
	}
	return text[:n]
}

// EngineCases returns the throughput benchmarks over c, each reporting
// MB/s of the text it scans:
//   - "logredact": [patterns.Default] redacting the whole text into a
//     reused buffer;
//   - "regexp": the same detectors as one Go regexp alternation
//     ([RegexpSources]), replacing every match in the first
//     [SlowScanBytes];
//   - "gitleaks": the gitleaks v8 detector with its default rules over
//     the first [SlowScanBytes], in fragments as its file source reads
//     them;
//   - "indexbyte": one [bytes.IndexByte] pass over the whole text for a
//     byte that never occurs, the floor any scanner pays to read its
//     input;
//   - "byteloop": a Go loop that loads one 256-entry table entry per byte
//     of the whole text, the floor of a scanner that looks at every byte
//     without SIMD, as the engine's candidate loop does.
func EngineCases(c *Corpus) ([]Case, error) {
	e := patterns.Default()
	re, err := Alternation(RegexpSources(e.Detectors()))
	if err != nil {
		return nil, fmt.Errorf("regexp alternation: %v", err)
	}
	gl, err := newGitleaks()
	if err != nil {
		return nil, fmt.Errorf("gitleaks: %v", err)
	}
	raw := []byte(c.Text)
	n := int64(len(raw))
	slow := prefix(c.Text, SlowScanBytes)
	frags := fragments(slow, gitleaksFragment)
	return []Case{
		{Name: EngineLogredact, F: func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(n)
			dst := make([]byte, 0, len(raw)+len(raw)/8)
			for b.Loop() {
				dst, _ = e.AppendRedact(dst[:0], patterns.Scope{}, raw)
			}
		}},
		{Name: EngineRegexp, F: func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(slow)))
			for b.Loop() {
				_ = re.ReplaceAllString(slow, HandRolledMask)
			}
		}},
		{Name: EngineGitleaks, F: func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(slow)))
			for b.Loop() {
				for _, f := range frags {
					_ = gl.DetectString(f)
				}
			}
		}},
		{Name: EngineFloor, F: func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(n)
			for b.Loop() {
				if bytes.IndexByte(raw, 0) >= 0 {
					b.Fatal("corpus holds a NUL byte")
				}
			}
		}},
		{Name: EngineByteLoop, F: func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(n)
			for b.Loop() {
				if byteLoop(raw) != 0 {
					b.Fatal("corpus holds a NUL byte")
				}
			}
		}},
		{Name: EngineCall, F: func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(CallValue)))
			sc := patterns.Scope{Layer: "bench", Key: "order_ref"}
			for b.Loop() {
				if _, changed := e.RedactIn(sc, CallValue); changed {
					b.Fatal("the call value changed")
				}
			}
		}},
	}, nil
}

// nulTable marks the byte that log text never holds, so that byteLoop's
// table load cannot be skipped nor its sum predicted by the compiler.
var nulTable = [256]uint8{0: 1}

// byteLoop returns how many bytes of p are NUL, one table load per byte:
// the cheapest loop that, like the engine's, consults a table for every
// byte.
func byteLoop(p []byte) int {
	n := 0
	for _, c := range p {
		n += int(nulTable[c])
	}
	return n
}

// GrowthSizes are the detector counts of the growth benchmarks; sizes
// beyond the catalog are dropped, and the whole catalog is always
// measured last.
var GrowthSizes = []int{1, 10, 50}

// GrowthCases returns, for each size n of [GrowthSizes] and for the whole
// catalog, the engine built with the first n built-in detectors in ID
// order ("logredact/n") over c, and the regexp alternation of the same
// detectors ("regexp/n") over its first [SlowScanBytes], each reporting
// MB/s.
func GrowthCases(c *Corpus) ([]Case, error) {
	dets := patterns.Default().Detectors()
	var sizes []int
	for _, n := range GrowthSizes {
		if n < len(dets) {
			sizes = append(sizes, n)
		}
	}
	sizes = append(sizes, len(dets))
	raw, n := []byte(c.Text), int64(len(c.Text))
	slow := prefix(c.Text, SlowScanBytes)
	var cs []Case
	for _, size := range sizes {
		ids := make([]string, size)
		for i, d := range dets[:size] {
			ids[i] = d.ID
		}
		e, err := patterns.New(patterns.WithDetectors(ids...))
		if err != nil {
			return nil, fmt.Errorf("engine with %d detectors: %v", size, err)
		}
		re, err := Alternation(RegexpSources(dets[:size]))
		if err != nil {
			return nil, fmt.Errorf("regexp with %d detectors: %v", size, err)
		}
		label := strconv.Itoa(size)
		cs = append(cs,
			Case{Name: EngineLogredact + "/" + label, F: func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(n)
				dst := make([]byte, 0, len(raw)+len(raw)/8)
				for b.Loop() {
					dst, _ = e.AppendRedact(dst[:0], patterns.Scope{}, raw)
				}
			}},
			Case{Name: EngineRegexp + "/" + label, F: func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(slow)))
				for b.Loop() {
					_ = re.ReplaceAllString(slow, HandRolledMask)
				}
			}},
		)
	}
	return cs, nil
}
