package main

type T struct{ a int }

func (t T) M() int { return t.a }

func main() {
	x := y // ERROR "undefined: y"
	var t T
	_ = t.b // ERROR "t\.b undefined \(type T has no field or method b\)"
	t.N() // ERROR "t\.N undefined \(type T has no field or method N\)"
	_ = t.M() + undefinedFunc() // ERROR "undefined: undefinedFunc"
	z = 3 // ERROR "undefined: z"
	_ = x
}
