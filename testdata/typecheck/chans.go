package main

func main() {
	c := make(chan int, 3)
	var r <-chan int = c
	var s chan<- int = c
	c <- 1
	s <- 2
	x := <-c
	y, ok := <-r
	close(c)
	println(len(c), cap(c), x, y, ok)
	for v := range c {
		_ = v
	}
	select {
	case v := <-c:
		_ = v
	case s <- 3:
	case w, ok2 := <-r:
		_, _ = w, ok2
	default:
	}
}
