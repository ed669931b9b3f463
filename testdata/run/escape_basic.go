package main

// Locals the escape analysis keeps in the frame: address-taken scalars
// passed to functions that do not keep the pointer, struct and array values
// copied, pointer-receiver methods on locals, and variables declared inside
// loops (each iteration starts from a fresh zero value).

type Vec struct{ x, y, z float64 }

type Acc struct {
	n    int
	sum  int
	hist [4]int
}

func (a *Acc) add(v int) {
	a.n++
	a.sum += v
	a.hist[v%4]++
}

func (a *Acc) mean() int {
	if a.n == 0 {
		return 0
	}
	return a.sum / a.n
}

func (v Vec) dot(w Vec) float64 { return v.x*w.x + v.y*w.y + v.z*w.z }

func (v *Vec) scale(k float64) {
	v.x *= k
	v.y *= k
	v.z *= k
}

func incr(p *int) { *p += 1 }

func twice(p *int) {
	incr(p)
	incr(p)
}

func sumArr(a [5]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	a[0] = 100 // the caller's copy is unchanged
	return s
}

func fill(a *[5]int, k int) {
	for i := range a {
		a[i] = i * k
	}
}

func swap(a, b *int) { *a, *b = *b, *a }

// recursion: every frame has its own array
func depth(n int) int {
	var a [3]int
	a[0] = n
	a[1] = n * 2
	if n > 0 {
		a[2] = depth(n - 1)
	}
	return a[0] + a[1] + a[2]
}

func main() {
	x := 5
	incr(&x)
	twice(&x)
	println("x", x)

	a, b := 1, 2
	swap(&a, &b)
	println("swap", a, b)

	var acc Acc
	for i := 0; i < 10; i++ {
		acc.add(i)
	}
	println("acc", acc.n, acc.sum, acc.mean(), acc.hist[0], acc.hist[1], acc.hist[2], acc.hist[3])

	v := Vec{1, 2, 3}
	w := v // a copy
	w.scale(2)
	println("vec", v.x, v.y, v.z, w.x, w.y, w.z, v.dot(w))

	var arr [5]int
	fill(&arr, 3)
	println("sum", sumArr(arr), arr[0], arr[4])
	arr2 := arr
	arr2[1] = 99
	println("copy", arr[1], arr2[1])

	for i := 0; i < 4; i++ {
		var t [4]int
		t[i] += i + 1
		var s Acc
		s.add(i)
		u := Vec{x: float64(i)}
		u.scale(10)
		println("iter", i, t[0], t[1], t[2], t[3], s.n, s.sum, s.hist[i%4], u.x, u.y)
	}

	println("depth", depth(4))

	// pointer comparisons do not leak
	p, q := 1, 1
	println("same", &p == &q, &p == &p)
}
