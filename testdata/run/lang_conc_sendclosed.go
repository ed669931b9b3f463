package main

// Sending on a closed channel panics.

func main() {
	ch := make(chan int, 1)
	close(ch)
	println("closed")
	ch <- 1
}
