package main

// Nil pointer dereference writing through *int.

func main() {
	var p *int
	*p = 5
}
