package main

// select: evaluation order, send and receive cases, default, nil channels,
// fairness, break and labeled break, select in loops, assignment forms.

var trace string

func ch(name string, c chan int) chan int {
	trace += name
	return c
}

func val(name string, v int) int {
	trace += name
	return v
}

type S struct {
	a, b int
	s    string
}

func main() {
	// every channel and value expression once, in source order
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	c <- 5
	select {
	case ch("A", a) <- val("1", 10):
		println("sent to a")
	case v := <-ch("B", b):
		println("b", v)
	case ch("C", c) <- val("2", 20):
		println("sent to c")
	}
	println(trace, <-a)

	// the ready one among several
	trace = ""
	select {
	case v := <-ch("A", a):
		println("a", v)
	case v, ok := <-ch("C", c):
		println("c", v, ok)
	}
	println(trace)

	// default when nothing is ready; nil channels never are
	var nilc chan int
	for i := 0; i < 2; i++ {
		select {
		case nilc <- 1:
			println("impossible send")
		case <-nilc:
			println("impossible recv")
		case v := <-a:
			println("a again", v)
		default:
			println("default", i)
		}
	}

	// a lone default
	select {
	default:
		println("only default")
	}

	// single case + default: both directions, ok forms
	d := make(chan int, 1)
	select {
	case d <- 7:
		println("nb send ok")
	default:
		println("nb send blocked")
	}
	select {
	case d <- 8:
		println("nb send ok")
	default:
		println("nb send blocked")
	}
	select {
	case v, ok := <-d:
		println("nb recv", v, ok)
	default:
		println("nb recv none")
	}
	select {
	case <-d:
		println("nb recv")
	default:
		println("nb recv none")
	}
	close(d)
	select {
	case v, ok := <-d:
		println("closed nb recv", v, ok)
	default:
		println("nb recv none")
	}

	// assignment to existing variables, struct values
	var x int
	var ok bool
	e := make(chan int, 1)
	e <- 3
	f := make(chan S, 1)
	f <- S{1, 2, "three"}
	var s S
	for k := 0; k < 2; k++ {
		select {
		case x, ok = <-e:
		case s = <-f:
		}
	}
	println("x", x, ok, "s", s.a, s.b, s.s)

	// fairness: both ready cases are taken over many rounds
	p := make(chan int, 1)
	q := make(chan int, 1)
	np, nq := 0, 0
	for i := 0; i < 1000; i++ {
		p <- 1
		q <- 2
		select {
		case <-p:
			np++
			<-q
		case <-q:
			nq++
			<-p
		}
	}
	println(np+nq, np > 100, nq > 100)

	// break leaves the select, a labeled break the loop
	r := make(chan int, 10)
	for i := 0; i < 10; i++ {
		r <- i
	}
	n := 0
loop:
	for {
		select {
		case v := <-r:
			if v%2 == 1 {
				break
			}
			if v == 8 {
				break loop
			}
			n += v
		}
	}
	println("sum of evens below 8:", n, len(r))

	// a labeled select
	t := make(chan int, 1)
	t <- 1
sel:
	select {
	case <-t:
		for i := 0; ; i++ {
			if i == 3 {
				break sel
			}
		}
		println("not reached")
	}
	println("after labeled select")

	// blocking select with goroutines: ping-pong over two channels
	ping := make(chan int)
	pong := make(chan int)
	quit := make(chan bool)
	go func() {
		for {
			select {
			case v := <-ping:
				pong <- v + 1
			case <-quit:
				pong <- -1
				return
			}
		}
	}()
	total := 0
	for i := 0; i < 100; i++ {
		ping <- i
		total += <-pong
	}
	quit <- true
	println("pingpong", total, <-pong)

	// select sending to whichever receiver is waiting
	out1 := make(chan int)
	out2 := make(chan int)
	res := make(chan int)
	go func() { res <- <-out1 * 100 }()
	go func() { res <- <-out2 * 1000 }()
	for i := 1; i <= 2; i++ {
		select {
		case out1 <- i:
		case out2 <- i:
		}
	}
	r1, r2 := <-res, <-res
	sum := r1 + r2
	println("fanout ok:", sum == 1200 || sum == 2100 || sum == 2001 || sum == 1002 || sum == 201 || sum == 102)
}
