// Files: *File with Read, Write, WriteString, Seek and Close on a Linux
// file descriptor; Open, Create, OpenFile, ReadFile, WriteFile, Remove; and
// the standard input, output and error.

package os

import "io"

// Flags for OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_TRUNC  int = 0x200
	O_APPEND int = 0x400
	O_SYNC   int = 0x101000
)

const oCLOEXEC = 0x80000

// FileMode holds permission bits (only those are used here).
type FileMode uint32

// File is an open file.
type File struct {
	fd     int
	name   string
	closed bool
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a File for an open descriptor.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// check returns the error of an operation on a nil or closed file.
func (f *File) check(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	for {
		n, e := rawRead(f.fd, b)
		if e == eINTR {
			continue
		}
		if e != 0 {
			return 0, &PathError{Op: "read", Path: f.name, Err: e}
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

// Write writes all of b unless an error stops it.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	for n < len(b) {
		k, e := rawWrite(f.fd, b[n:])
		if e == eINTR {
			continue
		}
		if e != 0 {
			return n, &PathError{Op: "write", Path: f.name, Err: e}
		}
		n += k
	}
	return n, nil
}

// WriteString writes s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Seek sets the offset for the next Read or Write (whence: io.Seek*).
func (f *File) Seek(offset int64, whence int) (int64, error) {
	if err := f.check("seek"); err != nil {
		return 0, err
	}
	off, e := rawSeek(f.fd, offset, whence)
	if e != 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: e}
	}
	return off, nil
}

// Close closes the file; closing it again is an error.
func (f *File) Close() error {
	if err := f.check("close"); err != nil {
		return err
	}
	f.closed = true
	if e := rawClose(f.fd); e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: e}
	}
	return nil
}

// OpenFile opens name with flag (O_RDONLY, ...) and, when it creates the
// file, permission bits perm.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	for {
		fd, e := rawOpen(name, flag|oCLOEXEC, uint32(perm&0777))
		if e == eINTR {
			continue
		}
		if e != 0 {
			return nil, &PathError{Op: "open", Path: name, Err: e}
		}
		return NewFile(uintptr(fd), name), nil
	}
}

// Open opens a file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates a file for reading and writing (mode 0666).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile returns the contents of a file.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to a file, creating it with perm or truncating it.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes a file or an empty directory.
func Remove(name string) error {
	e := rawUnlink(name, false)
	if e == 0 {
		return nil
	}
	e1 := rawUnlink(name, true)
	if e1 == 0 {
		return nil
	}
	if e1 != 20 { // not ENOTDIR: the directory error says more
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}
