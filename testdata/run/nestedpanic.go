package main

// A panic raised in a deferred function while panicking: Go prints the chain
// "panic: first" then "panic: second".

func main() {
	defer func() {
		panic("second")
	}()
	panic("first")
}
