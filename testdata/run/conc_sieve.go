package main

// The concurrent prime sieve from the Go tour / Go's test/chan/sieve1.go:
// a chain of filter goroutines, one per prime found.

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum := 0
	for i := 0; i < 300; i++ {
		prime := <-ch
		if i < 25 {
			print(prime, " ")
		}
		sum += prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	println()
	println("sum of the first 300 primes:", sum)
}
