package main

type P struct{ p *int }
type A [1]*int
type F func() int
type N struct{ in struct{ q *int } }

type I interface{ Get() int }

func (p P) Get() int { return *p.p }
func (a A) Get() int { return *a[0] + 1 }
func (f F) Get() int { return f() + 2 }
func (n N) Get() int { return *n.in.q + 3 }

type Outer struct{ P }

func main() {
	x, y := 10, 20
	vals := []interface{}{P{&x}, A{&y}, F(func() int { return 5 }), N{struct{ q *int }{&x}}, Outer{P{&y}}}
	for _, v := range vals {
		println(v.(I).Get())
	}
	p := vals[0].(P)
	*p.p = 11
	println(x, vals[0].(I).Get())
	a := vals[1].(A)
	println(*a[0])
	println(vals[0] == P{&x}, vals[0] == P{&y}, vals[1] == A{&y})
	var i I = Outer{P{&x}}
	println(i.Get())
	m := map[interface{}]int{P{&x}: 1, A{&x}: 2}
	println(m[P{&x}], m[A{&x}], m[P{&y}])
	var big interface{} = [20]int{1, 2, 3, 19: 20}
	b := big.([20]int)
	println(b[0], b[19], big == [20]int{1, 2, 3, 19: 20})
	type pair struct {
		s string
		f float64
	}
	var pe interface{} = pair{"a", 0.5}
	println(pe == pair{"a", 0.5}, pe.(pair).s)
}
