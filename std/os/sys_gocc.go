//go:build gocc

// The system calls under gocc: body-less functions implemented in the
// runtime (runtime/os_linux_amd64.s), reached with Go's ABIInternal. They
// return -errno on failure.

package os

import "unsafe"

//go:linkname sysRead os.sysRead
func sysRead(fd int, p unsafe.Pointer, n int) int

//go:linkname sysWrite os.sysWrite
func sysWrite(fd int, p unsafe.Pointer, n int) int

//go:linkname sysOpen os.sysOpen
func sysOpen(path unsafe.Pointer, flag int, perm int) int

//go:linkname sysClose os.sysClose
func sysClose(fd int) int

//go:linkname sysSeek os.sysSeek
func sysSeek(fd int, off int64, whence int) int64

//go:linkname sysUnlink os.sysUnlink
func sysUnlink(path unsafe.Pointer, flags int) int

//go:linkname sysExit os.sysExit
func sysExit(code int)

//go:linkname sysMkdir os.sysMkdir
func sysMkdir(path unsafe.Pointer, perm int) int

//go:linkname sysGetdents os.sysGetdents
func sysGetdents(fd int, buf unsafe.Pointer, n int) int

// sysArgv returns argc, argv and envp as the kernel gave them.
//
//go:linkname sysArgv os.sysArgv
func sysArgv() (argc int, argv unsafe.Pointer, envp unsafe.Pointer)

func result(r int) (int, errno) {
	if r < 0 {
		return 0, errno(-r)
	}
	return r, 0
}

func rawRead(fd int, b []byte) (int, errno) {
	return result(sysRead(fd, unsafe.Pointer(&b[0]), len(b)))
}

func rawWrite(fd int, b []byte) (int, errno) {
	if len(b) == 0 {
		return result(sysWrite(fd, nil, 0))
	}
	return result(sysWrite(fd, unsafe.Pointer(&b[0]), len(b)))
}

// cstring returns s with a NUL byte after it.
func cstring(s string) []byte {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return b
}

func rawOpen(name string, flag int, perm uint32) (int, errno) {
	p := cstring(name)
	return result(sysOpen(unsafe.Pointer(&p[0]), flag, int(perm)))
}

func rawClose(fd int) errno {
	_, e := result(sysClose(fd))
	return e
}

func rawSeek(fd int, off int64, whence int) (int64, errno) {
	r := sysSeek(fd, off, whence)
	if r < 0 && r > -4096 {
		return 0, errno(-r)
	}
	return r, 0
}

func rawUnlink(name string, dir bool) errno {
	p := cstring(name)
	flags := 0
	if dir {
		flags = 0x200 // AT_REMOVEDIR
	}
	_, e := result(sysUnlink(unsafe.Pointer(&p[0]), flags))
	return e
}

func rawExit(code int) { sysExit(code) }

// gostring copies the NUL-terminated bytes at p.
func gostring(p unsafe.Pointer) string {
	n := 0
	for *(*byte)(unsafe.Pointer(uintptr(p) + uintptr(n))) != 0 {
		n++
	}
	b := make([]byte, n)
	for i := range b {
		b[i] = *(*byte)(unsafe.Pointer(uintptr(p) + uintptr(i)))
	}
	return string(b)
}

// cstrings reads a NULL-terminated array of C strings.
func cstrings(p unsafe.Pointer) []string {
	var s []string
	for {
		q := *(*unsafe.Pointer)(p)
		if q == nil {
			return s
		}
		s = append(s, gostring(q))
		p = unsafe.Pointer(uintptr(p) + 8)
	}
}

func rawArgs() []string {
	_, argv, _ := sysArgv()
	return cstrings(argv)
}

func rawEnv() []string {
	_, _, envp := sysArgv()
	return cstrings(envp)
}

func rawMkdir(name string, perm uint32) errno {
	p := cstring(name)
	_, e := result(sysMkdir(unsafe.Pointer(&p[0]), int(perm)))
	return e
}

// rawGetdents reads linux_dirent64 records of an open directory into b.
func rawGetdents(fd int, b []byte) (int, errno) {
	return result(sysGetdents(fd, unsafe.Pointer(&b[0]), len(b)))
}

// rawSeed is a number that differs between runs: where the kernel put
// the environment (the stack is placed at random).
func rawSeed() uint32 {
	_, _, envp := sysArgv()
	a := uint64(uintptr(envp))
	return uint32(a>>4) ^ uint32(a>>32)
}
