package patterns

import (
	"strings"
	"unsafe"
)

// Some detectors know a value by the key written in front of it (a
// Datadog key is 32 hex digits after a key naming Datadog). In text the
// key is there to read; a field's value comes without it, its key in
// Scope.Key. So a value whose key holds such a keyword is scanned with the
// key's last component written in front of it, as text would carry it,
// and only what is found in the value is kept. Whether a key holds a
// keyword is decided once per key, in the key cache.

// lastComponent is the last '.'-separated component of a key path.
func lastComponent(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[i+1:]
	}
	return path
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
