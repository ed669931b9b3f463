package main

// Unbuffered ping-pong: 100000 round trips between main and pong.
func pong(c1, c2 chan int) {
	for {
		v := <-c1
		c2 <- v + 1
	}
}

func main() {
	c1, c2 := make(chan int), make(chan int)
	go pong(c1, c2)
	s := 0
	for i := 0; i < 100000; i++ {
		c1 <- i
		s += <-c2
	}
	println("sum", s)
}
