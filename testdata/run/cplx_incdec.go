package main

func main() {
	var z complex128 = 1i
	z++
	z--
	z++
	var c complex64 = 2
	c++
	println(z, c)
	switch z {
	case 1 + 1i:
		println("match")
	default:
		println("no")
	}
	zs := []complex64{1, 2, 3}
	for i := range zs {
		zs[i] *= 1i
		zs[i]++
	}
	println(zs[0], zs[1], zs[2])
	type pair struct {
		a complex64
		b int32
	}
	p := [2]pair{{1 + 1i, 7}, {2 - 2i, 8}}
	q := p
	println(p == q, p[1].a, p[1].b)
	q[1].a = 0
	println(p == q)
}
