package main

// Conversions between integer types: truncation, sign extension, zero extension.

func main() {
	var x int64 = -1
	println(int8(x), int16(x), int32(x), uint8(x), uint16(x), uint32(x), uint64(x))
	x = 0x123456789ABCDEF0
	println(int8(x), int16(x), int32(x), uint8(x), uint16(x), uint32(x), uint64(x))
	var b uint8 = 200
	println("uint8 200 -> int8:", int8(b), "int:", int(b), "int64(int8):", int64(int8(b)))
	var s int8 = -56
	println("int8 -56 -> uint8:", uint8(s), "uint16:", uint16(s), "uint32:", uint32(s), "uint64:", uint64(s))
	var s16 int16 = -300
	println("int16 -300 -> uint8:", uint8(s16), "int8:", int8(s16), "uint32:", uint32(s16))
	var u32 uint32 = 0x80000000
	println("uint32 2^31 -> int32:", int32(u32), "int64:", int64(u32), "int:", int(u32))
	var i32 int32 = -2147483648
	println("int32 min -> int64:", int64(i32), "uint64:", uint64(i32), "uint32:", uint32(i32))
	var u64 uint64 = 1<<63 + 5
	println("uint64 -> int64:", int64(u64), "int32:", int32(u64), "uint16:", uint16(u64))
	// chains
	y := 1000
	println("chain:", int(int8(y)), int(uint8(y)), int(int16(int8(y))), uint(uint16(int8(y))))
	// in arithmetic
	var p uint8 = 250
	var q uint8 = 10
	println("uint8 add:", p+q, "as int:", int(p)+int(q))
	var r int16 = -1
	println("uint16(r)>>1:", uint16(r)>>1, "r>>1:", r>>1)
	for i := -3; i <= 3; i++ {
		println(i, uint8(i), int8(i*50), uint16(i*30000), int32(int64(i)<<31))
	}
}
