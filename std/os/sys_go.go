//go:build !gocc

// The system calls under real Go, only for verifying this package with Go
// (std/verify.sh): the same functions as sys_gocc.go, through syscall.

package os

import (
	goos "os"
	"syscall"
)

func errnoOf(err error) errno {
	if err == nil {
		return 0
	}
	if e, ok := err.(syscall.Errno); ok {
		return errno(e)
	}
	return errno(22)
}

func rawRead(fd int, b []byte) (int, errno) {
	n, err := syscall.Read(fd, b)
	if err != nil {
		return 0, errnoOf(err)
	}
	return n, 0
}

func rawWrite(fd int, b []byte) (int, errno) {
	n, err := syscall.Write(fd, b)
	if err != nil {
		return 0, errnoOf(err)
	}
	return n, 0
}

func rawOpen(name string, flag int, perm uint32) (int, errno) {
	fd, err := syscall.Open(name, flag, perm)
	if err != nil {
		return 0, errnoOf(err)
	}
	return fd, 0
}

func rawClose(fd int) errno { return errnoOf(syscall.Close(fd)) }

func rawSeek(fd int, off int64, whence int) (int64, errno) {
	r, err := syscall.Seek(fd, off, whence)
	return r, errnoOf(err)
}

func rawUnlink(name string, dir bool) errno {
	if dir {
		return errnoOf(syscall.Rmdir(name))
	}
	return errnoOf(syscall.Unlink(name))
}

func rawExit(code int) { syscall.Exit(code) }

func rawArgs() []string { return goos.Args }

func rawEnv() []string { return syscall.Environ() }

func rawMkdir(name string, perm uint32) errno { return errnoOf(syscall.Mkdir(name, perm)) }

func rawGetdents(fd int, b []byte) (int, errno) {
	n, err := syscall.Getdents(fd, b)
	if err != nil {
		return 0, errnoOf(err)
	}
	return n, 0
}

func rawSeed() uint32 { return uint32(syscall.Getpid()) }
