package otelredact

import (
	"context"
	"sync"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/logredact/logredact/internal/reportonly"
	"github.com/logredact/logredact/patterns"
)

// redactor holds what one configured processor instance shares between
// concurrent calls: the engine, the prepared names and the counter. All of
// it is read-only after construction; per-call state lives in a pooled
// [pass].
type redactor struct {
	eng         *patterns.Engine
	resource    bool
	scope       bool
	summary     bool
	summaryKeys map[string]string
	findings    *findingsCounter
	passes      sync.Pool
}

func newRedactor(cfg *Config, set component.TelemetrySettings, env environment) (*redactor, error) {
	eng, err := newEngine(cfg, env)
	if err != nil {
		return nil, err
	}
	return newRedactorWith(cfg, set, eng)
}

// newRedactorWith is newRedactor with the engine already built.
func newRedactorWith(cfg *Config, set component.TelemetrySettings, eng *patterns.Engine) (*redactor, error) {
	reportonly.Warn(eng, layer, func(msg string) { set.Logger.Warn(msg) })
	dets := eng.Detectors()
	ids := make([]string, len(dets))
	for i, d := range dets {
		ids[i] = d.ID
	}
	fc, err := newFindingsCounter(set, ids)
	if err != nil {
		return nil, err
	}
	r := &redactor{
		eng:      eng,
		resource: cfg.ResourceAttributes,
		scope:    cfg.ScopeAttributes,
		summary:  cfg.Summary,
		findings: fc,
	}
	if cfg.Summary {
		r.summaryKeys = summaryKeys(ids)
	}
	r.passes.New = func() any { return &pass{eng: eng, path: make([]byte, 0, 64)} }
	return r, nil
}

func (r *redactor) getPass() *pass { return r.passes.Get().(*pass) }

// putPass reports the batch's findings and returns p to the pool.
func (r *redactor) putPass(ctx context.Context, p *pass) {
	if len(p.batch) > 0 {
		r.findings.record(ctx, p.batch)
	}
	p.path, p.finds, p.record, p.batch = p.path[:0], p.finds[:0], p.record[:0], p.batch[:0]
	r.passes.Put(p)
}

// processLogs redacts, in place, each record's body and attributes, and
// the resource and scope attributes when configured.
func (r *redactor) processLogs(ctx context.Context, ld plog.Logs) (plog.Logs, error) {
	p := r.getPass()
	rls := ld.ResourceLogs()
	for i := 0; i < rls.Len(); i++ {
		rl := rls.At(i)
		if r.resource {
			attrs := rl.Resource().Attributes()
			p.attributes(attrs)
			p.endRecord(attrs, false, nil)
		}
		sls := rl.ScopeLogs()
		for j := 0; j < sls.Len(); j++ {
			sl := sls.At(j)
			if r.scope {
				attrs := sl.Scope().Attributes()
				p.attributes(attrs)
				p.endRecord(attrs, false, nil)
			}
			lrs := sl.LogRecords()
			for k := 0; k < lrs.Len(); k++ {
				lr := lrs.At(k)
				attrs := lr.Attributes()
				if !p.cleanRecord(lr.Body(), attrs) {
					p.body(lr.Body())
					p.attributes(attrs)
				}
				p.endRecord(attrs, r.summary, r.summaryKeys)
			}
		}
	}
	r.putPass(ctx, p)
	return ld, nil
}

// processTraces redacts, in place, each span's name, attributes, events
// (name and attributes), links' attributes and status message, and the
// resource and scope attributes when configured. Names are scanned as
// text: an operation name is left as it is unless it holds a finding
// (a URL with credentials, a command line), which no backend should
// group by.
func (r *redactor) processTraces(ctx context.Context, td ptrace.Traces) (ptrace.Traces, error) {
	p := r.getPass()
	rss := td.ResourceSpans()
	for i := 0; i < rss.Len(); i++ {
		rs := rss.At(i)
		if r.resource {
			attrs := rs.Resource().Attributes()
			p.attributes(attrs)
			p.endRecord(attrs, false, nil)
		}
		sss := rs.ScopeSpans()
		for j := 0; j < sss.Len(); j++ {
			ss := sss.At(j)
			if r.scope {
				attrs := ss.Scope().Attributes()
				p.attributes(attrs)
				p.endRecord(attrs, false, nil)
			}
			spans := ss.Spans()
			for k := 0; k < spans.Len(); k++ {
				r.span(p, spans.At(k))
			}
		}
	}
	r.putPass(ctx, p)
	return td, nil
}

func (r *redactor) span(p *pass, span ptrace.Span) {
	if out, ok := p.text(nameKey, span.Name()); ok {
		span.SetName(out)
	}
	attrs := span.Attributes()
	p.attributes(attrs)
	events := span.Events()
	for i := 0; i < events.Len(); i++ {
		ev := events.At(i)
		if out, ok := p.text(nameKey, ev.Name()); ok {
			ev.SetName(out)
		}
		p.attributes(ev.Attributes())
	}
	links := span.Links()
	for i := 0; i < links.Len(); i++ {
		p.attributes(links.At(i).Attributes())
	}
	if st := span.Status(); st.Message() != "" {
		if out, ok := p.redact(st.Message()); ok {
			st.SetMessage(out)
		}
	}
	p.endRecord(attrs, r.summary, r.summaryKeys)
}
