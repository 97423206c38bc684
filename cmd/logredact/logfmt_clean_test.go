package main

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/logredact/logredact/internal/exampletext"
	"github.com/logredact/logredact/internal/testutil"
	"github.com/logredact/logredact/patterns"
)

// logfmtKeys are keys of every class: plain, allowed under one engine,
// sensitive, personal, read with their values (phone, ID, provider), and
// the message key.
var logfmtKeys = []string{"path", "user_agent", "note", "password", "token", "phone", "user.phone", "customer_id",
	"stripe", "msg", "name", "value", "email", "address", "ssn", "key", "data", "ts_ms", "DB_PASSWORD"}

// logfmtValues are every example of the catalog, the benign corpora's
// lines, and values that need quotes or escapes.
func logfmtValues(t testing.TB, e *patterns.Engine) []string {
	vals := exampletext.Of(e)
	files, _ := filepath.Glob("../../patterns/testdata/benign/*.txt")
	if len(files) == 0 {
		t.Fatal("no benign corpus found")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if len(l) < 200 {
				vals = append(vals, l)
			}
		}
	}
	return append(vals, "", "GET", "hunter2", "4111 1111 1111 1111", "say \"hi\"", "a\\b", "line\nbreak", "1796029200356")
}

// randomLogfmtLine writes a logfmt line of the given pairs, quoting a value
// that needs it and, now and then, one that does not. Now and then a
// key, or bare words after a pair, are drawn from pool.
func randomLogfmtLine(r *rand.Rand, keys, vals, pool []string) []byte {
	var b []byte
	for i := range keys {
		if i > 0 {
			b = append(b, " \t"[r.IntN(2)])
		}
		k := keys[i]
		if w := pool[r.IntN(len(pool))]; r.IntN(8) == 0 && w != "" && !strings.ContainsAny(w, " \t\"=\n\r") {
			k = w // text that is found may sit in a key
		}
		b = append(b, k...)
		b = append(b, '=')
		v := vals[i]
		if strings.ContainsAny(v, " \t\"\\=\n\r") || r.IntN(4) == 0 {
			b = append(b, '"')
			b = appendLogfmtEscaped(b, v)
			b = append(b, '"')
		} else {
			b = append(b, v...)
		}
		if r.IntN(8) == 0 {
			// Bare words: after a quoted value they are text between
			// the pairs, after a bare one part of the value.
			b = append(b, ' ')
			b = append(b, strings.Fields(pool[r.IntN(len(pool))] + " words")[0]...)
		}
	}
	return b
}

// checkLogfmtClean fails when logfmtClean calls body clean but the pair
// by pair path changes it or observes a finding in it, or the scan finds
// one. It reports
// whether that path found body clean, and whether logfmtClean did.
func checkLogfmtClean(t *testing.T, p *lineProc, seen *atomic.Int64, body []byte) (clean, quick bool) {
	t.Helper()
	if !p.parseLogfmt(body) {
		return false, false
	}
	quick = p.logfmtClean(body)
	seen.Store(0)
	_, changed := p.redactLogfmt(nil, body)
	found := 0
	p.scanLogfmt(body, func(patterns.Finding) { found++ })
	clean = !changed && seen.Load() == 0 && found == 0
	if quick && !clean {
		t.Fatalf("logfmtClean(%q) = true, but the line is not clean pair by pair", body)
	}
	return clean, quick
}

// observing is e's options with an observer that counts into seen.
func observing(seen *atomic.Int64, opts ...patterns.Option) *patterns.Engine {
	e, err := patterns.New(append(opts, patterns.WithObserver(func(patterns.Observation) { seen.Add(1) }))...)
	if err != nil {
		panic(err)
	}
	return e
}

// TestLogfmtCleanAgrees checks that logfmtClean calls a line clean only
// where the pair by pair path finds nothing, on lines made of every
// catalog example and benign line under keys of every class, and that it
// settles most clean lines: one that always gave up would pass the first
// check and cost every line a second pass.
func TestLogfmtCleanAgrees(t *testing.T) {
	var seen atomic.Int64
	rng := rand.New(rand.NewPCG(7, 11))
	for _, e := range []*patterns.Engine{observing(&seen), observing(&seen, patterns.WithAllowedKeys("note"))} {
		p := &lineProc{e: e, maxLine: defaultMaxLine}
		vals := logfmtValues(t, e)
		var tally testutil.Settled
		for range 6000 {
			n := 1 + rng.IntN(9)
			keys, vs := make([]string, n), make([]string, n)
			for j := range keys {
				keys[j] = logfmtKeys[rng.IntN(len(logfmtKeys))]
				if rng.IntN(4) != 0 {
					// Most keys of a line are ordinary ones.
					keys[j] = []string{"level", "msg", "method", "status", "duration", "path", "ts_ms"}[rng.IntN(7)]
				}
				vs[j] = vals[rng.IntN(len(vals))]
				if rng.IntN(2) == 0 {
					vs[j] = []string{"info", "GET", "200", "12ms", "/api/v1/orders/12345", "u_4d2328"}[rng.IntN(6)]
				}
			}
			tally.Add(checkLogfmtClean(t, p, &seen, randomLogfmtLine(rng, keys, vs, vals)))
		}
		tally.WantAtLeast(t, "logfmtClean", 1, 2)
	}
}

// FuzzLogfmtClean checks on arbitrary lines that logfmtClean never calls
// clean what the pair by pair path changes.
func FuzzLogfmtClean(f *testing.F) {
	f.Add([]byte(`time=2026-11-30T09:00:00Z level=info msg="request completed" method=GET status=200`))
	f.Add([]byte(`k="a\"b" password= card=4111 1111 1111 1111 x=y`))
	f.Add([]byte(`user=bob email="bob@example.org" ts_ms=1796029200356`))
	var seen atomic.Int64
	p := &lineProc{e: observing(&seen), maxLine: defaultMaxLine}
	f.Fuzz(func(t *testing.T, body []byte) {
		checkLogfmtClean(t, p, &seen, body)
	})
}
