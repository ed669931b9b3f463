package main

func main() {
	vals := [...]float64{3e9, -3e9, 300.7, -129.5, 70000.2, -1, 1e20, -1e20, 5e9}
	for _, v := range vals {
		f := float32(v)
		println(int32(v), int16(v), int8(v), uint8(v), uint16(v), uint32(v), int64(v), int(v))
		println(uint64(v), uint64(f), uint(v))
		println(int32(f), int16(f), int8(f), uint8(f), uint16(f), uint32(f), int64(f))
	}
}
