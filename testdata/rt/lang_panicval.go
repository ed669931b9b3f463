package main

// lang_panicval.go - how Go prints panic values of each kind: a chain of
// panics raised by deferred calls prints every value, oldest first.

type T int
type S string
type F float64
type E struct{}

func (E) Error() string { return "custom error" }

type Str int

func (Str) String() string { return "stringer!" }

func main() {
	defer func() { panic(nil) }()
	defer func() { panic(uint8(200)) }()
	defer func() { panic(complex(1, 2)) }()
	defer func() { panic(Str(3)) }()
	defer func() { panic(E{}) }()
	defer func() { panic(true) }()
	defer func() { panic(-1.5) }()
	defer func() { panic(F(1.5)) }()
	defer func() { panic(S("x")) }()
	defer func() { panic(T(42)) }()
	defer func() { panic(recover()) }()
	panic(42)
}
