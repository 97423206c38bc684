package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"text/tabwriter"
)

const detectorsUsage = `usage: logredact detectors [flags]

Lists the detectors the configured engine runs: ID, category, prefilter
keywords and a one-line description. Detectors anchored on structure (an
'@', a digit run, a key name) have no keywords. The values behind
known-secret are never listed.

Flags:
`

// detectorInfo is one listed detector.
type detectorInfo struct {
	ID          string   `json:"id"`
	Category    string   `json:"category"`
	Keywords    []string `json:"keywords"`
	Description string   `json:"description"`
}

// knownSecretID is the detector whose keywords are the registered secret
// values themselves: listing them would print the secrets.
const knownSecretID = "known-secret"

func runDetectors(args []string, env *cmdEnv) int {
	fs := flag.NewFlagSet("logredact detectors", flag.ContinueOnError)
	var ef engineFlags
	ef.register(fs)
	format := fs.String("format", "text", "output `format`: text or json")
	if code, ok := parseFlags(fs, detectorsUsage, args, env); !ok {
		return code
	}
	if fs.NArg() > 0 {
		env.errorf("detectors: unexpected argument %q", fs.Arg(0))
		return exitError
	}
	if *format != "text" && *format != "json" {
		env.errorf("detectors: unknown -format %q: want text or json", *format)
		return exitError
	}
	s, err := ef.settings()
	if err != nil {
		env.errorf("detectors: %v", err)
		return exitError
	}
	e, err := newEngine(s, env, nil)
	if err != nil {
		env.errorf("detectors: %v", err)
		return exitError
	}
	var list []detectorInfo
	for _, d := range e.Detectors() {
		info := detectorInfo{ID: d.ID, Category: d.Category.String(), Keywords: d.Keywords, Description: d.Description}
		if d.ID == knownSecretID {
			info.Keywords = nil
		}
		if info.Keywords == nil {
			info.Keywords = []string{}
		}
		list = append(list, info)
	}
	if *format == "json" {
		enc := json.NewEncoder(env.stdout)
		enc.SetEscapeHTML(false)
		for i := range list {
			if err := enc.Encode(&list[i]); err != nil {
				env.errorf("detectors: %v", err)
				return exitError
			}
		}
		return exitClean
	}
	tw := tabwriter.NewWriter(env.stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tCATEGORY\tKEYWORDS\tDESCRIPTION")
	for _, d := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", d.ID, d.Category, keywordColumn(d.Keywords), d.Description)
	}
	if err := tw.Flush(); err != nil {
		env.errorf("detectors: %v", err)
		return exitError
	}
	return exitClean
}

// maxKeywordColumn keeps the table readable when a detector has many
// keywords; -format json lists them all.
const maxKeywordColumn = 40

func keywordColumn(kws []string) string {
	if len(kws) == 0 {
		return "-"
	}
	col := ""
	for i, kw := range kws {
		next := col
		if i > 0 {
			next += ","
		}
		next += kw
		if i > 0 && len(next) > maxKeywordColumn {
			return fmt.Sprintf("%s,+%d more", col, len(kws)-i)
		}
		col = next
	}
	return col
}
