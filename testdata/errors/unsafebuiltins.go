package main

import "unsafe"

func main() {
	a := [4]int{1, 2, 3, 4}
	p := unsafe.Pointer(&a[0])
	q := unsafe.Add(p, 8)
	s := unsafe.Slice(&a[0], 3)
	r := recover()
	defer func() { _ = recover() }()
	println(*(*int)(q), len(s), r == nil)
	_ = unsafe.Add(a, 1) // ERROR "cannot use a \(variable of type \[4\]int\) as type unsafe\.Pointer in argument to unsafe\.Add"
	_ = unsafe.Slice(p, 1) // ERROR "invalid argument: p \(variable of type unsafe\.Pointer\) is not a pointer"
	_ = unsafe.Add(p, 1.5) // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = recover(1) // ERROR "invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)"
}
