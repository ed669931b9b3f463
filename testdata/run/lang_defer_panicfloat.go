package main

// panic of a float64 value and of a custom struct-less named int type.

type Code int

func main() {
	defer func() {
		r := recover()
		println("got code", int(r.(Code)))
		panic(3.25)
	}()
	panic(Code(12))
}
