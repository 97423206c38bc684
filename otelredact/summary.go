package otelredact

import (
	"strings"

	"go.opentelemetry.io/collector/pdata/pcommon"
)

// summaryPrefix starts every summary attribute; the detector ID follows.
const summaryPrefix = "logredact.redacted."

// isSummary reports whether the attribute k, v is one of the processor's
// own counts, which every reading of attributes skips.
func isSummary(k string, v pcommon.Value) bool {
	return v.Type() == pcommon.ValueTypeInt && strings.HasPrefix(k, summaryPrefix)
}

// detCount is how many values one detector masked.
type detCount struct {
	id string
	n  int64
}

// counts is a small multiset of detector IDs. A record rarely has more
// than a few detectors, so a slice searched linearly beats a map and is
// reused without allocating.
type counts []detCount

func (c *counts) add(id string, n int64) {
	for i := range *c {
		if (*c)[i].id == id {
			(*c)[i].n += n
			return
		}
	}
	*c = append(*c, detCount{id: id, n: n})
}

// endRecord closes the record whose findings are in p.record: it adds the
// summary attributes to attrs when summarize is set, and moves the counts
// to the batch. A clean record is left as it was.
func (p *pass) endRecord(attrs pcommon.Map, summarize bool, keys map[string]string) {
	if len(p.record) == 0 {
		return
	}
	for _, c := range p.record {
		if summarize {
			addSummary(attrs, summaryKey(keys, c.id), c.n)
		}
		p.batch.add(c.id, c.n)
	}
	p.record = p.record[:0]
}

// addSummary adds n to the count under key, so that a record redacted by
// an agent and again by a gateway carries the total.
func addSummary(attrs pcommon.Map, key string, n int64) {
	if v, ok := attrs.Get(key); ok && v.Type() == pcommon.ValueTypeInt {
		v.SetInt(v.Int() + n)
		return
	}
	attrs.PutInt(key, n)
}

// summaryKeys precomputes the summary attribute name of each detector so
// that summarizing a record does not build strings.
func summaryKeys(ids []string) map[string]string {
	m := make(map[string]string, len(ids))
	for _, id := range ids {
		m[id] = summaryPrefix + id
	}
	return m
}

func summaryKey(keys map[string]string, id string) string {
	if k, ok := keys[id]; ok {
		return k
	}
	return summaryPrefix + id
}
