package main

// Goroutines that only poll channels (select with a default, no function
// calls in the loop) must still let the others run, also with GOMAXPROCS=1:
// the channel operations are preemption points.

func worker(id int, result chan<- int) {
	s := 0
	for i := 0; i < 1000; i++ {
		s += i * id
	}
	result <- s
}

func main() {
	done := make(chan bool)
	go func() {
		done <- true
	}()
	for polling := true; polling; {
		select {
		case <-done:
			polling = false
		default:
		}
	}
	println("done")

	result := make(chan int)
	quit := make(chan bool)
	for p := 0; p < 3; p++ {
		go func() { // busy pollers competing for the processor
			for {
				select {
				case <-quit:
					return
				default:
				}
			}
		}()
	}
	for id := 1; id <= 4; id++ {
		go worker(id, result)
	}
	total := 0
	for got := 0; got < 4; {
		select {
		case v := <-result:
			total += v
			got++
		default:
		}
	}
	close(quit)
	println("total", total)

	// a loop of buffered sends and receives with no other call
	c := make(chan int, 1)
	stop := make(chan bool, 1)
	go func() { stop <- true }()
	n := 0
	for {
		c <- n
		n = <-c + 1
		if len(stop) > 0 {
			break
		}
	}
	println("stopped", <-stop)
}
