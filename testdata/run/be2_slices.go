package main

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	var s []int
	println(s == nil, len(s), cap(s))
	s = make([]int, 3, 5)
	fill(s, 7)
	t := s[1:]
	t = append(t, 8)
	println(len(t), cap(t), t[2], s[1])
	u := append(s, 1, 2, 3)
	u[0] = 100
	println(s[0], u[0], len(u), cap(u))
	w := make([]string, 2)
	w[1] = "x"
	w = append(w, "y")
	println(len(w), cap(w), w[1]+w[2], w[0] == "")
	n := copy(s, []int{4, 5, 6, 7, 8})
	println(n, s[0], s[2])
	str := "hello, world"
	println(str[7:], str[:5], str[3:8], len(str[12:]))
	bs := []byte(str)
	bs[0] = 'H'
	println(string(bs), str)
	var total int
	for _, r := range "añ€😀x" {
		total += int(r)
		print(r, " ")
	}
	println(total)
	for i := range "\xffa\xe2\x82" {
		print(i, " ")
	}
	println()
	m := [][]int{{1}, {2, 3}, nil}
	println(len(m), len(m[1]), m[2] == nil, m[1][1])
	big := make([]int, 0)
	for i := 0; i < 1000; i++ {
		big = append(big, i)
	}
	println(len(big), cap(big), big[999])
	cp := make([]byte, 3)
	println(copy(cp, "abcdef"), string(cp))
	k := 4
	println(s[k])
}
