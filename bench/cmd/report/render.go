package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// writeText writes the tables aligned for a terminal.
func writeText(w io.Writer, env []string, ts []table) error {
	for _, line := range env {
		fmt.Fprintln(w, line)
	}
	for _, t := range ts {
		fmt.Fprintf(w, "\n%s\n", t.title)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, strings.Join(t.header, "\t")+"\t")
		for _, r := range t.rows {
			fmt.Fprintln(tw, strings.Join(r, "\t")+"\t")
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// markdown returns the tables as Markdown: a machine description, then one
// table per section under a level-3 heading, then the chart.
func markdown(env []string, ts []table, chart string) string {
	var b strings.Builder
	for _, line := range env {
		fmt.Fprintf(&b, "- %s\n", line)
	}
	for _, t := range ts {
		fmt.Fprintf(&b, "\n### %s\n\n", t.title)
		if t.note != "" {
			fmt.Fprintf(&b, "%s\n\n", t.note)
		}
		fmt.Fprintf(&b, "| %s |\n|", strings.Join(t.header, " | "))
		for i := range t.header {
			if i == 0 {
				b.WriteString(" :--- |")
			} else {
				b.WriteString(" ---: |")
			}
		}
		b.WriteString("\n")
		for _, r := range t.rows {
			fmt.Fprintf(&b, "| %s |\n", strings.Join(r, " | "))
		}
	}
	if chart != "" {
		fmt.Fprintf(&b, "\n![Ratios over the plain loggers, and engine throughput](%s)\n", chart)
	}
	return b.String()
}
