package main

type Grid [3][4]int

func sum(a [1]int) int { return a[0] }

func main() {
	a := [5]int{1, 2, 3}
	b := a
	b[4] = 50
	println(a[4], b[4], len(a), a == b, a == [5]int{1, 2, 3, 0, 0})
	var g Grid
	for i := 0; i < 3; i++ {
		for j := range g[i] {
			g[i][j] = i*10 + j
		}
	}
	row := g[2]
	g[2][3] = -1
	println(row[3], g[2][3], len(g), len(g[0]))
	idx := [...]string{2: "two", 0: "zero", 5: "five"}
	println(len(idx), idx[0], idx[2], idx[5], idx[1] == "")
	p := &a
	p[1] = 20
	println(a[1], len(p))
	for i, v := range p {
		if i < 2 {
			println("p", i, v)
		}
	}
	s := a[1:4]
	s[0] = 200
	println(a[1], len(s), cap(s))
	for i, v := range a {
		a[4] = 99
		if i == 4 {
			println("range copy", v)
		}
	}
	println(sum([1]int{7}))
	bs := [4]byte{'a', 'b'}
	println(bs[0], bs[3])
	var arr [10]int
	i := 10
	if len(arr) > 3 {
		arr[i-1] = 1
	}
	println(arr[9])
	println(arr[i])
}
