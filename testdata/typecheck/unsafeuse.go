package main

import "unsafe"

type hdr struct {
	a  uint8
	b  uint64
	c  [3]uint16
	p  *hdr
	up unsafe.Pointer
}

const hsize = unsafe.Sizeof(hdr{})

var h hdr

func main() {
	var x int = 5
	p := unsafe.Pointer(&x)
	q := (*int)(p)
	*q = 7
	u := uintptr(p)
	_ = u
	println(hsize, unsafe.Offsetof(h.c), unsafe.Alignof(h.b), unsafe.Sizeof(x))
}
