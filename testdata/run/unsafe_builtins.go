package main

import "unsafe"

func main() {
	x := [4]int{1, 2, 3, 4}
	p := unsafe.Add(unsafe.Pointer(&x[0]), 8)
	println(*(*int)(p))
	var n uint8 = 3
	s := unsafe.Slice(&x[1], n)
	println(len(s), cap(s), s[0], s[2])
	var np *int
	e := unsafe.Slice(np, 0)
	println(e == nil, len(e))
	defer func() {
		recover()
		println("recovered len")
		var k int64 = 1
		_ = unsafe.Slice(np, k)
	}()
	m := -1
	_ = unsafe.Slice(&x[0], m)
}
