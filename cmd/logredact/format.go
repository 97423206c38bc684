package main

import (
	"unsafe"

	"github.com/logredact/logredact/internal/jsonredact"
	"github.com/logredact/logredact/patterns"
)

// layer is the Scope.Layer the command reports to observers.
const layer = "cli"

// Each line is read in the format it is written in: a JSON object is
// rewritten value by value by the rewriter the zerolog writer uses, a
// logfmt line pair by pair with key rules on its keys, and anything else as
// text. A line longer than -max-line is always read as text, in windows
// (see longline.go), so that memory stays bounded whatever the input.

// lineFormat is how a line is read.
type lineFormat uint8

const (
	formatText lineFormat = iota
	formatJSON
	formatLogfmt
	// formatStampedJSON is a JSON object after a timestamp, as
	// "kubectl logs --timestamps" and "docker logs -t" write it.
	formatStampedJSON
)

// maxStamp bounds the timestamp before a stamped JSON object.
const maxStamp = 64

// lineProc redacts and scans lines. Each goroutine owns one: it holds
// scratch space reused from line to line.
type lineProc struct {
	e       *patterns.Engine
	maxLine int
	// fs, line, settled, pairs, dec and decAt are scratch buffers.
	fs      []patterns.Finding
	line    []byte
	settled []byte
	pairs   []logfmtPair
	dec     []byte
	decAt   []int
	// spans serves logfmtClean.
	spans []int32
}

// splitLine separates a line's body from its terminator ("\n", "\r\n" or
// nothing at the end of input).
func splitLine(line []byte) (body, term []byte) {
	n := len(line)
	if n > 0 && line[n-1] == '\n' {
		n--
		if n > 0 && line[n-1] == '\r' {
			n--
		}
	}
	return line[:n], line[n:]
}

// longBody is the part of a line that counts against -max-line: all but
// its '\n'. A '\r' before it belongs to the body, so that a line is long
// or not by the same measure whether it is read whole or streamed.
func longBody(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\n' {
		return line[:n-1]
	}
	return line
}

// detectFormat tells how to read a line's body, and for a stamped JSON
// object where the object starts. Logfmt is settled by parsing (see
// parseLogfmt), so here it is only a candidate.
func detectFormat(body []byte) (lineFormat, int) {
	i := 0
	for i < len(body) && (body[i] == ' ' || body[i] == '\t') {
		i++
	}
	if i == len(body) {
		return formatText, 0
	}
	switch c := body[i]; {
	case c == '{':
		return formatJSON, 0
	case isKeyStart(c):
		return formatLogfmt, 0
	case c >= '0' && c <= '9':
		// A timestamp is one token that starts with a digit.
		for j := i; j < len(body) && j-i <= maxStamp; j++ {
			if body[j] == ' ' {
				if j+1 < len(body) && body[j+1] == '{' {
					return formatStampedJSON, j + 1
				}
				break
			}
		}
	}
	return formatText, 0
}

// redactLine appends line (terminator included), redacted, to dst. When
// nothing is found it returns dst as given and changed is false: the
// caller keeps the input bytes, so a clean line is written byte for byte.
func (p *lineProc) redactLine(dst, line []byte) (out []byte, changed bool) {
	if lb := longBody(line); len(lb) > p.maxLine {
		return p.redactLongInMemory(dst, line)
	}
	body, term := splitLine(line)
	switch format, at := detectFormat(body); format {
	case formatJSON:
		return jsonredact.Append(dst, p.e, layer, line)
	case formatStampedJSON:
		return p.redactStamped(dst, line, at)
	case formatLogfmt:
		if p.parseLogfmt(body) {
			if p.logfmtClean(body) {
				return dst, false
			}
			out, changed = p.redactLogfmt(dst, body)
			if changed {
				out = append(out, term...)
			}
			return out, changed
		}
	}
	sc := patterns.Scope{Layer: layer}
	if !p.e.ContainsIn(sc, str(body)) {
		return dst, false
	}
	out, changed = p.e.AppendRedact(dst, sc, body)
	if !changed {
		// A report-only engine observed the findings and masked nothing.
		return dst, false
	}
	return append(out, term...), true
}

// scanLine calls fn for every finding in line, with offsets into line and
// the value the finding covers.
func (p *lineProc) scanLine(line []byte, fn func(f patterns.Finding)) {
	if lb := longBody(line); len(lb) > p.maxLine {
		p.scanLongInMemory(line, fn)
		return
	}
	body, _ := splitLine(line)
	switch format, at := detectFormat(body); format {
	case formatJSON:
		jsonredact.Scan(p.e, layer, line, fn)
		return
	case formatStampedJSON:
		p.scanText(line[:at], 0, fn)
		jsonredact.Scan(p.e, layer, line[at:], func(f patterns.Finding) {
			f.Start += at
			f.End += at
			fn(f)
		})
		return
	case formatLogfmt:
		if p.parseLogfmt(body) {
			if p.logfmtClean(body) {
				return
			}
			p.scanLogfmt(body, fn)
			return
		}
	}
	p.scanText(body, 0, fn)
}

// scanText reports the findings in text, with offsets moved by off.
func (p *lineProc) scanText(text []byte, off int, fn func(patterns.Finding)) {
	p.fs = p.e.AppendFind(p.fs[:0], patterns.Scope{Layer: layer}, str(text))
	for _, f := range p.fs {
		f.Start += off
		f.End += off
		fn(f)
	}
}

// redactStamped redacts the timestamp before a JSON object as text and
// the object value by value.
func (p *lineProc) redactStamped(dst, line []byte, at int) ([]byte, bool) {
	n0 := len(dst)
	sc := patterns.Scope{Layer: layer}
	stampChanged := p.e.ContainsIn(sc, str(line[:at]))
	if stampChanged {
		dst, _ = p.e.AppendRedact(dst, sc, line[:at])
	} else {
		dst = append(dst, line[:at]...)
	}
	out, changed := jsonredact.Append(dst, p.e, layer, line[at:])
	if changed {
		return out, true
	}
	if stampChanged {
		return append(out, line[at:]...), true
	}
	return dst[:n0], false
}

// str views b as a string without copying; the engine never keeps it.
func str(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }
