package main

// append growth: the capacity sequence Go 1.19 produces for appends one at a
// time, appends of several elements, and different element sizes.

type Big struct{ a, b, c int64 }

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			println("int len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	var b []byte
	last = -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			println("byte len", len(b), "cap", cap(b))
			last = cap(b)
		}
	}
	var bs []Big
	last = -1
	for i := 0; i < 300; i++ {
		bs = append(bs, Big{int64(i), 0, 0})
		if cap(bs) != last {
			println("Big len", len(bs), "cap", cap(bs))
			last = cap(bs)
		}
	}
	x := []int{1, 2, 3}
	x = append(x, 4, 5, 6, 7)
	println("multi:", len(x), cap(x))
	y := append([]int(nil), x...)
	println("copy via append:", len(y), cap(y))
	z := append(x[:2], 100)
	println("overwrite shared:", x[2], z[2], len(z))
	var st []string
	st = append(st, "a", "b", "c", "d", "e")
	println("strings:", len(st), cap(st))
	bb := append([]byte("hello "), "world"...)
	println("append string...:", string(bb), len(bb), cap(bb))
	sum := 0
	for _, v := range s {
		sum += v
	}
	println("sum:", sum)
}
