package p

func f(x int, c chan int) {
	select {
	case x > 1: // ERROR "select case must be send or receive \(possibly with assignment\)"
	case v, ok := <-c:
		_, _ = v, ok
	case c <- 1:
	case <-c:
	}
}
