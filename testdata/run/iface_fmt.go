package main

import "fmt"

type T struct {
	A int
	b string
	P *int
}

type S string

func (s S) String() string { return "S(" + string(s) + ")" }

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprintf("E%d", e.code) }

type I interface{ M() }

func (T) M() {}

func main() {
	n := 3
	fmt.Println(T{1, "x", nil}, S("q"), &E{4})
	fmt.Printf("%T %T %T %T\n", T{}, &T{}, []I{}, map[string][]int{})
	fmt.Printf("%v %+v\n", T{2, "y", nil}, T{3, "z", nil})
	fmt.Printf("%T %T\n", struct{ X, y int }{}, func(int, ...string) error { return nil })
	var i I = T{}
	fmt.Printf("%T %v\n", i, i == nil)
	var e error = &E{5}
	fmt.Println(e, fmt.Sprint(S("a"), 1, "b"))
	fmt.Printf("%d %s %q %x\n", n, S("w"), "q", 255)
	fmt.Printf("%v %v\n", []interface{}{1, "a", nil, 2.5}, map[string]int{"a": 1})
	fmt.Printf("%T %T %T\n", (chan<- int)(nil), [2]bool{}, uint8(1))
}
