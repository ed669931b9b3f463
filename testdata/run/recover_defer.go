package main

func f() {
	defer func() { println("outer", recover() != nil) }()
	defer recover()
	panic(1)
}

func g() {
	defer func() { println("g outer", recover() != nil) }()
	defer func() {
		defer recover() // recovers: its function is a deferred call of the panic
	}()
	panic(2)
}

func main() {
	f()
	g()
}
