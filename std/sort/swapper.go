// Swapping two elements of a slice whose type sort.Slice does not know,
// given only its array pointer and element size (from sliceOf).

package sort

import "unsafe"

// sliceSwapper returns len(x) and a function that swaps x[i] and x[j] for
// the slice x (any element type).
func sliceSwapper(x interface{}) (int, func(i, j int)) {
	array, n, size := sliceOf(x)
	return n, func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		swapMem(unsafe.Pointer(uintptr(array)+uintptr(i)*size),
			unsafe.Pointer(uintptr(array)+uintptr(j)*size), size)
	}
}

// swapMem exchanges the size bytes at a and b: eight at a time, then one
// at a time. (Plain stores, no write barriers: gocc's collector stops the
// world, so a pointer moved this way is never missed.)
func swapMem(a, b unsafe.Pointer, size uintptr) {
	if a == b {
		return
	}
	k := uintptr(0)
	for ; k+8 <= size; k += 8 {
		p := (*uint64)(unsafe.Pointer(uintptr(a) + k))
		q := (*uint64)(unsafe.Pointer(uintptr(b) + k))
		*p, *q = *q, *p
	}
	for ; k < size; k++ {
		p := (*byte)(unsafe.Pointer(uintptr(a) + k))
		q := (*byte)(unsafe.Pointer(uintptr(b) + k))
		*p, *q = *q, *p
	}
}
