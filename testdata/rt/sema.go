package main

func pong(c1, c2 chan int) {
	for i := 0; i < 3; i++ {
		<-c1
		println("pong")
		c2 <- 1
	}
}

func main() {
	c1, c2 := make(chan int), make(chan int)
	go pong(c1, c2)
	for i := 0; i < 3; i++ {
		println("ping", i)
		c1 <- 1
		<-c2
	}
}
