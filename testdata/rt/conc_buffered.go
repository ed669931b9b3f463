package main

// Buffered producer/consumer: 10000 values through a 16-slot channel, in
// order, then close; main receives until the channel is closed and empty.
func produce(c chan int) {
	for i := 0; i < 10000; i++ {
		c <- i
	}
	close(c)
}

func main() {
	c := make(chan int, 16)
	go produce(c)
	n, s, bad := 0, 0, 0
	for {
		v, ok := <-c
		if !ok {
			break
		}
		if v != n {
			bad++
		}
		n++
		s += v
	}
	println("n", n, "sum", s, "bad", bad)
	v, ok := <-c
	println("after close", v, ok, len(c), cap(c))
}
