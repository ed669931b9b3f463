package main

// Arrays: value semantics on assignment and calls, comparison, nested arrays,
// len, arrays of structs, array literals with indices.

type Pt struct{ X, Y int }

func modify(a [4]int) [4]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[4]int) { a[1] = 200 }

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 9
	println("a:", a[0], a[1], a[2], a[3], "b:", b[0], b[1], b[2], b[3])
	c := modify(a)
	println("after modify a[0]:", a[0], "c[0]:", c[0])
	modifyPtr(&a)
	println("after modifyPtr a[1]:", a[1])
	println("a==b:", a == b, "a==a copy:", a == [4]int{1, 200, 3, 4}, "a!=c:", a != c)
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	row := grid[1]
	row[0] = -1
	println("grid[1][0]:", grid[1][0], "row[0]:", row[0], "len:", len(grid), len(grid[0]))
	g2 := grid
	println("grid==g2:", grid == g2)
	g2[2][3] = 0
	println("after change grid==g2:", grid == g2)
	idx := [...]string{2: "two", 5: "five", "six"}
	println("len idx:", len(idx), idx[2], idx[5], idx[6], idx[0] == "")
	pts := [2]Pt{{1, 2}, {3, 4}}
	q := pts
	q[1].X = 30
	println("pts[1].X:", pts[1].X, "q[1].X:", q[1].X, "pts==q:", pts == q)
	var zero [5]bool
	println("zero:", zero[0], zero[4], len(zero))
	sum := 0
	for i, v := range grid {
		for _, w := range v {
			sum += w * (i + 1)
		}
	}
	println("sum:", sum)
	s := [3]string{"x", "y", "z"}
	t := [3]string{"x", "y", "z"}
	println("string arrays equal:", s == t)
	big := [100]int{}
	for i := range big {
		big[i] = i * i
	}
	cp := big
	cp[99] = 0
	println("big[99]:", big[99], "cp[99]:", cp[99])
}
