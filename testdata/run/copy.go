package main

// copy: returns the count, handles overlap in both directions, copies from a
// string into []byte, and with nil/empty slices.

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := make([]int, 3)
	n := copy(b, a)
	println("n:", n)
	show(b)
	c := make([]int, 8)
	n = copy(c, a)
	println("n:", n)
	show(c)
	n = copy(a[1:], a)
	println("overlap right n:", n)
	show(a)
	a = []int{1, 2, 3, 4, 5}
	n = copy(a, a[2:])
	println("overlap left n:", n)
	show(a)
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	println("from string n:", n, bs[0], bs[1], bs[2], bs[3])
	var nilS []int
	println("copy to nil:", copy(nilS, a), "from nil:", copy(a, nilS))
	show(a)
	strs := []string{"x", "y", "z"}
	dst := make([]string, 2)
	copy(dst, strs[1:])
	println(dst[0], dst[1])
}
