package bench

import (
	"math/rand/v2"
	"strings"
)

// DefaultCorpusSize is the size of the corpus the benchmarks scan: large
// enough that per-call overhead vanishes and that caches do not hold it.
const DefaultCorpusSize = 4 << 20

// PlantRate is the mean number of lines per planted finding.
const PlantRate = 200

// Plant is one sensitive value that [NewCorpus] placed in the text, so that
// a test can check that a scanner finds every one of them.
type Plant struct {
	// Detector is the ID of the built-in detector meant to find the value,
	// such as "email" or "github-pat". A value written under a sensitive
	// key may be claimed by the "sensitive-key" rule instead.
	Detector string
	// Value is the sensitive text exactly as written in the corpus.
	Value string
	// Start is the byte offset of Value in [Corpus.Text].
	Start int
	// Line is the 1-based line that holds Value.
	Line int
}

// Corpus is generated log text with a known set of planted findings.
type Corpus struct {
	// Text is the log lines, each ending in '\n'.
	Text string
	// Lines is the number of lines in Text.
	Lines int
	// Plants are the planted values in order of Start.
	Plants []Plant
}

// corpusSeed fixes the generator, so that every run on every machine
// scans the same bytes and figures stay comparable.
const corpusSeed = 0x10c4ed

// NewCorpus returns at least size bytes of realistic log text (access log
// lines, logfmt and JSON application events, and Go, Java and Python stack
// traces) with about one planted finding per [PlantRate] lines. It is
// deterministic: equal sizes give equal corpora, and a smaller corpus is a
// prefix of a larger one.
func NewCorpus(size int) *Corpus {
	g := &generator{r: rand.New(rand.NewPCG(corpusSeed, corpusSeed>>1))}
	g.b.Grow(size + 4<<10)
	// Gaps between plants are uniform on [1, 2*PlantRate-1] lines, so the
	// mean is PlantRate whatever the mix of one-line events and traces.
	next := g.r.IntN(2 * PlantRate)
	for g.b.Len() < size {
		if g.line >= next {
			g.plant()
			next = g.line + g.r.IntN(2*PlantRate-1)
			continue
		}
		g.clean()
	}
	return &Corpus{Text: g.b.String(), Lines: g.line, Plants: g.plants}
}

// generator writes lines and remembers where planted values went.
type generator struct {
	r      *rand.Rand
	b      strings.Builder
	line   int
	plants []Plant
}

// write appends text that holds no sensitive value.
func (g *generator) write(parts ...string) {
	for _, p := range parts {
		g.b.WriteString(p)
	}
}

// secret appends v and records it as a plant for detector id.
func (g *generator) secret(id, v string) {
	g.plants = append(g.plants, Plant{Detector: id, Value: v, Start: g.b.Len(), Line: g.line + 1})
	g.b.WriteString(v)
}

// endLine terminates the current line.
func (g *generator) endLine() {
	g.b.WriteByte('\n')
	g.line++
}

// pick returns one element of xs.
func pick[T any](g *generator, xs []T) T {
	return xs[g.r.IntN(len(xs))]
}
