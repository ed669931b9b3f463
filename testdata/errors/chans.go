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
	r <- 1 // ERROR "invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)"
	_ = <-s // ERROR "invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)"
	close(r) // ERROR "invalid operation: cannot close receive-only channel r \(variable of type <-chan int\)"
	var i int
	i <- 1 // ERROR "invalid operation: cannot send to non-channel i \(variable of type int\)"
	_ = <-i // ERROR "invalid operation: cannot receive from non-channel i \(variable of type int\)"
	c <- "a" // ERROR "cannot use .a. \(untyped string constant\) as int value in send"
	for a, b := range c { // ERROR "range over c \(variable of type chan int\) permits only one iteration variable"
		_, _ = a, b
	}
}
