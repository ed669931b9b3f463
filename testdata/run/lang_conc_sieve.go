package main

// The concurrent prime sieve: a daisy chain of filter goroutines.

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
	for i := 0; i < 200; i++ {
		prime := <-ch
		if i < 20 {
			print(prime, " ")
		}
		sum += prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	println()
	println("sum of first 200 primes:", sum)
}
