package main

// Closing a nil channel panics.

func main() {
	var ch chan int
	close(ch)
}
