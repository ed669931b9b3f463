package main

// Closing a channel twice panics.

func main() {
	ch := make(chan bool)
	close(ch)
	close(ch)
}
