package main

// Channels of channels: requests carry their own reply channel; a server
// goroutine answers them in order.

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	total := 0
	for i := 1; i <= 10; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		v := <-r.reply
		total += v
		if i <= 3 {
			println(i, "->", v)
		}
	}
	close(reqs)
	println("total:", total)
	futures := make([]chan int, 5)
	for i := range futures {
		futures[i] = make(chan int, 1)
		go func(i int, c chan<- int) { c <- i * 100 }(i, futures[i])
	}
	for i, f := range futures {
		println("future", i, <-f)
	}
	cc := make(chan chan string, 1)
	inner := make(chan string, 1)
	cc <- inner
	(<-cc) <- "through a channel of channels"
	println(<-inner)
}
