//go:build unix

package main

import (
	"os"
	"syscall"
)

// keepOwner gives the rewritten file the original's owner and group, so
// that rewriting a service's log as root does not take it from the
// service. It fails harmlessly when the caller may not chown.
func keepOwner(f *os.File, fi os.FileInfo) {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		f.Chown(int(st.Uid), int(st.Gid))
	}
}
