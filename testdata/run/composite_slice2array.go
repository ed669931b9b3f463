package main

// Conversion of a slice to an array pointer (Go 1.17): shares the backing
// array; matrix operations on slices of slices and on nested arrays.

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s)
	p[0] = 100
	println(s[0], len(p), p[2])
	q := (*[0]int)(s[:0])
	println(q != nil, len(q))
	var ns []int
	np := (*[0]int)(ns)
	println("nil slice -> nil ptr:", np == nil)
	n := 4
	a := make([][]int, n)
	b := make([][]int, n)
	for i := range a {
		a[i] = make([]int, n)
		b[i] = make([]int, n)
		for j := range a[i] {
			a[i][j] = i + j
			b[i][j] = i - j
		}
	}
	c := make([][]int, n)
	for i := range c {
		c[i] = make([]int, n)
		for j := 0; j < n; j++ {
			for k := 0; k < n; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	for _, row := range c {
		for _, v := range row {
			print(v, " ")
		}
		println()
	}
	var m [3][3]float64
	for i := 0; i < 3; i++ {
		m[i][i] = 2
	}
	m2 := m
	m2[0][1] = 1
	println(m == m2, m[0][1], m2[0][1])
}
