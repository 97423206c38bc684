//go:build linux

package testutil

import (
	"syscall"
	"testing"
)

// GuardedPage returns one page of writable memory followed by a page that
// is not mapped, so that a test can place text against the end of the
// first and prove that a kernel reading in place never reads past it (a
// read of the second page is a SIGSEGV). It skips the test where the
// pages cannot be mapped or protected, and unmaps both when the test
// ends.
func GuardedPage(t testing.TB) []byte {
	t.Helper()
	page := syscall.Getpagesize()
	mem, err := syscall.Mmap(-1, 0, 2*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skip("mmap:", err)
	}
	t.Cleanup(func() { syscall.Munmap(mem) })
	if err := syscall.Mprotect(mem[page:], syscall.PROT_NONE); err != nil {
		t.Skip("mprotect:", err)
	}
	return mem[:page:page]
}
