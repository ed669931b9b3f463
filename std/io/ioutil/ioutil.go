// Package ioutil keeps the old names of I/O helpers that now live in io and
// os (as Go 1.16 and later do): each is a thin forward.
package ioutil

import (
	"io"
	"os"
)

// Discard is io.Discard: a Writer that drops everything.
var Discard io.Writer = io.Discard

// ReadAll reads r to its end, as io.ReadAll.
func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// ReadFile reads a whole file, as os.ReadFile.
func ReadFile(filename string) ([]byte, error) { return os.ReadFile(filename) }

// WriteFile writes data to a file, creating or truncating it, as os.WriteFile.
func WriteFile(filename string, data []byte, perm os.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

// NopCloser gives r a Close method that does nothing, as io.NopCloser.
func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

// TempFile creates a new temporary file, as os.CreateTemp.
func TempFile(dir, pattern string) (*os.File, error) { return os.CreateTemp(dir, pattern) }

// TempDir creates a new temporary directory, as os.MkdirTemp.
func TempDir(dir, pattern string) (string, error) { return os.MkdirTemp(dir, pattern) }
