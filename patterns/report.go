package patterns

// Report-only mode (WithReportOnly) finds exactly what redaction would
// mask, in the same scan, and tells the observer, but hands every text
// back as it came. The hooks sit in each entry point after the clean-path
// return, so a clean value costs the same in both modes.

// ReportOnly reports whether e was built with [WithReportOnly]: it reports
// findings to its observer and redacts nothing. Logging layers check it to
// warn, once, that their output is not redacted.
func (e *Engine) ReportOnly() bool { return e.reportOnly }

// report tells the observer about findings that report-only mode leaves
// in the text. It returns false, which is what the entry points report as
// changed.
func (e *Engine) report(sc Scope, fs []Finding) bool {
	if e.observer != nil {
		for _, f := range fs {
			e.observe(f, sc)
		}
	}
	return false
}

// reportFind is [Engine.RedactFind] in report-only mode: the findings in
// dst[n:] are reported and returned, with their keys set, and s is
// returned as it is.
func (e *Engine) reportFind(dst []Finding, n int, sc Scope, s string) (string, []Finding) {
	e.report(sc, dst[n:])
	for i := n; i < len(dst); i++ {
		if dst[i].Key == "" {
			dst[i].Key = sc.Key
		}
	}
	return s, dst
}
