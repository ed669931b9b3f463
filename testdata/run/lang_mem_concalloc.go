package main

// Goroutines allocating concurrently: each builds linked lists and maps and
// reports a checksum through a channel; the total is order-independent.

import "sync"

type cell struct {
	v    int
	next *cell
}

func worker(id int, out chan<- int) {
	total := 0
	for round := 0; round < 50; round++ {
		var head *cell
		for i := 0; i < 1000; i++ {
			head = &cell{i * id, head}
		}
		m := make(map[int]string)
		for i := 0; i < 100; i++ {
			m[i] = string(rune('A' + i%26))
		}
		for p := head; p != nil; p = p.next {
			total += p.v
		}
		total += len(m)
	}
	out <- total
}

func main() {
	out := make(chan int, 8)
	var wg sync.WaitGroup
	for id := 1; id <= 8; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			worker(id, out)
		}(id)
	}
	wg.Wait()
	close(out)
	sum := 0
	for v := range out {
		sum += v
	}
	println("sum:", sum)
}
