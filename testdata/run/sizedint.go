package main

// Sized signed and unsigned integers: wrap-around on overflow in every width.

func main() {
	var i8 int8 = 127
	i8++
	println("int8 127+1:", i8)
	i8 = -128
	i8--
	println("int8 -128-1:", i8)
	var u8 uint8 = 255
	u8++
	println("uint8 255+1:", u8)
	u8 = 0
	u8--
	println("uint8 0-1:", u8)
	var i16 int16 = 32767
	i16 += 10
	println("int16 32767+10:", i16)
	var u16 uint16 = 65535
	u16 *= 3
	println("uint16 65535*3:", u16)
	var i32 int32 = 2147483647
	i32 += 1
	println("int32 max+1:", i32)
	var u32 uint32 = 4294967295
	u32 += 2
	println("uint32 max+2:", u32)
	var i64 int64 = 9223372036854775807
	i64++
	println("int64 max+1:", i64)
	var u64 uint64 = 18446744073709551615
	u64++
	println("uint64 max+1:", u64)
	var u uint = 0
	u--
	println("uint 0-1:", u)

	// multiplication overflow
	var a8 int8 = 100
	println("int8 100*3:", a8*3)
	var m32 int32 = 123456789
	println("int32 sq:", m32*m32)
	var mu32 uint32 = 123456789
	println("uint32 sq:", mu32*mu32)
	var m64 int64 = 1 << 40
	println("int64 2^40*2^30:", m64*(1<<30))
	// negation
	var n8 int8 = -128
	println("-int8(-128):", -n8)
	var nu8 uint8 = 1
	println("-uint8(1):", -nu8)
	var nu32 uint32 = 5
	println("-uint32(5):", -nu32)
	// bitwise ops
	var b uint16 = 0xF0F0
	println("^uint16:", ^b, "&^:", b&^0xFF00, "|:", b|0x0F0F, "^:", b^0xFFFF)
	var s8 int8 = 5
	println("^int8(5):", ^s8)
	// loop accumulating with wrap
	var h uint32 = 2166136261
	for i := 0; i < 20; i++ {
		h ^= uint32(i)
		h *= 16777619
	}
	println("fnv32:", h)
	var h64 uint64 = 14695981039346656037
	for i := 0; i < 20; i++ {
		h64 ^= uint64(i)
		h64 *= 1099511628211
	}
	println("fnv64:", h64)
}
