package main

type Big [3]int

func (b Big) Sum(k int) int { return b[0] + b[1] + b[2] + k }

type V struct{ a, b, c, d, e, f, g, h, i, j int }

func (v V) Tot() int   { return v.a + v.j }
func (v *V) Bump()     { v.a++ }

type Var int

func (v Var) Add(xs ...int) int {
	t := int(v)
	for _, x := range xs {
		t += x
	}
	return t
}

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Set(n int) { t.n = n }

type S struct {
	T
	tag string
}

type PS struct {
	*T
}

type Getter interface{ Get() int }

type E struct {
	Getter
}

func main() {
	b := Big{1, 2, 3}
	f := b.Sum
	b[0] = 100
	println(f(10))
	v := V{a: 1, j: 2}
	g := v.Tot
	h := v.Bump
	h()
	println(g(), v.a)
	va := Var(5)
	add := va.Add
	println(add(), add(1, 2, 3))
	get := S.Get
	println(get(S{T{7}, "s"}))
	set := (*S).Set
	s := &S{T{1}, ""}
	set(s, 9)
	println(s.n, (*S).Get(s))
	pget := PS.Get
	println(pget(PS{&T{11}}))
	eg := E.Get
	println(eg(E{T{12}}))
	var bigs []func(int) int
	for i := 0; i < 3; i++ {
		bb := Big{i, i, i}
		bigs = append(bigs, bb.Sum)
	}
	for _, fn := range bigs {
		println(fn(1))
	}
}
