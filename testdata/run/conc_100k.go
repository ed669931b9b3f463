package main

// 100,000 goroutines at once: all parked on one channel, then released;
// then a ring of 100,000 goroutines passing a token.

func main() {
	const n = 100000
	start := make(chan bool)
	results := make(chan int, 1000)
	for i := 0; i < n; i++ {
		go func(i int) {
			<-start
			results <- i % 7
		}(i)
	}
	close(start)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-results
	}
	println("parked and released:", n, sum)

	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			v := <-in
			out <- v + 1
		}(in, out)
		in = out
	}
	first <- 0
	println("token passed through:", <-in)
}
