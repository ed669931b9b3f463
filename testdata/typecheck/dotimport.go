package main

import . "unsafe"

type S struct {
	a byte
	b int64
}

func main() {
	var s S
	println(Sizeof(s), Offsetof(s.b), Alignof(s.a))
	var p Pointer = Pointer(&s)
	_ = p
}
