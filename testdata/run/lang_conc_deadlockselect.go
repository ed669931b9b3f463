package main

// An empty select blocks forever: deadlock when nothing else can run.

func main() {
	println("select {}")
	select {}
}
