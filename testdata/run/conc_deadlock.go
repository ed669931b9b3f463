package main

// Every goroutine blocked: Go reports the deadlock and exits with status 2.

func main() {
	c := make(chan int)
	d := make(chan int)
	go func() {
		<-d
	}()
	println("waiting")
	<-c
}
