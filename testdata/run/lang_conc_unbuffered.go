package main

// Unbuffered channels synchronise sender and receiver; ping-pong between two
// goroutines; a done channel.

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			ch <- i * i
		}
	}()
	for i := 0; i < 5; i++ {
		println("got", <-ch)
	}
	ping, pong := make(chan string), make(chan string)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			msg := <-ping
			pong <- msg + "-pong"
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		ping <- "ping"
		println(<-pong, i)
	}
	<-done
	println("len/cap unbuffered:", len(ch), cap(ch))
}
