package main

// Producer/consumer: several producers, several consumers, a bounded buffer,
// a WaitGroup to close the channel when all producers are done.

import "sync"

func main() {
	buf := make(chan int, 8)
	var prod sync.WaitGroup
	for p := 0; p < 3; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for i := 0; i < 1000; i++ {
				buf <- p*1000 + i
			}
		}(p)
	}
	go func() {
		prod.Wait()
		close(buf)
	}()
	sums := make(chan int)
	for c := 0; c < 4; c++ {
		go func() {
			s := 0
			for v := range buf {
				s += v
			}
			sums <- s
		}()
	}
	total := 0
	for c := 0; c < 4; c++ {
		total += <-sums
	}
	println("total:", total)
}
