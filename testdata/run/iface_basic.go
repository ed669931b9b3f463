package main

type T struct {
	a, b int
	s    string
}

func (t T) M() int     { return t.a + t.b }
func (t *T) P() string { return t.s }

type I interface{ M() int }
type J interface {
	I
	P() string
}

type N int

func (n N) M() int { return int(n) * 2 }

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return "myerr: " + e.msg }

func f(i I) int { return i.M() }

func g() error { return &MyErr{"bad"} }

func many() (I, error) { return N(4), g() }

type F func() int

func (f F) M() int { return f() + 100 }

func main() {
	var i I = T{1, 2, "x"}
	println(i.M())
	println(f(N(21)))
	var j J = &T{3, 4, "y"}
	println(j.M(), j.P())
	i = j
	println(i.M())
	err := g()
	println(err.Error())
	h := i.M
	i = N(1)
	println(h(), i.M())
	is := []I{N(1), T{5, 6, ""}, &T{7, 8, ""}, F(func() int { return 7 })}
	for k, x := range is {
		println(k, x.M())
	}
	a, e := many()
	println(a.M(), e.Error())
	var jj J = &T{1, 1, "z"}
	var ii I = jj
	println(ii.M())
	println(f(F(func() int { return 1 })))
}
