//go:build goverify

// FOR VERIFICATION WITH REAL GO ONLY (sh std/verify.sh builds with
// -tags goverify). Real Go has no gocc runtime to provide sliceSwapper, so
// this stands in for it using reflect. gocc never compiles this file.

package sort

import "reflect"

func sliceSwapper(x interface{}) (n int, swap func(i, j int)) {
	swap = reflect.Swapper(x) // panics first for a non-slice, as Go's sort.Slice does
	return reflect.ValueOf(x).Len(), swap
}
