//go:build !goverify

// The hook sort.Slice needs from gocc's runtime (see README.md): the
// length of any slice held in an interface, and a function that swaps two
// of its elements. gocc has no reflect; the runtime reads the element size
// from the slice's type descriptor instead.

package sort

import _ "unsafe" // for go:linkname

// sliceSwapper returns len(x) and a function swapping x[i] and x[j]. It
// panics with "reflect: call of Swapper on K Value" (K the kind of x, e.g.
// "int") when x is not a slice. Implemented in the runtime.
//
//go:linkname sliceSwapper runtime.sortSliceSwapper
func sliceSwapper(x interface{}) (n int, swap func(i, j int))
