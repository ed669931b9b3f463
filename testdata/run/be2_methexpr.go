package main

type C struct{ n int }

func (c C) Get() int        { return c.n }
func (c *C) Add(k int) int  { c.n += k; return c.n }

type W struct{ C }

func main() {
	c := C{5}
	println(C.Get(c), (*C).Get(&c), (*C).Add(&c, 3), c.n)
	w := W{C{1}}
	println(W.Get(w), (*W).Add(&w, 2), w.n)
	var np *C
	println((*C).Get(np))
}
