package main

// A select loop multiplexing two producers and a quit channel; the output is
// order-independent (sums and counts).

func produce(base, n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- base + i
	}
	close(out)
}

func main() {
	a, b := make(chan int), make(chan int)
	go produce(0, 50, a)
	go produce(1000, 30, b)
	sumA, sumB, na, nb := 0, 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
			na++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
			nb++
		}
	}
	println("a:", na, sumA, "b:", nb, sumB)
	quit := make(chan bool)
	data := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			data <- i
		}
		quit <- true
	}()
	got := 0
loop:
	for {
		select {
		case v := <-data:
			got += v
		case <-quit:
			break loop
		}
	}
	println("got:", got)
}
