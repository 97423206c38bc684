package patterns

import (
	"strings"
	"unsafe"
)

// Some detectors know a value by the key written in front of it (a
// Datadog key is 32 hex digits after a key naming Datadog). In text the
// key is there to read; a field's value comes without it, its key in
// Scope.Key. So a value whose key holds such a keyword is scanned with the
// key path's tail written in front of it, as text would carry it,
// and only what is found in the value is kept. Whether a key holds a
// keyword is decided once per key, in the key cache.

// maxContextKey bounds the tail of a key path written in front of a
// value.
const maxContextKey = 64

// contextKey is the tail of a key path that is written in front of a
// value: the whole path when it is short, since a dotted key names its
// provider in any component ("sonar.login", "datadog.api_key"), else its
// components that fit in maxContextKey.
func contextKey(path string) string {
	if len(path) <= maxContextKey {
		return path
	}
	tail := path[len(path)-maxContextKey:]
	if i := strings.IndexByte(tail, '.'); i >= 0 {
		return tail[i+1:]
	}
	return tail
}

// keyContext reports whether key, written "key=", holds the keyword of a
// detector.
func (e *Engine) keyContext(key string) bool {
	if key == "" {
		return false
	}
	t := key + "="
	pf := e.pf
	for i := 0; i+1 < len(t); i++ {
		w := uint16(t[i])<<8 | uint16(t[i+1])
		if pf.bits[w>>6]&(1<<(w&63)) == 0 {
			continue
		}
		b := pf.bucket[w]
		if b == 0 {
			continue
		}
		for _, k := range pf.buckets[b] {
			if k.det < 0 {
				continue
			}
			at := i - k.off
			if k.fold && hasFold(t, at, k.kw) || !k.fold && hasAt(t, at, k.kw) {
				return true
			}
		}
	}
	return false
}

// scanWithKey scans s as the value of "key=s" and appends what it finds in
// s, with offsets into s.
func (e *Engine) scanWithKey(dst []Finding, key, s string, first bool) []Finding {
	pre := len(key) + 1
	b := make([]byte, 0, pre+len(s))
	b = append(append(append(b, key...), '='), s...)
	t := unsafe.String(unsafe.SliceData(b), len(b))
	n := len(dst)
	dst = e.scan(dst, t, first)
	out := dst[:n]
	for _, f := range dst[n:] {
		if f.End <= pre {
			continue
		}
		f.Start = max(f.Start, pre) - pre
		f.End -= pre
		out = append(out, f)
	}
	return out
}
