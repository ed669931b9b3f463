package main

// close and range: receivers see every buffered value before the close,
// then zero values with ok == false; range ends; many receivers are woken
// by one close; a closed channel used as a broadcast.

func main() {
	c := make(chan int, 5)
	for i := 0; i < 5; i++ {
		c <- i * i
	}
	close(c)
	println(len(c), cap(c))
	for v := range c {
		print(v, " ")
	}
	println()
	v, ok := <-c
	println(v, ok, len(c))

	// strings: zero value after close
	s := make(chan string, 1)
	s <- "last"
	close(s)
	a, ok1 := <-s
	b, ok2 := <-s
	println(a, ok1, b == "", ok2)

	// broadcast: one close wakes every waiting goroutine
	start := make(chan struct{})
	ready := make(chan int)
	const n = 50
	for i := 0; i < n; i++ {
		go func(i int) {
			<-start
			_, ok := <-start
			if !ok {
				ready <- i
			}
		}(i)
	}
	close(start)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-ready
	}
	println("woken:", sum)

	// range over a channel filled by several producers, closed by a counter
	data := make(chan int)
	fin := make(chan bool)
	for p := 0; p < 4; p++ {
		go func(p int) {
			for i := 0; i < 100; i++ {
				data <- p*1000 + i
			}
			fin <- true
		}(p)
	}
	go func() {
		for p := 0; p < 4; p++ {
			<-fin
		}
		close(data)
	}()
	count, total := 0, 0
	for x := range data {
		count++
		total += x
	}
	println("received:", count, total)

	// range with an existing variable and no variable
	e := make(chan int, 3)
	e <- 1
	e <- 2
	e <- 3
	close(e)
	var last int
	for last = range e {
	}
	println("last:", last)
	f := make(chan int, 2)
	f <- 1
	f <- 2
	close(f)
	k := 0
	for range f {
		k++
	}
	println("count:", k)

	// receivers blocked on an unbuffered channel get ok == false
	u := make(chan int)
	res := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			_, ok := <-u
			res <- ok
		}()
	}
	close(u)
	println(<-res, <-res, <-res)
}
