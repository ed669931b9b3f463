package main

func div(a, b int) int   { return a / b }
func mod(a, b int) int   { return a % b }
func udiv(a, b uint) uint { return a / b }
func shl(x int, s uint) int { return x << s }
func shr(x int, s uint) int { return x >> s }
func ushr(x uint64, s uint) uint64 { return x >> s }
func i8(a, b int8) int8   { return a + b }
func u8(a, b uint8) uint8 { return a * b }
func i16(a int16) int16   { return -a }
func u32(a uint32) uint32 { return ^a }
func sh8(x int8, s int) int8 { return x << s }

func main() {
	println(div(7, 2), div(-7, 2), mod(7, 3), mod(-7, 3))
	println(udiv(7, 2))
	min := -9223372036854775807 - 1
	println(div(min, -1), mod(min, -1))
	println(shl(1, 3), shl(1, 63), shl(1, 64), shl(1, 200))
	println(shr(-8, 1), shr(-8, 64), shr(8, 70))
	println(ushr(1<<63, 63), ushr(1<<63, 64))
	println(i8(127, 1), u8(16, 17), i16(-32768), u32(5))
	println(sh8(1, 7), sh8(1, 8), sh8(-1, 3))
	var x int32 = 2147483647
	x++
	println(x)
	var y uint16 = 0
	y--
	println(y)
	a, b := 10, 3
	a, b = b, a
	println(a, b, a&^b, a|b, a^b, a&b)
	var u uint = 3
	println(uint8(300+u), int8(u-4), uint32(1<<40+u), int64(int8(-1)), uint64(uint8(255)))
	c := 7
	c *= 3
	c -= 1
	c /= 3
	c %= 4
	c <<= 2
	c >>= 1
	c |= 16
	c &= 0x1f
	c ^= 3
	println(c)
	var i8v int8 = -128
	println(i8v/-1, i8v%-1)
}
