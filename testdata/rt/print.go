package main

import (
	"math"
	"unsafe"
)

func main() {
	println(-42, uint64(18446744073709551615), 0)
	println(int64(-9223372036854775808))
	print(true, " ", false, "\n")
	for _, f := range []float64{1.5, 0, math.Copysign(0, -1), -2.25, 1e300, 3.14159265358979, 123456789.0, 1e-7, 9.9999999, 5e-324, math.NaN(), math.Inf(1), math.Inf(-1), 0.1, 100} {
		println(f)
	}
	var p *int
	println(p)
	println(unsafe.Pointer(uintptr(255)))
}
