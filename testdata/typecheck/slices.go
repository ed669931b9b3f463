package main

type pair struct {
	k string
	v int
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	s := make([]int, 0, 4)
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	t := make([]int, len(s))
	n := copy(t, s)
	b := []byte{120}
	b = append(b, "yz"...)
	m := copy(b, "ab")
	var arr [5]pair
	for i := range arr {
		arr[i] = pair{k: "k", v: i}
	}
	ps := arr[1:3:4]
	var total int
	for _, p := range ps {
		total += p.v + len(p.k)
	}
	for i, r := range "héllo" {
		total += i + int(r)
	}
	var k int
	for k = range s {
	}
	grid := [][]int{{1, 2}, {3}}
	grid = append(grid, []int{4, 5, 6})
	pp := &arr
	for i, p := range pp {
		_, _ = i, p
	}
	println(n, m, cap(s), cap(arr), len(grid[2]), total, k, sum(1, 2, 3), sum(s...), b[0])
}
