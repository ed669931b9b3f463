package main

// Shifts: counts at and beyond the width, signed (arithmetic) right shifts,
// shifts by variables of various types.

func main() {
	var one uint64 = 1
	for _, s := range []uint{0, 1, 31, 32, 63, 64, 65, 100, 255, 1000} {
		println("1<<", s, "=", one<<s, " max>>", s, "=", uint64(18446744073709551615)>>s)
	}
	var neg int64 = -1000
	for _, s := range []uint{0, 1, 3, 10, 63, 64, 200} {
		println("-1000>>", s, "=", neg>>s, " -1000<<", s, "=", neg<<s)
	}
	var i8 int8 = -128
	println("int8 -128>>1:", i8>>1, ">>7:", i8>>7, ">>8:", i8>>8, ">>100:", i8>>100)
	var u8 uint8 = 0x81
	println("uint8 0x81<<1:", u8<<1, ">>1:", u8>>1, "<<8:", u8<<8)
	var i32 int32 = 1
	println("int32 1<<31:", i32<<31, "<<32:", i32<<32)
	var u16 uint16 = 0xFFFF
	println("uint16 >>15:", u16>>15, ">>16:", u16>>16, "<<4:", u16<<4)
	// shift count of different types
	var c8 uint8 = 3
	var c32 int32 = 5
	var c64 int = 62
	x := 7
	println("x<<c8:", x<<c8, "x<<c32:", x<<c32, "x<<c64:", x<<c64)
	println("x>>c8:", x>>c8, "-x>>c8:", (-x)>>c8)
	// signed shift counts (Go 1.13+) non-negative
	var sc int = 4
	println("255>>sc:", 255>>sc)
	// constant shifts
	const big = 1 << 100
	println("big>>98:", big>>98)
	println("uint32 rotl:", rotl(0x12345678, 8), rotl(0x80000001, 1))
}

func rotl(x uint32, k uint) uint32 {
	return x<<k | x>>(32-k)
}
