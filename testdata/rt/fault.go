package main

import "unsafe"

func main() {
	p := (*int)(unsafe.Pointer(uintptr(0x10000000)))
	println(*p)
}
