// Calls into package math: Sqrt is ABI0 assembly (all on the stack), the
// rest are Go; values printed with println.
package main

import "math"

func hyp(a, b float64) float64 {
	k := 3 // live across the ABI0 call
	r := math.Sqrt(a*a + b*b)
	return r + float64(k) - 3
}

func main() {
	println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(0))
	println(hyp(3, 4), hyp(5, 12))
	println(math.Floor(2.7), math.Floor(-2.5))
	println(math.Pow(2, 10), math.Pow(1.5, 2))
	println(math.Inf(1), math.Inf(-1))
	println(math.IsNaN(math.NaN()), math.IsNaN(math.Sqrt(-1)))
	println(math.Float64bits(1.5), math.Float64bits(math.Sqrt(2)))
	s := 0.0
	for i := 0; i < 10; i++ {
		s += math.Sqrt(float64(i))
	}
	println(s)
}
