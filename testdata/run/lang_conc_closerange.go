package main

// close and range: the receiver drains remaining buffered values, then range
// ends; receive from a closed channel yields the zero value immediately.

func producer(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func main() {
	ch := make(chan int, 4)
	go producer(10, ch)
	total := 0
	for v := range ch {
		total += v
	}
	println("total:", total)
	println("after close:", <-ch, <-ch)
	sc := make(chan string, 2)
	sc <- "last"
	close(sc)
	println("buffered after close:", <-sc, "then zero:", <-sc == "")
}
