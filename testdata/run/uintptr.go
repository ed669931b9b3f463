package main

// uintptr arithmetic and conversions (no real addresses printed).

func main() {
	var p uintptr = 4096
	p += 8
	println("p:", p, "p*2:", p*2, "p>>3:", p>>3, "p&^7:", p&^7)
	var q uintptr = 0
	q--
	println("0-1:", q, "max==^0:", q == ^uintptr(0))
	n := int(p)
	println("int(p):", n, "uintptr(-1) as int:", int(q))
	align := func(x, a uintptr) uintptr { return (x + a - 1) &^ (a - 1) }
	for _, x := range []uintptr{0, 1, 7, 8, 9, 4095, 4097} {
		println("align", x, "8 ->", align(x, 8), "4096 ->", align(x, 4096))
	}
	m1 := -1
	var u32 uint32 = 0xFFFFFFFF
	println("uintptr(u32):", uintptr(u32), "uintptr(int8(m1)):", uintptr(int8(m1)))
}
