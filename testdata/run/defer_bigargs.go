package main

type Big struct {
	a, b, c, d, e, f, g, h, i, j int
	s                            string
}

func (b Big) Show(tag string) { println(tag, b.a+b.j, b.s) }
func (b *Big) Ptr(z complex128) { println("ptr", b.a, z) }

type C complex64

func (c C) Print(k ...int) { println("C", complex64(c), len(k)) }

func takeBig(x Big, y Big) { println("takeBig", x.a, y.j, x.s+y.s) }

func main() {
	b := Big{a: 1, j: 10, s: "first"}
	defer b.Show("value recv")
	defer b.Ptr(2i)
	defer takeBig(b, b)
	b.a = 100
	b.s = "changed"
	var c C = 1 + 2i
	defer c.Print(1, 2)
	c = 5
	for i := 0; i < 3; i++ {
		defer func(n int, z complex64) { println("loop", n, z) }(i, complex(float32(i), 1))
	}
}
