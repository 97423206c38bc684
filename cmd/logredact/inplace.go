package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
)

// redactInPlace rewrites path through a temporary file in the same
// directory: the redacted text is written and synced there, given the
// original's mode, and renamed over the original, so that a reader sees
// either the old file or the new one, never a half-written one. A file
// with nothing found is left untouched. Gzip input is written back as
// gzip.
//
// A file that grows, shrinks, is written to or is replaced while it is
// read is left as it is, and the temporary file removed: renaming over it
// would lose what was written meanwhile. A service still writing to its
// log is the usual cause; a rotated copy can be rewritten safely.
func (r *runner) redactInPlace(path string) (err error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	fi, err := os.Stat(real)
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("not a regular file: -i rewrites files only")
	}
	in, err := openInput(real, nil, &r.progress.read)
	if err != nil {
		return err
	}
	defer in.close()
	opened, err := in.file.Stat()
	if err != nil {
		return err
	}

	dir, base := filepath.Split(real)
	tmp, err := r.temps.create(dir, "."+base+".logredact-*")
	if err != nil {
		return fmt.Errorf("cannot write beside the file: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			r.temps.remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, readSize)
	var zw *gzip.Writer
	m := &filterMode{w: bw}
	if in.gz {
		zw = gzip.NewWriter(bw)
		m.w = zw
	}
	if err = r.pipeline(m).run(in.r); err != nil {
		return err
	}
	if !m.changed {
		tmp.Close()
		r.temps.remove(tmp.Name())
		return nil
	}
	if zw != nil {
		if err = zw.Close(); err != nil {
			return err
		}
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	if err = tmp.Chmod(fi.Mode().Perm() | fi.Mode()&(os.ModeSetuid|os.ModeSetgid|os.ModeSticky)); err != nil {
		return err
	}
	keepOwner(tmp, fi)
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	// The last look before the rename, as late as it can be.
	if err = unchangedSince(real, opened); err != nil {
		return err
	}
	if err = r.temps.rename(tmp.Name(), real); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// unchangedSince reports, as an error, a file at path that is no longer
// the file opened, whose state was opened: replaced, grown, shrunk or
// written to.
func unchangedSince(path string, opened os.FileInfo) error {
	now, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("left untouched: it was removed or replaced while it was being redacted (%v)", err)
	}
	switch {
	case !os.SameFile(opened, now):
		return fmt.Errorf("left untouched: it was replaced while it was being redacted; run again to redact the new file")
	case now.Size() != opened.Size():
		return fmt.Errorf("left untouched: it grew from %d to %d bytes while it was being redacted, and replacing it would lose what was written; is a process still writing to it? Redact a rotated copy instead", opened.Size(), now.Size())
	case !now.ModTime().Equal(opened.ModTime()):
		return fmt.Errorf("left untouched: it was written to while it was being redacted, and replacing it would lose what was written; is a process still writing to it? Redact a rotated copy instead")
	}
	return nil
}

// syncDir makes the rename durable; where a directory cannot be synced
// the rename has still happened, so a failure here is not reported.
func syncDir(dir string) {
	if dir == "" {
		dir = "."
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
