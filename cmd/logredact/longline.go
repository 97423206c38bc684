package main

import (
	"unicode/utf8"

	"github.com/logredact/logredact/patterns"
)

// A line longer than -max-line is never held whole: it is redacted as text
// in windows. Each window covers the next step bytes, plus ctx bytes
// before them so that a finding sees its left context ("password=" before
// a value), plus overlap bytes after them so that a finding that crosses
// the step's end is seen whole. A window's own findings are those that
// start in its step; the step is stretched over a finding that crosses its
// end. Windows are laid out from the line alone, never from how the input
// arrived, so a line gets the same output whether it sits in a chunk or
// streams through in pieces.
//
// A finding that reaches the end of what its window sees may go on past
// it: a value of any length under a key, a block, a blob. It is masked to
// where the window ends, and the bytes after it are then taken as the
// rest of the same value, and dropped, up to where the value ends: its
// closing quote when it was quoted ("...", '...', \"...\"), else the
// first space or delimiter. A value of any length is so masked to its
// end while memory stays bounded by the window (see longline_tail.go).

// minMaxLine keeps windows large enough to hold any ordinary finding.
const minMaxLine = 1024

// windowGeometry derives the window from -max-line alone.
func windowGeometry(maxLine int) (step, overlap, ctx int) {
	return maxLine, min(64<<10, maxLine/2), min(8<<10, maxLine/4)
}

// longLine is the state of one long line being windowed.
type longLine struct {
	p                  *lineProc
	step, overlap, ctx int
	// buf holds the line's bytes from offset base on.
	buf  []byte
	base int
	// done is how many bytes of the line have been written or scanned.
	done int
	// ended is set when buf reaches the end of the line.
	ended bool
	// runes counts the runes before done, for scan columns.
	runes int
	// tail is how the value a finding left unfinished ends; tailNone
	// when none is.
	tail tailKind
	// esc is set when the tail's last byte read was a backslash that
	// escapes the next one.
	esc bool
}

func (p *lineProc) newLongLine() *longLine {
	step, overlap, ctx := windowGeometry(p.maxLine)
	return &longLine{p: p, step: step, overlap: overlap, ctx: ctx}
}

// want is how many bytes past base the next window needs in buf, unless
// the line ends first.
func (l *longLine) want() int { return l.done + l.step + l.overlap - l.base }

// keepFrom is the first line offset a later window can still need: the
// caller may drop buf's bytes before it.
func (l *longLine) keepFrom() int { return max(0, l.done-l.ctx) }

// hitFunc receives a finding of a long line with byte offsets into the
// line, its 1-based rune columns, and the bytes it covers.
type hitFunc func(f patterns.Finding, col, endCol int, value []byte)

// window processes the next window: masked text is appended to out when
// hit is nil, else findings go to hit. n counts the window's findings and
// final reports the line's end.
func (l *longLine) window(out []byte, hit hitFunc) (res []byte, n int, final bool) {
	if l.tail != tailNone {
		return out, 0, l.skipTail()
	}
	ws := l.keepFrom()
	end := l.done + l.step + l.overlap
	if l.ended && l.base+len(l.buf) <= end {
		end = l.base + len(l.buf)
		final = true
	}
	w := l.buf[ws-l.base : end-l.base]
	d := l.done - ws
	cut := len(w)
	if !final {
		cut = d + l.step
		for cut > d+1 && !utf8.RuneStart(w[cut]) {
			cut--
		}
	}
	p := l.p
	p.fs = p.e.AppendFind(p.fs[:0], patterns.Scope{Layer: layer}, str(w))
	tail := tailNone
	for _, f := range p.fs {
		if f.Start < cut && f.End > cut {
			cut = f.End
		}
		if !final && f.End == len(w) && f.Start < d+l.step && (hit != nil || !p.e.ReportOnly()) {
			// The finding runs into the end of what is visible. (In
			// report-only mode the filter writes it as it is, rest
			// included.)
			tail = tailOf(w, f.Start)
		}
	}
	prev, runes, n0 := d, l.runes, len(out)
	for _, f := range p.fs {
		if f.End <= d || f.Start >= cut {
			continue
		}
		start := max(f.Start, d)
		if hit != nil {
			runes += utf8.RuneCount(w[prev:start])
			width := utf8.RuneCount(w[start:f.End])
			g := f
			g.Start, g.End = ws+start, ws+f.End
			hit(g, runes+1, runes+width+1, w[f.Start:f.End])
			runes += width
		} else {
			out = append(out, w[prev:start]...)
			out = p.e.AppendMask(out, patterns.Scope{Layer: layer}, f, string(w[f.Start:f.End]))
		}
		n++
		prev = f.End
	}
	if hit != nil {
		l.runes = runes + utf8.RuneCount(w[prev:cut])
	} else {
		out = append(out, w[prev:cut]...)
		if n > 0 {
			out = p.settle(out, n0)
		}
	}
	l.done = ws + cut
	l.tail, l.esc = tail, false
	return out, n, final
}

// settle redacts out[from:] again, as the engine does with its own
// output: a mask changes the text beside a finding, and that can complete
// a value that a neighbour hid before.
func (p *lineProc) settle(out []byte, from int) []byte {
	sc := patterns.Scope{Layer: layer}
	if !p.e.ContainsIn(sc, str(out[from:])) {
		return out
	}
	p.settled = append(p.settled[:0], out[from:]...)
	out, _ = p.e.AppendRedact(out[:from], sc, p.settled)
	return out
}

// redactLongInMemory windows a long line that is already in memory, so
// that its output is the same as when it streams.
func (p *lineProc) redactLongInMemory(dst, line []byte) ([]byte, bool) {
	body := longBody(line)
	l := p.newLongLine()
	l.buf, l.ended = body, true
	n0 := len(dst)
	found := 0
	for {
		var n int
		var final bool
		dst, n, final = l.window(dst, nil)
		found += n
		if final {
			break
		}
	}
	if found == 0 || p.e.ReportOnly() {
		// A report-only engine observed the findings and masked nothing.
		return dst[:n0], false
	}
	return append(dst, line[len(body):]...), true
}

// scanLongInMemory reports a long line's findings with offsets into line.
func (p *lineProc) scanLongInMemory(line []byte, fn func(patterns.Finding)) {
	l := p.newLongLine()
	l.buf, l.ended = longBody(line), true
	for {
		if _, _, final := l.window(nil, func(f patterns.Finding, _, _ int, _ []byte) { fn(f) }); final {
			return
		}
	}
}
