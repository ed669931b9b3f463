package main

func worker() {
	select {}
}

func main() {
	c := make(chan int)
	go worker()
	<-c
}
