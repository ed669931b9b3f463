package main

type Big struct {
	A, B, C, D, E int
	S          string
	T          [3]int16
}

type Small struct{ X, Y int32 }

func mk(n int) Big { return Big{n, n + 1, n + 2, n + 3, n + 4, "big", [3]int16{int16(n), -1, 7}} }

func sum(b Big, k int, a [4]int, s Small) (int, Big, [2]string) {
	b.A += k
	a[0] = 1000
	return b.A + b.E + int(b.T[0]) + a[1] + a[3] + int(s.X) + int(s.Y), b, [2]string{b.S, "two"}
}

func many(a, b, c, d, e, f, g, h, i, j, k int) int { return a + b + c + d + e + f + g + h + i + j*100 + k*1000 }

func rec(n int, arr [5]int) [5]int {
	if n == 0 {
		return arr
	}
	arr[n%5] += n
	return rec(n-1, arr)
}

type M struct{ v [4]int }

func (m M) Total() int { return m.v[0] + m.v[1] + m.v[2] + m.v[3] }

func main() {
	b := mk(10)
	a := [4]int{1, 2, 3, 4}
	r, b2, ss := sum(b, 5, a, Small{-3, 9})
	println(r, b.A, b2.A, b2.S, b2.T[0], b2.T[1], ss[0], ss[1], a[0])
	println(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
	x := rec(12, [5]int{})
	println(x[0], x[1], x[2], x[3], x[4])
	m := M{[4]int{1, 2, 3, 4}}
	println(m.Total(), mk(1).T[2])
}
