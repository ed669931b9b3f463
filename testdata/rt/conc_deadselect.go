package main

// A deadlock inside select: goroutine 1 waits in "select".
func main() {
	a, b := make(chan int), make(chan int)
	select {
	case <-a:
	case b <- 1:
	}
}
