package main

// range over a channel filled by a goroutine, stops when closed; range over
// a closed buffered channel drains remaining values first.

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func main() {
	sum := 0
	for v := range gen(100) {
		sum += v
	}
	println("sum:", sum)
	b := make(chan string, 3)
	b <- "x"
	b <- "y"
	close(b)
	for s := range b {
		print(s, " ")
	}
	println()
	var cnt int
	for range gen(7) {
		cnt++
	}
	println("count:", cnt)
}
