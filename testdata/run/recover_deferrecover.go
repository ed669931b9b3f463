package main

// "defer recover()" calls recover directly from the runtime, not from a
// deferred function, so the panic is not stopped.

func main() {
	defer println("printed during panicking")
	defer recover()
	panic("not stopped")
}
