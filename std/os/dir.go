// Directories and temporary files: Mkdir, RemoveAll, TempDir, CreateTemp
// and MkdirTemp, on the mkdirat and getdents64 system calls.

package os

import "errors"

// Mkdir makes a directory with the permission bits perm (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := rawMkdir(name, uint32(perm&0777)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: e}
	}
	return nil
}

// RemoveAll removes path and, for a directory, everything below it. A path
// that does not exist is no error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: errno(22)}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	names, listErr := dirNames(path)
	if listErr != nil {
		return err // not a directory we can read: Remove's error says why
	}
	for _, n := range names {
		if e := RemoveAll(joinPath(path, n)); e != nil {
			return e
		}
	}
	if err = Remove(path); err == nil || IsNotExist(err) {
		return nil
	}
	return err
}

// dirNames lists the names in a directory, without "." and "..".
func dirNames(path string) ([]string, error) {
	const oDIRECTORY = 0x10000
	fd, e := rawOpen(path, O_RDONLY|oDIRECTORY|oCLOEXEC, 0)
	if e != 0 {
		return nil, &PathError{Op: "open", Path: path, Err: e}
	}
	defer rawClose(fd)
	buf := make([]byte, 8192)
	var names []string
	for {
		n, e := rawGetdents(fd, buf)
		if e != 0 {
			return nil, &PathError{Op: "readdirent", Path: path, Err: e}
		}
		if n <= 0 {
			return names, nil
		}
		names = appendDirents(names, buf[:n])
	}
}

// appendDirents appends the names in linux_dirent64 records: 8 bytes inode,
// 8 offset, 2 record length, 1 type, then the NUL-terminated name.
func appendDirents(names []string, b []byte) []string {
	for len(b) >= 19 {
		size := int(b[16]) | int(b[17])<<8
		if size < 19 || size > len(b) {
			break
		}
		name := b[19:size]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		if s := string(name); s != "." && s != ".." {
			names = append(names, s)
		}
		b = b[size:]
	}
	return names
}

// TempDir is the directory for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	if d := Getenv("TMPDIR"); d != "" {
		return d
	}
	return "/tmp"
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// CreateTemp creates and opens (read-write) a new file in dir (TempDir()
// when empty) whose name is pattern with a random number in place of its
// last '*', or after it when it has none.
func CreateTemp(dir, pattern string) (*File, error) {
	prefix, suffix, err := tempName(dir, pattern, "createtemp")
	if err != nil {
		return nil, err
	}
	for try := 0; ; try++ {
		f, err := OpenFile(prefix+randomDigits()+suffix, O_RDWR|O_CREATE|O_EXCL, 0600)
		if !IsExist(err) {
			return f, err
		}
		if try == 10000 {
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
	}
}

// MkdirTemp creates a new directory named as CreateTemp names files and
// returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	prefix, suffix, err := tempName(dir, pattern, "mkdirtemp")
	if err != nil {
		return "", err
	}
	for try := 0; ; try++ {
		name := prefix + randomDigits() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if !IsExist(err) {
			return "", err
		}
		if try == 10000 {
			return "", &PathError{Op: "mkdirtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
	}
}

// tempName splits pattern at its last '*' and puts dir in front.
func tempName(dir, pattern, op string) (prefix, suffix string, err error) {
	star := -1
	for i := 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '/':
			return "", "", &PathError{Op: op, Path: pattern, Err: errPatternHasSeparator}
		case '*':
			star = i
		}
	}
	prefix = pattern
	if star >= 0 {
		prefix, suffix = pattern[:star], pattern[star+1:]
	}
	if dir == "" {
		dir = TempDir()
	}
	return joinPath(dir, prefix), suffix, nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

var randState uint32

// randomDigits gives the next number of a xorshift sequence seeded per
// process, in decimal.
func randomDigits() string {
	x := randState
	if x == 0 {
		x = rawSeed() | 1
	}
	x ^= x << 13
	x ^= x >> 17
	x ^= x << 5
	randState = x
	return itoa(int(x))
}
