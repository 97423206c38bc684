package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
)

// benchLines is a corpus in the shape of the bench module's: access log
// lines, logfmt and JSON events, about one finding per 200 lines.
func benchLines(size int) string {
	r := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	dirty := []string{"alice@example.com", "4111 1111 1111 1111", "123-45-6789", "AKIAIOSFODNN7EXAMPLE", workload.GitHubToken}
	for n := 0; b.Len() < size; n++ {
		if r.IntN(200) == 0 {
			fmt.Fprintf(&b, `{"level":"warn","msg":"%s","request_id":"%s"}`+"\n", "login failed for "+dirty[r.IntN(len(dirty))], workload.RequestID)
			continue
		}
		switch r.IntN(3) {
		case 0:
			fmt.Fprintf(&b, "10.%d.%d.%d - - [30/Nov/2026:09:%02d:%02d +0000] \"GET /api/v1/orders/%d HTTP/1.1\" 200 %d \"-\" \"%s\"\n",
				r.IntN(255), r.IntN(255), r.IntN(255), r.IntN(60), r.IntN(60), r.IntN(100000), r.IntN(90000), "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36")
		case 1:
			fmt.Fprintf(&b, "time=2026-11-30T09:%02d:%02dZ level=info msg=\"request completed\" method=GET path=/api/v1/orders/%d status=200 duration_ms=%d user_id=u_%06x\n",
				r.IntN(60), r.IntN(60), r.IntN(100000), r.IntN(500), r.IntN(1<<24))
		default:
			fmt.Fprintf(&b, `{"level":"info","time":"2026-11-30T09:%02d:%02dZ","msg":"request completed","method":"GET","path":"/api/v1/orders/%d","status":200,"user_id":"u_%06x","bytes":%d}`+"\n",
				r.IntN(60), r.IntN(60), r.IntN(100000), r.IntN(1<<24), r.IntN(90000))
		}
	}
	return b.String()
}

// BenchmarkFilter times the whole filter, reading and writing included,
// over the corpus with the full catalog.
func BenchmarkFilter(b *testing.B) {
	corpus := benchLines(8 << 20)
	for _, jobs := range []int{1, runtime.GOMAXPROCS(0)} {
		for _, mode := range []string{"filter", "scan"} {
			b.Run(fmt.Sprintf("%s/j=%d", mode, jobs), func(b *testing.B) {
				pf := &procFlags{jobs: jobs, maxLine: defaultMaxLine, chunkSize: defaultChunkSize}
				r := &runner{engine: patterns.Default(), proc: pf, progress: newProgress(io.Discard, -1, false, false)}
				b.ReportAllocs()
				b.SetBytes(int64(len(corpus)))
				for b.Loop() {
					var m jobMode = &filterMode{w: io.Discard}
					if mode == "scan" {
						m = &scanMode{rep: discardReporter{}, sum: &scanSummary{ByDetector: map[string]int{}}}
					}
					if err := r.pipeline(m).run(strings.NewReader(corpus)); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkLine times one line of each format through the rewriter.
func BenchmarkLine(b *testing.B) {
	p := &lineProc{e: patterns.Default(), maxLine: defaultMaxLine}
	for _, tc := range []struct{ name, line string }{
		{"text/clean", "2026-11-30T09:00:00Z INFO request completed path=/api/v1/orders/12345 status=200\n"},
		{"json/clean", `{"level":"info","msg":"request completed","method":"GET","path":"/api/v1/orders/12345","status":200}` + "\n"},
		{"logfmt/clean", "time=2026-11-30T09:00:00Z level=info msg=\"request completed\" method=GET status=200\n"},
		{"json/dirty", `{"level":"warn","msg":"login failed for alice@example.com","card":"4111 1111 1111 1111"}` + "\n"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			line := []byte(tc.line)
			var out []byte
			b.ReportAllocs()
			b.SetBytes(int64(len(line)))
			for b.Loop() {
				out, _ = p.redactLine(out[:0], line)
			}
		})
	}
}

type discardReporter struct{}

func (discardReporter) finding(*finding) error    { return nil }
func (discardReporter) finish(*scanSummary) error { return nil }
