package main

// Array assignments through pointers into one buffer: the source and
// the destination overlap, and the assignment must act as if the source
// were read in full first (fixedbugs/issue54467.go).

type T struct {
	a, b, c int32
	d      byte
}

func show(s []byte) {
	for _, c := range s {
		print(c, " ")
	}
	println()
}

func fill(s []byte) {
	for i := range s {
		s[i] = byte(i)
	}
}

func main() {
	var x [160]byte
	fill(x[:])
	*(*[32]byte)(x[4:36]) = *(*[32]byte)(x[2:34])
	show(x[:40])
	fill(x[:])
	*(*[32]byte)(x[2:34]) = *(*[32]byte)(x[4:36])
	show(x[:40])
	fill(x[:])
	*(*[13]byte)(x[1:14]) = *(*[13]byte)(x[0:13])
	show(x[:16])
	fill(x[:])
	*(*[64]byte)(x[3:67]) = *(*[64]byte)(x[0:64])
	show(x[:70])
	fill(x[:])
	*(*[100]byte)(x[5:105]) = *(*[100]byte)(x[0:100])
	show(x[:110])

	ts := []T{{1, 2, 3, 4}, {5, 6, 7, 8}}
	p := (*[1]T)(ts[0:1])
	q := (*[1]T)(ts[1:2])
	*q = *p
	println(ts[1].a, ts[1].b, ts[1].c, ts[1].d)
}
