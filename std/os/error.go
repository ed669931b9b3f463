// The errors of package os: *PathError, the portable error values
// (ErrNotExist, ...) that errors.Is matches system errors against, and the
// system error numbers with Linux's texts.

package os

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// errno is a Linux error number, as a system call returns it (negated).
type errno uintptr

const (
	ePERM      errno = 1
	eNOENT     errno = 2
	eINTR      errno = 4
	eAGAIN     errno = 11
	eACCES     errno = 13
	eEXIST     errno = 17
	eISDIR     errno = 21
	eNOTEMPTY  errno = 39
)

var errnoText = [...]string{
	1:  "operation not permitted",
	2:  "no such file or directory",
	3:  "no such process",
	4:  "interrupted system call",
	5:  "input/output error",
	6:  "no such device or address",
	7:  "argument list too long",
	8:  "exec format error",
	9:  "bad file descriptor",
	10: "no child processes",
	11: "resource temporarily unavailable",
	12: "cannot allocate memory",
	13: "permission denied",
	14: "bad address",
	15: "block device required",
	16: "device or resource busy",
	17: "file exists",
	18: "invalid cross-device link",
	19: "no such device",
	20: "not a directory",
	21: "is a directory",
	22: "invalid argument",
	23: "too many open files in system",
	24: "too many open files",
	25: "inappropriate ioctl for device",
	26: "text file busy",
	27: "file too large",
	28: "no space left on device",
	29: "illegal seek",
	30: "read-only file system",
	31: "too many links",
	32: "broken pipe",
	33: "numerical argument out of domain",
	34: "numerical result out of range",
	35: "resource deadlock avoided",
	36: "file name too long",
	37: "no locks available",
	38: "function not implemented",
	39: "directory not empty",
	40: "too many levels of symbolic links",
}

func (e errno) Error() string {
	if int(e) < len(errnoText) && errnoText[e] != "" {
		return errnoText[e]
	}
	return "errno " + itoa(int(e))
}

// Is lets errors.Is(err, ErrNotExist) and friends match system errors.
func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eACCES || e == ePERM
	case ErrExist:
		return e == eEXIST || e == eNOTEMPTY
	case ErrNotExist:
		return e == eNOENT
	}
	return false
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// underlying returns the error a *PathError wraps, or err itself.
func underlying(err error) error {
	if pe, ok := err.(*PathError); ok {
		return pe.Err
	}
	return err
}

// IsNotExist reports whether err says that a file does not exist.
func IsNotExist(err error) bool { return isErr(err, ErrNotExist) }

// IsExist reports whether err says that a file already exists.
func IsExist(err error) bool { return isErr(err, ErrExist) }

// IsPermission reports whether err says that permission was denied.
func IsPermission(err error) bool { return isErr(err, ErrPermission) }

func isErr(err, target error) bool {
	err = underlying(err)
	if err == nil {
		return false
	}
	if e, ok := err.(errno); ok {
		return e.Is(target)
	}
	return err == target
}
