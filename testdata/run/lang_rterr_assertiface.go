package main

// Failed type assertion to an interface type: missing method.

type Stringer interface{ String() string }

type T struct{}

func main() {
	var x interface{} = T{}
	s := x.(Stringer)
	println(s.String())
}
