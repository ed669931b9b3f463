package main

func main() {
	n := 1 << 60
	m := make(map[int]int, n)
	m[1] = 2
	var u uint64 = 1 << 63
	m2 := make(map[string]bool, u)
	m2["x"] = true
	k := -5
	m3 := make(map[int8]int8, k)
	m3[1]++
	println(len(m), len(m2), len(m3))
}
