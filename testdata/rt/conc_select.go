package main

// select: main receives 1000 values that one sender alternates between
// channels a and b; then non-blocking selects; then selects with two send
// cases served by two receivers.
func send(a, b chan int) {
	for i := 0; i < 1000; i++ {
		if i%2 == 0 {
			a <- i
		} else {
			b <- i
		}
	}
}

func sink(c chan int, done chan int) {
	n := 0
	for {
		_, ok := <-c
		if !ok {
			break
		}
		n++
	}
	done <- n
}

func main() {
	a, b := make(chan int), make(chan int)
	go send(a, b)
	sa, sb := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case v := <-a:
			sa += v
		case v := <-b:
			sb += v
		}
	}
	println("sa", sa, "sb", sb)

	e := make(chan int, 1)
	select {
	case v := <-e:
		println("got", v)
	default:
		println("empty")
	}
	select {
	case e <- 7:
		println("sent")
	default:
		println("full")
	}
	select {
	case e <- 8:
		println("sent")
	default:
		println("full")
	}
	select {
	case v, ok := <-e:
		println("got", v, ok)
	default:
		println("empty")
	}

	done := make(chan int)
	go sink(a, done)
	go sink(b, done)
	for i := 0; i < 1000; i++ {
		select {
		case a <- 1:
		case b <- 2:
		}
	}
	close(a)
	close(b)
	println("total", <-done+<-done)
}
