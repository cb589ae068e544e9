package load

import (
	"errors"
	"hash"
	"os"
	"syscall"
	"unsafe"
)

// DirectFile writes a file sequentially through a buffer of directBuffer
// bytes, and hashes and counts what it writes. Where the system allows it
// (Linux, and a file system that supports O_DIRECT) the file is opened for
// direct I/O and every full buffer is written straight to the device: a run
// writes gigabytes of CSV and Parquet that nobody reads back at once, and
// copying them into the page cache (and writing them back from it) took
// more CPU than writing them. The last, partial block is written through the
// page cache (direct I/O writes whole blocks only), and Close fsyncs as
// before. Anywhere else, or when a direct write fails with EINVAL, it writes
// through the page cache.
type DirectFile struct {
	f         *os.File
	raw       []byte // allocation that buf is cut from
	buf       []byte // directAlign-aligned, directBuffer bytes
	n         int    // bytes in buf
	direct    bool   // f is open with O_DIRECT
	hash      hash.Hash
	written   int64 // bytes written, or given to a discarding writer
	discarded bool
	err       error // first write error; sticky
}

const (
	directBuffer = 1 << 20
	// directAlign is the alignment of buffer addresses, sizes and file
	// offsets that direct I/O needs: the page size, a multiple of the
	// logical block size of any disk.
	directAlign = 4096
)

// createDirect creates (or truncates) path for writing, with O_DIRECT when
// the system and the file system allow it.
func createDirect(path string, h hash.Hash) (*DirectFile, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return NewDirectFile(f, h), nil
}

// NewDirectFile writes f, an empty file open for writing, from its start,
// with O_DIRECT when the system and the file system allow it. h, when not
// nil, hashes what is written.
func NewDirectFile(f *os.File, h hash.Hash) *DirectFile {
	d := &DirectFile{f: f, hash: h}
	d.direct = oDirect != 0 && setDirect(f, true) == nil
	d.raw = make([]byte, directBuffer+directAlign)
	off := 0
	if r := int(uintptr(unsafe.Pointer(&d.raw[0])) % directAlign); r != 0 {
		off = directAlign - r
	}
	d.buf = d.raw[off : off+directBuffer]
	return d
}

// Direct reports whether the file is written with direct I/O; it cannot
// be read then (reads would need aligned buffers): Flush first.
func (d *DirectFile) Direct() bool { return d.direct }

// Written is the number of bytes written to the file so far (not those
// still buffered).
func (d *DirectFile) Written() int64 { return d.written }

// Flush writes everything buffered and turns direct I/O off (reads of an
// O_DIRECT file need aligned buffers): call it before reading what was
// written. Later writes go through the page cache.
func (d *DirectFile) Flush() error {
	if err := d.finish(); err != nil {
		return err
	}
	if d.direct && !d.discarded {
		if err := d.setDirect(false); err != nil {
			d.err = err
			return err
		}
	}
	return nil
}

func (d *DirectFile) Write(p []byte) (int, error) {
	if d.err != nil {
		return 0, d.err
	}
	if d.discarded {
		d.written += int64(len(p))
		return len(p), nil
	}
	n := len(p)
	for len(p) > 0 {
		c := copy(d.buf[d.n:], p)
		d.n += c
		p = p[c:]
		if d.n == len(d.buf) {
			if err := d.flush(d.n); err != nil {
				return n - len(p), err
			}
		}
	}
	return n, nil
}

// flush writes the first k bytes of the buffer (k a multiple of
// directAlign unless the file is not direct) and keeps the rest.
func (d *DirectFile) flush(k int) error {
	chunk := d.buf[:k]
	if d.hash != nil {
		d.hash.Write(chunk)
	}
	for len(chunk) > 0 {
		m, err := d.f.Write(chunk)
		d.written += int64(m)
		chunk = chunk[m:]
		if err != nil && d.direct && errors.Is(err, syscall.EINVAL) && m == 0 {
			// the file system wants another alignment, or none: go
			// through the page cache
			if err = d.setDirect(false); err == nil {
				continue
			}
		}
		if err != nil {
			d.err = err
			return err
		}
	}
	d.n = copy(d.buf, d.buf[k:d.n])
	return nil
}

// finish writes what is buffered: the whole blocks directly, the rest
// through the page cache.
func (d *DirectFile) finish() error {
	if d.err != nil || d.discarded || d.n == 0 {
		return d.err
	}
	if d.direct {
		if whole := d.n &^ (directAlign - 1); whole > 0 {
			if err := d.flush(whole); err != nil {
				return err
			}
		}
		if d.n > 0 {
			if err := d.setDirect(false); err != nil {
				d.err = err
				return err
			}
		}
	}
	if d.n > 0 {
		return d.flush(d.n)
	}
	return nil
}

func (d *DirectFile) setDirect(on bool) error {
	if err := setDirect(d.f, on); err != nil {
		return err
	}
	d.direct = on
	return nil
}
