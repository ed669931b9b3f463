package main

// close wakes every parked receiver with the zero value and ok = false.
func recv(c chan int, done chan bool) {
	v, ok := <-c
	done <- ok && v == 0
}

func main() {
	c := make(chan int)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go recv(c, done)
	}
	c2 := make(chan int, 1)
	go func() { c2 <- 1 }()
	<-c2 // lets the receivers park first (GOMAXPROCS=1: they run before this one)
	close(c)
	for i := 0; i < 3; i++ {
		println("ok", <-done)
	}
}
