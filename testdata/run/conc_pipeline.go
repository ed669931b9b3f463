package main

// A three-stage pipeline (generate -> square -> filter) and a fan-out /
// fan-in over unbuffered channels; the sums are deterministic.

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func odd(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			if v%2 == 1 {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

// merge fans in several channels; done counts finished inputs.
func merge(cs ...<-chan int) <-chan int {
	out := make(chan int)
	done := make(chan bool)
	for _, c := range cs {
		go func(c <-chan int) {
			for v := range c {
				out <- v
			}
			done <- true
		}(c)
	}
	go func() {
		for i := 0; i < len(cs); i++ {
			<-done
		}
		close(out)
	}()
	return out
}

func main() {
	// in order through one chain
	for v := range odd(square(gen(10))) {
		println(v)
	}
	// fan-out to four squarers, fan-in; order varies, the sum does not
	src := gen(1000)
	workers := make([]<-chan int, 4)
	for i := range workers {
		workers[i] = square(src)
	}
	sum, n := 0, 0
	for v := range merge(workers...) {
		sum += v
		n++
	}
	println("fan-in:", n, sum)
	// a long chain of goroutines passing one value along
	first := make(chan int)
	var in chan int = first
	for i := 0; i < 1000; i++ {
		out := make(chan int)
		go func(in, out chan int) {
			out <- 1 + <-in
		}(in, out)
		in = out
	}
	first <- 0
	println("chain:", <-in)
}
