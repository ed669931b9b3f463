// constexpr: untyped constant arithmetic is exact (intermediate values far
// beyond 64 bits), constant string concatenation, boolean constants,
// typed constants, rune constants printed as ints.
package main

const huge = 1 << 100
const back = huge >> 98
const ratio = huge / (1 << 90)
const mixed = (huge - 1) % 1000
const s1 = "con" + "stant"
const yes = 3 > 2 && "a" < "b"
const typed int = back * 1000
const r = 'A' + 2

func main() {
	println(back, ratio, mixed)
	println(s1, len(s1), yes, !yes)
	println(typed, r)
	const local = -7 / 2
	println(local, -7%2, 7/-2)
	var n int = huge >> 70
	println(n)
	println(1e3 == 1000, 9223372036854775807)
}
