package main

// panic with a value implementing error via value receiver, plus deferred
// prints that run during panicking in LIFO order across frames.

type E string

func (e E) Error() string { return "E says " + string(e) }

func inner() {
	defer println("inner deferred")
	panic(E("inner failure"))
}

func outer() {
	defer println("outer deferred")
	inner()
	println("not reached")
}

func main() {
	defer println("main deferred")
	outer()
}
