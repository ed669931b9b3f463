package main

func worker() {}

func main() {
	for i := 0; i < 10; i++ {
		go worker()
	}
	select {}
}
