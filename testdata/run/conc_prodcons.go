package main

// Producer/consumer over buffered channels of several sizes: FIFO order
// per producer, a bounded buffer, back-pressure, and len/cap while it runs.

type item struct {
	producer int
	seq      int
	payload  string
}

func produce(id, n int, out chan<- item, done chan<- bool) {
	for i := 0; i < n; i++ {
		out <- item{id, i, "p"}
	}
	done <- true
}

func run(bufsize, nprod, perprod int) {
	ch := make(chan item, bufsize)
	done := make(chan bool)
	for p := 0; p < nprod; p++ {
		go produce(p, perprod, ch, done)
	}
	go func() {
		for p := 0; p < nprod; p++ {
			<-done
		}
		close(ch)
	}()
	next := make([]int, nprod)
	count, bad, maxlen := 0, 0, 0
	for it := range ch {
		if it.seq != next[it.producer] || it.payload != "p" {
			bad++
		}
		next[it.producer]++
		count++
		if l := len(ch); l > maxlen {
			maxlen = l
		}
	}
	println("buffer", bufsize, "items", count, "out of order", bad, "len within cap", maxlen <= bufsize)
}

func main() {
	run(1, 1, 1000)
	run(10, 3, 1000)
	run(100, 8, 500)
	run(0, 4, 250)

	// a full buffer blocks the producer until the consumer takes one
	c := make(chan int, 2)
	c <- 1
	c <- 2
	step := make(chan string, 10)
	go func() {
		step <- "producer blocks"
		c <- 3
		step <- "producer resumed"
	}()
	println(<-step)
	println(<-c)
	println(<-step)
	println(<-c, <-c, len(c))
}
