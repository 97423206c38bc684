package patterns

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

func TestTmpAnchors2(t *testing.T) {
	corpus := benchCorpus(4 << 20)
	lc := strings.ToLower(corpus)
	e := Default()
	type a struct {
		s string
		n int
	}
	var as []a
	seen := map[string]bool{}
	for _, d := range e.Detectors() {
		for _, kw := range d.Keywords {
			off := e.pf.anchorOf(kw, d.IgnoreCase)
			p := kw[off : off+2]
			n := 0
			if d.IgnoreCase {
				n = strings.Count(lc, strings.ToLower(p))
			} else {
				n = strings.Count(corpus, p)
			}
			k := fmt.Sprintf("%q fold=%v", p, d.IgnoreCase)
			if !seen[k] {
				seen[k] = true
				as = append(as, a{k + " " + d.ID + " " + kw, n})
			}
		}
	}
	sort.Slice(as, func(i, j int) bool { return as[i].n > as[j].n })
	tot := 0
	for _, x := range as {
		tot += x.n
	}
	for _, x := range as[:20] {
		fmt.Println(x.n, x.s)
	}
	fmt.Println("total", tot)
}
