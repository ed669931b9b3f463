package main

// panic with a bool and with a named bool type.

type Flag bool

func main() {
	defer func() {
		println("recovered:", recover().(bool))
		panic(Flag(false))
	}()
	panic(true)
}
