// Goroutines pass values through channels and allocate while another
// goroutine keeps changing GOMAXPROCS between 1 and 8.
package main

import (
	"runtime"
	"sync"
)

type node struct {
	v    int
	next *node
}

func worker(id int, in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	var list *node
	for v := range in {
		list = &node{v, list} // allocates: caches of removed Ps must not lose it
		out <- v*2 + id%3
	}
	n := 0
	for p := list; p != nil; p = p.next {
		n++
	}
	_ = n
}

func main() {
	const workers = 16
	const items = 4000
	stop := make(chan bool)
	done := make(chan bool)
	go func() {
		i := 0
		for {
			select {
			case <-stop:
				done <- true
				return
			default:
			}
			runtime.GOMAXPROCS(i%8 + 1)
			i++
			runtime.Gosched()
		}
	}()
	var wg sync.WaitGroup
	ins := make([]chan int, workers)
	out := make(chan int, 64)
	for w := 0; w < workers; w++ {
		ins[w] = make(chan int)
		wg.Add(1)
		go worker(w, ins[w], out, &wg)
	}
	go func() {
		for i := 0; i < items; i++ {
			ins[i%workers] <- i
		}
		for w := 0; w < workers; w++ {
			close(ins[w])
		}
	}()
	sum := 0
	for i := 0; i < items; i++ {
		sum += <-out
	}
	wg.Wait()
	stop <- true
	<-done
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	println("sum", sum, ms.Mallocs >= items)
}
