package main

var n = -1

func main() {
	_ = make(chan int, n)
}
