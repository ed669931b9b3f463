//go:build !goverify

// The hook sort.Slice needs from gocc's runtime (see README.md): where the
// elements of a slice held in an interface are, how many there are and
// how big each is. gocc has no reflect; the runtime reads the element size
// from the slice's type descriptor instead.

package sort

import "unsafe"

// sliceOf returns the array pointer, length and element size of the slice
// in x. It panics with "reflect: call of Swapper on K Value" (K the kind
// of x, e.g. "int"; "zero" for a nil interface) when x is not a slice.
// Implemented in the runtime.
//
//go:linkname sliceOf runtime.sortSliceOf
func sliceOf(x interface{}) (array unsafe.Pointer, n int, elemSize uintptr)
