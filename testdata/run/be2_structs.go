package main

type Inner struct {
	A, B int8
	S    string
}

type Base struct {
	ID   int
	Name string
}

type Outer struct {
	Base
	In   Inner
	Arr  [3]uint16
	Next *Outer
	Tags []string
}

type Pair struct{ X, Y int }

var global Outer
var gp = Pair{3, 4}

func swap(p Pair) Pair { return Pair{p.Y, p.X} }

func two() (Pair, int) { return Pair{7, 8}, 9 }

func scale(p *Pair, k int) { p.X *= k; p.Y *= k }

func addr(x int) *int { return &x }

func named() (p Pair, n int) {
	p.X = 1
	n = 2
	q := &p
	q.Y = 5
	return
}

func main() {
	var o Outer
	o.ID = 1
	o.Name = "one"
	o.In = Inner{-1, 2, "in"}
	o.Arr[2] = 65535
	o.Next = &Outer{Base: Base{2, "two"}}
	o.Next.Next = &o
	println(o.ID, o.Base.Name, o.In.A, o.In.B, o.In.S, o.Arr[2], o.Next.ID, o.Next.Name, o.Next.Next.Name)
	c := o
	c.Name = "copy"
	c.In.S = "cin"
	c.Arr[0] = 9
	println(o.Name, o.In.S, o.Arr[0], c.Name, c.In.S, c.Arr[0])
	p := Pair{1, 2}
	q := swap(p)
	println(p.X, p.Y, q.X, q.Y, p == q, p == Pair{1, 2}, p != Pair{1, 3})
	r, k := two()
	println(r.X, r.Y, k)
	scale(&r, 10)
	println(r.X, r.Y)
	pp := &r
	pp.X++
	(*pp).Y--
	println(r.X, r.Y, *addr(42))
	a, b := p, q
	a, b = b, a
	println(a.X, b.X)
	global.Tags = append(global.Tags, "t1", "t2")
	global.In.B = 3
	println(len(global.Tags), global.Tags[1], global.In.B, gp.X, gp.Y)
	gp = swap(gp)
	println(gp.X, gp.Y)
	np, nn := named()
	println(np.X, np.Y, nn)
	x := 5
	px := &x
	*px += 2
	ppx := &px
	**ppx *= 3
	println(x, *px == 21)
	ptrs := []*Pair{}
	for i := 0; i < 3; i++ {
		v := Pair{i, i * i}
		ptrs = append(ptrs, &v)
	}
	println(ptrs[0].Y, ptrs[1].Y, ptrs[2].Y, ptrs[0] != ptrs[1])
	var e struct{}
	var e2 struct{}
	println(e == e2)
	var nilp *Pair
	defer1(nilp)
}

func defer1(p *Pair) {
	println("deref nil")
	println(p.X)
}
