package main

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// progress draws one status line on standard error: bytes done, MB/s,
// findings so far and time left. It is redrawn in place with a carriage
// return, and only ever written to standard error, so standard output
// carries nothing but data.
type progress struct {
	w     io.Writer
	on    bool
	tty   bool  // w is a terminal: the line can be cleared with an escape
	total int64 // bytes of input, -1 when unknown
	// read counts input bytes as stored (compressed for gzip), so that
	// it compares with total.
	read  atomic.Int64
	found atomic.Int64
	start time.Time
	stop  chan struct{}
	wg    sync.WaitGroup
}

// progressEvery is how often the line is redrawn.
const progressEvery = 250 * time.Millisecond

func newProgress(w io.Writer, total int64, on, tty bool) *progress {
	return &progress{w: w, total: total, on: on, tty: tty}
}

// begin starts redrawing, when progress is on.
func (p *progress) begin() {
	if !p.on {
		return
	}
	p.start = time.Now()
	p.stop = make(chan struct{})
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(progressEvery)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.draw(false)
			case <-p.stop:
				return
			}
		}
	}()
}

// end draws the final line and ends it with a newline.
func (p *progress) end() {
	if !p.on {
		return
	}
	close(p.stop)
	p.wg.Wait()
	p.draw(true)
}

func (p *progress) draw(final bool) {
	done := p.read.Load()
	elapsed := time.Since(p.start).Seconds()
	rate := 0.0
	if elapsed > 0 {
		rate = float64(done) / elapsed
	}
	line := "\r" + formatBytes(done)
	if p.total >= 0 {
		pct := 100.0
		if p.total > 0 {
			pct = 100 * float64(done) / float64(p.total)
		}
		line += fmt.Sprintf(" / %s (%.0f%%)", formatBytes(p.total), pct)
	}
	line += fmt.Sprintf("  %.1f MB/s  %d findings", rate/1e6, p.found.Load())
	if p.total >= 0 && !final {
		left := "?"
		if rate > 0 {
			secs := float64(max(p.total-done, 0)) / rate
			left = time.Duration(secs * float64(time.Second)).Round(time.Second).String()
		}
		line += "  " + left + " left"
	}
	if final {
		line += fmt.Sprintf("  in %s", time.Duration(elapsed*float64(time.Second)).Round(time.Millisecond))
	}
	if p.tty {
		line += "\x1b[K" // clear what a longer previous line left behind
	}
	if final {
		line += "\n"
	}
	io.WriteString(p.w, line)
}

// formatBytes writes n in the largest unit that keeps it above 1.
func formatBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
