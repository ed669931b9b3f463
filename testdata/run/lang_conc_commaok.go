package main

// Comma-ok receive distinguishes a received zero value from a closed channel.

func main() {
	ch := make(chan int, 3)
	ch <- 0
	ch <- 5
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		println(i, v, ok)
	}
	done := make(chan struct{})
	res := make(chan int)
	go func() {
		n := 0
		for {
			v, ok := <-res
			if !ok {
				break
			}
			n += v
		}
		println("worker sum:", n)
		close(done)
	}()
	for i := 1; i <= 10; i++ {
		res <- i
	}
	close(res)
	<-done
	_, ok := <-done
	println("done closed:", !ok)
}
