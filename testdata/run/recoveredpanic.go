package main

// A recovered panic followed by a new panic in the same deferred function:
// Go prints "panic: first [recovered]" then the new panic.

func main() {
	defer func() {
		recover()
		panic("again")
	}()
	defer func() {
		println("deferred 2 runs first")
	}()
	panic("first")
}
