package main

type C float64

func (c C) F() float64   { return float64(c)*9/5 + 32 }
func (c *C) Add(d C)      { *c += d }
func (c C) Mul(k float32, j int) float64 { return float64(c) * float64(k) * float64(j) }

type S struct {
	A float64
	N int
}

func (s S) Total(f float64) float64 { return s.A*f + float64(s.N) }

func main() {
	c := C(100)
	c.Add(2.5)
	println(c.F(), c.Mul(0.5, 3), C.F(c), C.Mul(c, 2, 2))
	s := S{1.5, 4}
	println(s.Total(2), S.Total(s, 3))
}
