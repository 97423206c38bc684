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

	dir, base := filepath.Split(real)
	tmp, err := os.CreateTemp(dir, "."+base+".logredact-*")
	if err != nil {
		return fmt.Errorf("cannot write beside the file: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
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
		os.Remove(tmp.Name())
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
	if err = os.Rename(tmp.Name(), real); err != nil {
		return err
	}
	syncDir(dir)
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
