package main

func i8ops(a, b int8) {
	println(a+b, a-b, a*b, a/b, a%b, a&b, a|b, a^b, a&^b, -a, ^a, a<<3, a>>3, a < b, a >= b)
}

func u8ops(a, b uint8) {
	println(a+b, a-b, a*b, a/b, a%b, a&b, a|b, a^b, a&^b, -a, ^a, a<<3, a>>3, a < b, a >= b)
}

func i16ops(a, b int16) {
	println(a+b, a-b, a*b, a/b, a%b, -a, ^a, a<<9, a>>9, a < b)
}

func u16ops(a, b uint16) {
	println(a+b, a-b, a*b, a/b, a%b, -a, ^a, a<<9, a>>9, a < b)
}

func i32ops(a, b int32) {
	println(a+b, a-b, a*b, a/b, a%b, -a, ^a, a<<17, a>>17, a < b)
}

func u32ops(a, b uint32) {
	println(a+b, a-b, a*b, a/b, a%b, -a, ^a, a<<17, a>>17, a < b)
}

func i64ops(a, b int64) {
	println(a+b, a-b, a*b, a/b, a%b, -a, ^a, a<<33, a>>33, a < b)
}

func u64ops(a, b uint64) {
	println(a+b, a-b, a*b, a/b, a%b, -a, ^a, a<<33, a>>33, a < b)
}

func conv(x int64) {
	println(int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x), uint64(x), uintptr(x), uint(x))
	var u = uint64(x)
	println(int8(u), uint8(u), int16(u), uint16(u), int32(u), uint32(u), int64(u))
	var s8 = int8(x)
	println(int16(s8), uint16(s8), int32(s8), uint32(s8), int64(s8), uint64(s8))
	var u8 = uint8(x)
	println(int8(u8), int16(u8), uint16(u8), int32(u8), int64(u8), uint64(u8))
	var s32 = int32(x)
	println(uint32(s32), int64(s32), uint64(s32), int16(s32), uint8(s32))
}

func shifts(x int32, y uint32, s uint) {
	println(x<<s, x>>s, y<<s, y>>s)
}

func sshift(x int64, s int8) {
	println(x<<s, x>>s, uint64(x)>>s)
}

func main() {
	i8ops(100, 27)
	i8ops(-128, -1)
	i8ops(-7, 3)
	u8ops(200, 100)
	u8ops(3, 250)
	i16ops(30000, 2767)
	i16ops(-32768, -1)
	u16ops(65535, 2)
	i32ops(2147483647, 1)
	i32ops(-2147483648, -1)
	u32ops(4294967295, 7)
	i64ops(9223372036854775807, 1)
	i64ops(-9223372036854775808, -1)
	i64ops(-100, 7)
	u64ops(18446744073709551615, 10)
	conv(-1)
	conv(300)
	conv(-129)
	conv(65537)
	conv(-2147483649)
	conv(1 << 40)
	shifts(-5, 5, 0)
	shifts(-5, 5, 1)
	shifts(-5, 5, 8)
	shifts(-5, 5, 16)
	shifts(-5, 5, 31)
	shifts(-5, 5, 32)
	shifts(-5, 5, 33)
	shifts(-5, 5, 63)
	shifts(-5, 5, 64)
	shifts(-5, 5, 1000)
	sshift(-1024, 3)
	sshift(1024, 70)
}
