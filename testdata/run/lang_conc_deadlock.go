package main

// Receiving on a channel nobody sends to: all goroutines are asleep.

func main() {
	ch := make(chan int)
	println("about to block")
	<-ch
}
