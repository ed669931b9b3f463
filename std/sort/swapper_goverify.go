//go:build goverify

// FOR VERIFICATION WITH REAL GO ONLY (sh std/verify.sh builds with
// -tags goverify). Real Go has no gocc runtime to provide sliceOf, so this
// stands in for it using reflect. gocc never compiles this file.

package sort

import (
	"reflect"
	"unsafe"
)

func sliceOf(x interface{}) (array unsafe.Pointer, n int, elemSize uintptr) {
	v := reflect.ValueOf(x)
	if v.Kind() != reflect.Slice {
		reflect.Swapper(x) // panics with Go's own message
	}
	return v.UnsafePointer(), v.Len(), v.Type().Elem().Size()
}
