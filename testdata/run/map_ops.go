package main

func main() {
	f := map[string]float64{}
	f["a"]++
	f["a"] += 0.5
	f["b"]--
	f["c"] /= 2
	f["a"] *= 3
	println(f["a"], f["b"], f["c"], len(f))
	f32 := map[int]float32{}
	f32[1] += 1.25
	f32[1]++
	println(f32[1])
	u := map[int]uint8{}
	u[0]--
	u[1] = 200
	u[1] += 100
	u[2] = 1
	u[2] <<= 7
	u[3] = 0xf0
	u[3] >>= 4
	u[4] = 6
	u[4] &^= 2
	u[5] = 5
	u[5] %= 3
	u[6] |= 8
	u[7] ^= 0xff
	println(u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7])
	i8 := map[bool]int8{}
	i8[true] = 127
	i8[true]++
	i8[false] -= 127
	i8[false]--
	println(i8[true], i8[false])
	var n uint = 3
	s := map[int]int{1: 1}
	s[1] <<= n
	println(s[1])
	defer func() { println(recover() != nil, len(s), s[7]) }()
	z := 0
	s[7] /= z
}
