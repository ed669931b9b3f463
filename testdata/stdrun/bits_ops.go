package main

import (
	"fmt"
	"math/bits"
)

func try(f func()) {
	defer func() {
		e := recover()
		_, isRuntime := e.(interface{ RuntimeError() })
		fmt.Println("recovered:", e, isRuntime)
	}()
	f()
}

func main() {
	for _, x := range []uint64{0, 1, 6, 255, 1 << 40, 1<<64 - 1, 0x0123456789abcdef} {
		fmt.Println(x, bits.Len64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x),
			bits.RotateLeft64(x, -3), bits.Reverse64(x), bits.ReverseBytes64(x))
		fmt.Println(bits.Len32(uint32(x)), bits.LeadingZeros16(uint16(x)), bits.TrailingZeros8(uint8(x)),
			bits.OnesCount(uint(x)), bits.RotateLeft8(uint8(x), 3), bits.Reverse16(uint16(x)), bits.ReverseBytes32(uint32(x)))
	}
	hi, lo := bits.Mul64(1<<63+12345, 987654321987654321)
	fmt.Println(hi, lo)
	q, r := bits.Div64(hi, lo, 987654321987654321)
	fmt.Println(q, r)
	s, c := bits.Add64(1<<64-1, 1, 0)
	fmt.Println(s, c)
	d, b := bits.Sub64(0, 1, 1)
	fmt.Println(d, b)
	fmt.Println(bits.Rem64(5, 7, 3), bits.UintSize)
	try(func() { bits.Div64(1, 0, 0) })
	try(func() { bits.Div64(5, 0, 5) })
	try(func() { bits.Div32(5, 0, 5) })
}
