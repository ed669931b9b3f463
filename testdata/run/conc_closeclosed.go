package main

func main() {
	c := make(chan string)
	close(c)
	println("closed once")
	close(c)
}
