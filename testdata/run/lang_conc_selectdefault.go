package main

// select with default: non-blocking send and receive; select on nil channels;
// select with a single ready case; empty buffered/full channels.

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		println("unexpected", v)
	default:
		println("nothing to receive")
	}
	select {
	case ch <- 1:
		println("sent 1")
	default:
		println("could not send")
	}
	select {
	case ch <- 2:
		println("sent 2")
	default:
		println("buffer full")
	}
	select {
	case v, ok := <-ch:
		println("received", v, ok)
	default:
		println("no value")
	}
	var nilch chan int
	select {
	case nilch <- 1:
		println("never")
	case <-nilch:
		println("never")
	default:
		println("nil channels never ready")
	}
	close(ch)
	select {
	case v, ok := <-ch:
		println("closed ready:", v, ok)
	default:
		println("not reached")
	}
	count := 0
	for i := 0; i < 10; i++ {
		select {
		case ch2 := <-make(chan int):
			_ = ch2
		default:
			count++
		}
	}
	println("defaults taken:", count)
}
