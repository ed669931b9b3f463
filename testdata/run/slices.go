package main

// Slices: make with len/cap, indexing, slicing shares the backing array,
// 3-index slices limit capacity, nil vs empty slices.

func main() {
	s := make([]int, 3, 10)
	println("len:", len(s), "cap:", cap(s))
	for i := range s {
		s[i] = i + 1
	}
	t := s[1:5]
	println("t len/cap:", len(t), cap(t), t[0], t[1], t[2], t[3])
	t[0] = 20
	println("s[1] after t[0]=20:", s[1])
	u := s[2:4:6]
	println("u len/cap:", len(u), cap(u))
	u = append(u, 7, 8)
	println("u after append:", len(u), cap(u), "s[:6][5]:", s[:6][5])
	u = append(u, 9)
	u[0] = -1
	println("after realloc s[2]:", s[2], "u[0]:", u[0])
	var n []int
	println("nil slice:", n == nil, len(n), cap(n))
	n = append(n, 1)
	println("after append:", n == nil, len(n), n[0])
	e := []int{}
	println("empty literal nil:", e == nil, len(e))
	e2 := s[0:0]
	println("s[0:0] nil:", e2 == nil, len(e2), cap(e2))
	full := s[:]
	println("full:", len(full), cap(full))
	tail := s[len(s):]
	println("tail:", len(tail), cap(tail))
	ex := s[:cap(s)]
	println("extend to cap:", len(ex), ex[9])
	var arr [6]int
	as := arr[2:]
	as[0] = 5
	println("array slice:", arr[2], len(as), cap(as))
	p := &arr
	ps := p[1:3]
	ps[1] = 77
	println("slice of ptr-to-array:", arr[2])
	ss := [][]int{{1}, {2, 3}, {}}
	println("2d:", len(ss), len(ss[1]), ss[1][1], len(ss[2]))
	str := []string{"a", "b", "c", "d"}
	mid := str[1:3]
	println("mid:", mid[0], mid[1], len(mid), cap(mid))
}
